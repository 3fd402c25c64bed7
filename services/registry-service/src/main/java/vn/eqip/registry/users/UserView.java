package vn.eqip.registry.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * An account as the API shows it. {@code temporaryPassword} is present only in the answer to its
 * creation: the person must change it at the first login.
 */
@Serdeable
public record UserView(
    String id,
    String username,
    String email,
    String firstName,
    String lastName,
    String role,
    String orgUnitId,
    boolean active,
    String createdAt,
    @Nullable String temporaryPassword) {

  public static UserView of(UserAccount user) {
    return of(user, null);
  }

  public static UserView of(UserAccount user, String temporaryPassword) {
    return new UserView(
        user.id(),
        user.username(),
        user.email(),
        user.firstName(),
        user.lastName(),
        user.role(),
        user.orgUnitId(),
        user.active(),
        user.createdAt().toString(),
        temporaryPassword);
  }
}
