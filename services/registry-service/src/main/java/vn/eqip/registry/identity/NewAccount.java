package vn.eqip.registry.identity;

import io.micronaut.core.annotation.Nullable;

/**
 * An account to create: the login, the person, the claims the realm maps into tokens ({@code
 * tenant}, {@code org_unit}, the realm role) and the tenant's group when it has one.
 */
public record NewAccount(
    String username,
    String email,
    String firstName,
    String lastName,
    String tenantId,
    String orgUnitId,
    String role,
    String temporaryPassword,
    @Nullable String groupId) {}
