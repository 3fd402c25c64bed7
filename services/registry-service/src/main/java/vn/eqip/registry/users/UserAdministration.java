package vn.eqip.registry.users;

import io.micronaut.http.HttpStatus;
import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.web.Problem;
import vn.eqip.platform.web.Problem.FieldError;
import vn.eqip.platform.web.ProblemException;
import vn.eqip.registry.identity.IdentityException;
import vn.eqip.registry.identity.IdentityProvider;
import vn.eqip.registry.identity.NewAccount;
import vn.eqip.registry.orgtree.OrgScope;
import vn.eqip.registry.orgtree.OrgUnit;
import vn.eqip.registry.tenants.Tenant;
import vn.eqip.registry.tenants.TenantRepository;

/**
 * A dept-admin's account administration. Each change is made in Keycloak first, then in the
 * registry (row + event, one transaction); when the registry's step fails, the Keycloak step is
 * undone, and when Keycloak fails nothing is written. So the two never disagree for long: the only
 * gap is a failed compensation, which is logged at ERROR with the Keycloak user id.
 */
@Singleton
public class UserAdministration {

  private static final Logger LOG = LoggerFactory.getLogger(UserAdministration.class);
  private static final String PASSWORD_CHARS =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
  private static final int DEFAULT_SIZE = 50;
  private static final int MAX_SIZE = 200;

  private final UserAccountRepository users;
  private final UserRecords records;
  private final IdentityProvider identity;
  private final OrgScope scope;
  private final TenantRepository tenants;
  private final SecureRandom random = new SecureRandom();

  public UserAdministration(
      UserAccountRepository users,
      UserRecords records,
      IdentityProvider identity,
      OrgScope scope,
      TenantRepository tenants) {
    this.users = users;
    this.records = records;
    this.identity = identity;
    this.scope = scope;
    this.tenants = tenants;
  }

  /** Creates the account in Keycloak, then in the registry; 201 with a temporary password. */
  public UserView create(Caller caller, UserRequest request) {
    if (request.tenant() != null
        && !request.tenant().isBlank()
        && !request.tenant().trim().equals(caller.tenantId())) {
      throw ProblemException.forbidden(
          "Quản trị sở chỉ tạo được người dùng của Sở mình; không thể tạo cho Sở \""
              + request.tenant().trim()
              + "\".");
    }
    String role = request.role() == null ? null : request.role().trim();
    refuseUngrantable(role);
    List<FieldError> errors = new ArrayList<>();
    String username = UserRules.normalise(request.username());
    String email = UserRules.normalise(request.email());
    UserRules.usernameFormat(username).ifPresent(m -> errors.add(new FieldError("username", m)));
    UserRules.emailFormat(email).ifPresent(m -> errors.add(new FieldError("email", m)));
    UserRules.name(request.firstName(), "tên")
        .ifPresent(m -> errors.add(new FieldError("firstName", m)));
    UserRules.name(request.lastName(), "họ")
        .ifPresent(m -> errors.add(new FieldError("lastName", m)));
    if (role == null || role.isBlank()) {
      errors.add(new FieldError("role", "Cần vai trò (reviewer, principal hoặc staff)"));
    } else if (!UserRules.REALM_ROLES.contains(role)) {
      errors.add(
          new FieldError(
              "role", "Vai trò không hợp lệ: \"" + role + "\" (reviewer, principal hoặc staff)"));
    }
    OrgUnit unit = unitFor(caller, request.orgUnitId(), role, errors);
    if (!errors.isEmpty()) {
      throw ProblemException.invalid("Thông tin người dùng chưa hợp lệ.", errors);
    }
    if (users.existsByUsername(username)) {
      throw duplicateUsername(username);
    }
    if (users.existsByEmail(email)) {
      throw duplicateEmail(email);
    }
    Tenant tenant =
        tenants
            .findById(caller.tenantId())
            .orElseThrow(() -> ProblemException.notFound("Sở " + caller.tenantId()));
    return provision(
        new NewAccount(
            username,
            email,
            request.firstName().trim(),
            request.lastName().trim(),
            caller.tenantId(),
            unit.id(),
            role,
            temporaryPassword(),
            tenant.keycloakGroupId()),
        author(caller));
  }

