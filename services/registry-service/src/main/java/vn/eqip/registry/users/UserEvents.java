package vn.eqip.registry.users;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Account events (source {@code registry}, schema version 1, aggregate id = the user id): a full
 * snapshot {@code {id, username, firstName, lastName, role, orgUnitId, active}}; the e-mail address
 * stays in the registry.
 */
public final class UserEvents {

  public static final String USER_CREATED = "UserCreated";
  public static final String USER_DEACTIVATED = "UserDeactivated";
  public static final String USER_REACTIVATED = "UserReactivated";
  public static final String USER_REASSIGNED = "UserReassigned";

  private UserEvents() {}

  @Serdeable
  public record UserChanged(
      String id,
      String username,
      String firstName,
      String lastName,
      String role,
      String orgUnitId,
      boolean active) {
    static UserChanged of(UserAccount user) {
      return new UserChanged(
          user.id(),
          user.username(),
          user.firstName(),
          user.lastName(),
          user.role(),
          user.orgUnitId(),
          user.active());
    }
  }
}
