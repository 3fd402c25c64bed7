package vn.eqip.registry.tenants;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.eqip.registry.users.UserView;

/**
 * A tenant as the platform-admin sees it; {@code admin} (with its temporary password) only in the
 * answer to the onboarding.
 */
@Serdeable
public record TenantView(
    String id,
    String name,
    String status,
    @Nullable String rootOrgUnitId,
    @Nullable String keycloakGroupId,
    @Nullable String suspendedAt,
    @Nullable UserView admin) {}