  /**
   * Creates {@code account} in Keycloak and then in the registry, deleting it from Keycloak when
   * the registry's write fails. Also used by tenant onboarding for the first dept-admin.
   */
  public UserView provision(NewAccount account, String createdBy) {
    String id;
    try {
      id = identity.createUser(account);
    } catch (IdentityException e) {
      throw problem(e, account);
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    UserAccount user =
        new UserAccount(
            id,
            account.tenantId(),
            account.username(),
            account.email(),
            account.firstName(),
            account.lastName(),
            account.role(),
            account.orgUnitId(),
            true,
            createdBy,
            now,
            now);
    try {
      return UserView.of(records.created(user), account.temporaryPassword());
    } catch (RuntimeException e) {
      LOG.warn("Registry write of user {} failed: deleting it from Keycloak", id, e);
      compensate("delete user " + id, () -> identity.deleteUser(id));
      if (users.existsByUsername(account.username())) {
        throw duplicateUsername(account.username());
      }
      if (users.existsByEmail(account.email())) {
        throw duplicateEmail(account.email());
      }
      throw registryFailed(e);
    }
  }

  public UserList list(
      Caller caller, String orgUnitId, String role, Boolean active, Integer page, Integer size) {
    int p = page == null ? 0 : page;
    int s = size == null ? DEFAULT_SIZE : size;
    if (p < 0) {
      throw bad("page", "Trang bắt đầu từ 0");
    }
    if (s < 1 || s > MAX_SIZE) {
      throw bad("size", "Số dòng mỗi trang từ 1 đến " + MAX_SIZE);
    }
    String roleFilter = role == null || role.isBlank() ? null : role.trim();
    if (roleFilter != null && !UserRules.REALM_ROLES.contains(roleFilter)) {
      throw bad("role", "Vai trò không hợp lệ: \"" + role + "\"");
    }
    Optional<OrgUnit> root =
        orgUnitId == null || orgUnitId.isBlank()
            ? scope.root(caller)
            : scope.unit(caller, orgUnitId.trim());
    if (root.isEmpty()) {
      return new UserList(List.of(), 0, p, s);
    }
    String pattern = OrgScope.escapeLike(root.get().path()) + "%";
    List<UserView> items =
        users.search(caller.tenantId(), pattern, roleFilter, active, s, (long) p * s).stream()
            .map(UserView::of)
            .toList();
    long total = users.countSearch(caller.tenantId(), pattern, roleFilter, active);
    return new UserList(items, total, p, s);
  }

  public UserView get(Caller caller, String id) {
    return UserView.of(find(caller, id));
  }

  public UserView deactivate(Caller caller, String id) {
    return setActive(caller, id, false);
  }

  public UserView reactivate(Caller caller, String id) {
    return setActive(caller, id, true);
  }

  /** Moves the account to another org unit and/or role, in Keycloak and then in the registry. */
  public UserView reassign(Caller caller, String id, UserReassignment change) {
    UserAccount user = manageable(caller, id);
    String role = change.role() == null || change.role().isBlank() ? null : change.role().trim();
    refuseUngrantable(role);
    List<FieldError> errors = new ArrayList<>();
    if (role == null && (change.orgUnitId() == null || change.orgUnitId().isBlank())) {
      errors.add(new FieldError("orgUnitId", "Cần đơn vị mới hoặc vai trò mới"));
    }
    if (role != null && !UserRules.REALM_ROLES.contains(role)) {
      errors.add(new FieldError("role", "Vai trò không hợp lệ: \"" + role + "\""));
    }
    String newRole = role == null ? user.role() : role;
    String unitId =
        change.orgUnitId() == null || change.orgUnitId().isBlank()
            ? user.orgUnitId()
            : change.orgUnitId();
    OrgUnit unit = errors.isEmpty() ? unitFor(caller, unitId, newRole, errors) : null;
    if (!errors.isEmpty()) {
      throw ProblemException.invalid("Thông tin điều chuyển chưa hợp lệ.", errors);
    }
    if (unit.id().equals(user.orgUnitId()) && newRole.equals(user.role())) {
      return UserView.of(user);
    }
    try {
      identity.reassign(user.id(), unit.id(), user.role(), newRole);
    } catch (IdentityException e) {
      throw problem(e, null);
    }
    try {
      return UserView.of(records.reassigned(user, unit.id(), newRole));
    } catch (RuntimeException e) {
      LOG.warn("Registry write of the reassignment of {} failed: restoring Keycloak", id, e);
      compensate(
          "restore user " + id,
          () -> identity.reassign(user.id(), user.orgUnitId(), newRole, user.role()));
      throw registryFailed(e);
    }
  }

  private UserView setActive(Caller caller, String id, boolean active) {
    UserAccount user = manageable(caller, id);
    if (user.active() == active) {
      return UserView.of(user);
    }
    try {
      identity.setEnabled(user.id(), active);
    } catch (IdentityException e) {
      throw problem(e, null);
    }
    try {
      return UserView.of(records.activeChanged(user, active));
    } catch (RuntimeException e) {
      LOG.warn("Registry write of user {} active={} failed: restoring Keycloak", id, active, e);
      compensate("restore enabled of " + id, () -> identity.setEnabled(user.id(), !active));
      throw registryFailed(e);
    }
  }

  /** The account, if its org unit lies in the caller's subtree; else 404. */
  private UserAccount find(Caller caller, String id) {
    return users
        .findByTenantIdAndId(caller.tenantId(), id)
        .filter(u -> scope.unit(caller, u.orgUnitId()).isPresent())
        .orElseThrow(() -> ProblemException.notFound("người dùng " + id));
  }

  /** The account, if a dept-admin may change it: its role is one they may grant. */
  private UserAccount manageable(Caller caller, String id) {
    UserAccount user = find(caller, id);
    if (!UserRules.grantableByDeptAdmin(user.role())) {
      throw ProblemException.forbidden(
          "Quản trị sở chỉ quản lý tài khoản cán bộ thẩm định, hiệu trưởng và cán bộ trường;"
              + " tài khoản \""
              + user.username()
              + "\" có vai trò "
              + user.role()
              + ".");
    }
    return user;
  }

  private OrgUnit unitFor(Caller caller, String orgUnitId, String role, List<FieldError> errors) {
    if (orgUnitId == null || orgUnitId.isBlank()) {
      errors.add(new FieldError("orgUnitId", "Cần đơn vị công tác (orgUnitId)"));
      return null;
    }
    Optional<OrgUnit> unit = scope.unit(caller, orgUnitId.trim());
    if (unit.isEmpty()) {
      errors.add(
          new FieldError(
              "orgUnitId",
              "Đơn vị \"" + orgUnitId.trim() + "\" không thuộc phạm vi quản lý của bạn"));
      return null;
    }
    if (!unit.get().active()) {
      errors.add(new FieldError("orgUnitId", "Đơn vị \"" + unit.get().name() + "\" đã đóng"));
      return null;
    }
    if (role != null) {
      UserRules.roleFitsUnit(role, unit.get().kind())
          .ifPresent(m -> errors.add(new FieldError("orgUnitId", m)));
    }
    return unit.get();
  }

  private static void refuseUngrantable(String role) {
    if (UserRules.PLATFORM_ADMIN.equals(role) || UserRules.DEPT_ADMIN.equals(role)) {
      throw ProblemException.forbidden(
          "Quản trị sở không được cấp vai trò \""
              + role
              + "\"; chỉ được cấp cán bộ thẩm định (reviewer), hiệu trưởng (principal) hoặc"
              + " cán bộ trường (staff).");
    }
  }

  private String temporaryPassword() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      password.append(PASSWORD_CHARS.charAt(random.nextInt(PASSWORD_CHARS.length())));
    }
    return password.toString();
  }

  static String author(Caller caller) {
    return caller.username() == null ? caller.userId() : caller.username();
  }

  private static void compensate(String what, Runnable undo) {
    try {
      undo.run();
    } catch (RuntimeException e) {
      LOG.error("Compensation failed ({}): Keycloak and the registry now disagree", what, e);
    }
  }

  /** The user-facing problem for a Keycloak refusal or outage. */
  public static ProblemException problem(IdentityException e, NewAccount account) {
    return switch (e.reason()) {
      case DUPLICATE_USERNAME -> duplicateUsername(account == null ? "" : account.username());
      case DUPLICATE_EMAIL -> duplicateEmail(account == null ? "" : account.email());
      case DUPLICATE_GROUP ->
          ProblemException.conflict(
              "duplicate-group", "Nhóm của Sở đã tồn tại trong hệ thống đăng nhập (Keycloak).");
      case NOT_FOUND ->
          ProblemException.conflict(
              "identity-out-of-sync",
              "Tài khoản không còn trong hệ thống đăng nhập (Keycloak); không có gì được thay"
                  + " đổi. Liên hệ quản trị nền tảng.");
      case REJECTED ->
          new ProblemException(
              HttpStatus.UNPROCESSABLE_ENTITY,
              "identity-rejected",
              "Dữ liệu chưa hợp lệ (Validation failed)",
              "Hệ thống đăng nhập (Keycloak) từ chối tài khoản; không có gì được thay đổi. "
                  + e.getMessage());
      case UNAVAILABLE ->
          new ProblemException(
              HttpStatus.SERVICE_UNAVAILABLE,
              "identity-unavailable",
              "Dịch vụ tạm thời không sẵn sàng, vui lòng thử lại (Service unavailable)",
              "Không kết nối được hệ thống đăng nhập (Keycloak); không có gì được thay đổi.");
    };
  }

  static ProblemException duplicateUsername(String username) {
    return ProblemException.conflict(
        "duplicate-username",
        "Tên đăng nhập \"" + username + "\" đã được dùng; hãy chọn tên khác (username taken).");
  }

  static ProblemException duplicateEmail(String email) {
    return ProblemException.conflict(
        "duplicate-email",
        "Địa chỉ e-mail \"" + email + "\" đã được dùng cho một tài khoản khác (e-mail taken).");
  }

  private static ProblemException registryFailed(RuntimeException e) {
    return new ProblemException(
        HttpStatus.SERVICE_UNAVAILABLE,
        "registry-write-failed",
        "Dịch vụ tạm thời không sẵn sàng, vui lòng thử lại (Service unavailable)",
        "Không lưu được vào sổ đăng ký; thay đổi trong hệ thống đăng nhập (Keycloak) đã được hoàn"
            + " tác.");
  }

  private static ProblemException bad(String field, String message) {
    return new ProblemException(
        HttpStatus.BAD_REQUEST,
        "bad-request",
        "Yêu cầu không hợp lệ (Bad request)",
        message,
        List.of(new Problem.FieldError(field, message)));
  }
}
