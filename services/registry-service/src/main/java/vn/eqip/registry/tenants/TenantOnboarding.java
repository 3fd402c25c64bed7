package vn.eqip.registry.tenants;

import jakarta.inject.Singleton;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.eqip.platform.web.Problem.FieldError;
import vn.eqip.platform.web.ProblemException;
import vn.eqip.registry.identity.IdentityException;
import vn.eqip.registry.identity.IdentityProvider;
import vn.eqip.registry.identity.NewAccount;
import vn.eqip.registry.users.UserAccount;
import vn.eqip.registry.users.UserAccountRepository;
import vn.eqip.registry.users.UserAdministration;
import vn.eqip.registry.users.UserRules;
import vn.eqip.registry.users.UserView;

/**
 * A platform-admin's tenants. Onboarding runs: Keycloak group, then the first dept-admin in
 * Keycloak (in the group, {@code tenant} and {@code org_unit} = the new root), then in one
 * transaction the tenant, its root org unit, its dept-admin row and their events. A failure at any
 * step undoes the steps before it, Keycloak included, so nothing is left behind.
 */
@Singleton
public class TenantOnboarding {

  private static final Logger LOG = LoggerFactory.getLogger(TenantOnboarding.class);
  private static final Pattern TENANT_ID = Pattern.compile("^[a-z0-9][a-z0-9-]{1,63}$");
  private static final String PASSWORD_CHARS =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";

  private final TenantRepository tenants;
  private final TenantRecords records;
  private final UserAccountRepository users;
  private final IdentityProvider identity;
  private final SuspendedTenants suspended;
  private final SecureRandom random = new SecureRandom();

  public TenantOnboarding(
      TenantRepository tenants,
      TenantRecords records,
      UserAccountRepository users,
      IdentityProvider identity,
      SuspendedTenants suspended) {
    this.tenants = tenants;
    this.records = records;
    this.users = users;
    this.identity = identity;
    this.suspended = suspended;
  }

  public TenantList list() {
    return new TenantList(tenants.findAllOrderById().stream().map(this::view).toList());
  }

  public TenantView onboard(String platformAdmin, TenantRequest request) {
    List<FieldError> errors = new ArrayList<>();
    String id = request.id() == null ? null : request.id().trim();
    if (id == null || !TENANT_ID.matcher(id).matches()) {
      errors.add(
          new FieldError(
              "id", "Mã Sở gồm 2–64 ký tự: chữ thường không dấu, số, gạch ngang (ví dụ laichau)"));
    }
    if (request.name() == null || request.name().isBlank()) {
      errors.add(new FieldError("name", "Cần tên Sở GD&ĐT"));
    } else if (request.name().length() > 255) {
      errors.add(new FieldError("name", "Tên Sở quá dài"));
    }
    TenantRequest.Admin admin =
        request.admin() == null ? new TenantRequest.Admin(null, null, null, null) : request.admin();
    String username = UserRules.normalise(admin.username());
    String email = UserRules.normalise(admin.email());
    UserRules.usernameFormat(username)
        .ifPresent(m -> errors.add(new FieldError("admin.username", m)));
    UserRules.emailFormat(email).ifPresent(m -> errors.add(new FieldError("admin.email", m)));
    UserRules.name(admin.firstName(), "tên")
        .ifPresent(m -> errors.add(new FieldError("admin.firstName", m)));
    UserRules.name(admin.lastName(), "họ")
        .ifPresent(m -> errors.add(new FieldError("admin.lastName", m)));
    if (!errors.isEmpty()) {
      throw ProblemException.invalid("Thông tin Sở mới chưa hợp lệ.", errors);
    }
    if (tenants.existsById(id)) {
      throw ProblemException.conflict(
          "duplicate-tenant", "Sở có mã \"" + id + "\" đã có trong hệ thống (tenant exists).");
    }
    if (users.existsByUsername(username)) {
      throw ProblemException.conflict(
          "duplicate-username",
          "Tên đăng nhập \"" + username + "\" đã được dùng; hãy chọn tên khác (username taken).");
    }
    if (users.existsByEmail(email)) {
      throw ProblemException.conflict(
          "duplicate-email",
          "Địa chỉ e-mail \"" + email + "\" đã được dùng cho một tài khoản khác (e-mail taken).");
    }

    String rootId = UUID.randomUUID().toString();
    String groupId;
    try {
      groupId = identity.createGroup("tenant-" + id, id);
    } catch (IdentityException e) {
      throw UserAdministration.problem(e, null);
    }
    NewAccount account =
        new NewAccount(
            username,
            email,
            admin.firstName().trim(),
            admin.lastName().trim(),
            id,
            rootId,
            UserRules.DEPT_ADMIN,
            temporaryPassword(),
            groupId);
    String userId;
    try {
      userId = identity.createUser(account);
    } catch (IdentityException e) {
      undo("delete group " + groupId, () -> identity.deleteGroup(groupId));
      throw UserAdministration.problem(e, account);
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    UserAccount adminRow =
        new UserAccount(
            userId,
            id,
            username,
            email,
            account.firstName(),
            account.lastName(),
            UserRules.DEPT_ADMIN,
            rootId,
            true,
            platformAdmin,
            now,
            now);
    try {
      TenantView view = records.onboarded(id, request.name().trim(), rootId, groupId, adminRow);
      return new TenantView(
          view.id(),
          view.name(),
          view.status(),
          view.rootOrgUnitId(),
          view.keycloakGroupId(),
          null,
          UserView.of(adminRow, account.temporaryPassword()));
    } catch (RuntimeException e) {
      LOG.warn("Registry write of tenant {} failed: deleting its Keycloak user and group", id, e);
      undo("delete user " + userId, () -> identity.deleteUser(userId));
      undo("delete group " + groupId, () -> identity.deleteGroup(groupId));
      if (tenants.existsById(id)) {
        throw ProblemException.conflict(
            "duplicate-tenant", "Sở có mã \"" + id + "\" đã có trong hệ thống (tenant exists).");
      }
      throw new ProblemException(
          io.micronaut.http.HttpStatus.SERVICE_UNAVAILABLE,
          "registry-write-failed",
          "Dịch vụ tạm thời không sẵn sàng, vui lòng thử lại (Service unavailable)",
          "Không lưu được Sở mới; nhóm và tài khoản trong hệ thống đăng nhập (Keycloak) đã được"
              + " hủy, không có gì được tạo.");
    }
  }

  public TenantView suspend(String id) {
    return changeStatus(id, true);
  }

  public TenantView resume(String id) {
    return changeStatus(id, false);
  }

  private TenantView changeStatus(String id, boolean suspend) {
    Tenant tenant = tenants.findById(id).orElseThrow(() -> ProblemException.notFound("Sở " + id));
    if (tenant.suspended() != suspend) {
      records.statusChanged(tenant, suspend);
      suspended.refresh();
    }
    return view(tenants.findById(id).orElseThrow());
  }

  private TenantView view(Tenant tenant) {
    return new TenantView(
        tenant.id(),
        tenant.name(),
        tenant.status(),
        tenants.findRootOf(tenant.id()).orElse(null),
        tenant.keycloakGroupId(),
        tenant.suspendedAt() == null ? null : tenant.suspendedAt().toString(),
        null);
  }

  private String temporaryPassword() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      password.append(PASSWORD_CHARS.charAt(random.nextInt(PASSWORD_CHARS.length())));
    }
    return password.toString();
  }

  private static void undo(String what, Runnable step) {
    try {
      step.run();
    } catch (RuntimeException e) {
      LOG.error("Compensation failed ({}): Keycloak keeps what the registry does not", what, e);
    }
  }
}
