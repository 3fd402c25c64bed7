package vn.eqip.registry.users;

import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * The registry's copy of an account created in Keycloak ({@code id} is the Keycloak user id): who
 * works in which org unit with which role, and whether the account is active.
 */
@MappedEntity("app_user")
public record UserAccount(
    @Id String id,
    String tenantId,
    String username,
    String email,
    String firstName,
    String lastName,
    String role,
    String orgUnitId,
    boolean active,
    String createdBy,
    Instant createdAt,
    Instant updatedAt) {

  public UserAccount withActive(boolean nowActive, Instant at) {
    return new UserAccount(
        id, tenantId, username, email, firstName, lastName, role, orgUnitId, nowActive, createdBy,
        createdAt, at);
  }

  public UserAccount reassigned(String newOrgUnitId, String newRole, Instant at) {
    return new UserAccount(
        id,
        tenantId,
        username,
        email,
        firstName,
        lastName,
        newRole,
        newOrgUnitId,
        active,
        createdBy,
        createdAt,
        at);
  }
}
