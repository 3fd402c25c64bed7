package vn.eqip.registry.users;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Instant;
import vn.eqip.platform.outbox.Outbox;

/**
 * The registry's side of each account change: the row and its event in one transaction. {@link
 * UserAdministration} calls these after Keycloak agreed, and undoes the Keycloak step when one of
 * them fails.
 */
@Singleton
public class UserRecords {

  private final UserAccountRepository users;
  private final Outbox outbox;

  public UserRecords(UserAccountRepository users, Outbox outbox) {
    this.users = users;
    this.outbox = outbox;
  }

  @Transactional
  public UserAccount created(UserAccount user) {
    UserAccount saved = users.save(user);
    publish(saved, UserEvents.USER_CREATED);
    return saved;
  }

  @Transactional
  public UserAccount activeChanged(UserAccount user, boolean active) {
    users.setActive(user.tenantId(), user.id(), active);
    UserAccount changed = user.withActive(active, Instant.now());
    publish(changed, active ? UserEvents.USER_REACTIVATED : UserEvents.USER_DEACTIVATED);
    return changed;
  }

  @Transactional
  public UserAccount reassigned(UserAccount user, String orgUnitId, String role) {
    users.reassign(user.tenantId(), user.id(), orgUnitId, role);
    UserAccount changed = user.reassigned(orgUnitId, role, Instant.now());
    publish(changed, UserEvents.USER_REASSIGNED);
    return changed;
  }

  private void publish(UserAccount user, String type) {
    outbox.append(user.tenantId(), type, 1, user.id(), UserEvents.UserChanged.of(user));
  }
}
