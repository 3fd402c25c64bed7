package vn.eqip.registry.identity;

/**
 * The accounts and groups in the identity provider (Keycloak, realm {@code eqip}). Every method
 * either does all it says or throws {@link IdentityException} having undone its own partial work,
 * so that callers only compensate whole steps.
 */
public interface IdentityProvider {

  /** Creates an enabled account with its attributes, realm role, group and temporary password. */
  String createUser(NewAccount account);

  /** Deletes an account; an account that no longer exists is not an error. */
  void deleteUser(String userId);

  /** Enables or disables an account; disabling also ends its sessions. */
  void setEnabled(String userId, boolean enabled);

  /** Sets the {@code org_unit} attribute and replaces {@code oldRole} with {@code newRole}. */
  void reassign(String userId, String orgUnitId, String oldRole, String newRole);

  /** Creates a group (one per tenant) and returns its id. */
  String createGroup(String name, String tenantId);

  /** Deletes a group; a group that no longer exists is not an error. */
  void deleteGroup(String groupId);
}
