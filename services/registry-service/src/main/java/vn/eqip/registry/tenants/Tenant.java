package vn.eqip.registry.tenants;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/** A customer: one Sở GD&ĐT. */
@MappedEntity("tenant")
public record Tenant(@Id String id, String name, String status) {}
