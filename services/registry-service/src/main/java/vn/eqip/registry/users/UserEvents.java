package vn.eqip.registry.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Account events (source {@code registry}, schema version 1, aggregate id = the user id): a full
 * snapshot {@code {id, username, firstName, lastName, role, orgUnitId, active, email}}. {@code
 * email} is optional (added to version 1; readers that do not know it ignore it): only services
 * that send reminders bind these events, and they keep the address for active reviewers only
 * (docs/adr/0021).
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
      boolean active,
      @Nullable String email) {
    static UserChanged of(UserAccount user) {
      return new UserChanged(
          user.id(),
          user.username(),
          user.firstName(),
          user.lastName(),
          user.role(),
          user.orgUnitId(),
          user.active(),
          user.email());
    }
  }
}
