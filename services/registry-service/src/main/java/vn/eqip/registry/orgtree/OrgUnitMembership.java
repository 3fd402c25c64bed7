package vn.eqip.registry.orgtree;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.LocalDate;

/** A node's parent during [validFrom, validTo); validTo null = still in force. */
@MappedEntity("org_unit_membership")
public record OrgUnitMembership(
    @Id @GeneratedValue @Nullable Long id,
    String tenantId,
    String nodeId,
    String parentId,
    LocalDate validFrom,
    @Nullable LocalDate validTo) {}
