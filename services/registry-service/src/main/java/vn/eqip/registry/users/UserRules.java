package vn.eqip.registry.users;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import vn.eqip.registry.orgtree.OrgUnitKind;

/**
 * The named rules of account administration, free of framework code. Each answers the Vietnamese
 * message of the broken rule, or empty when the rule holds.
 */
public final class UserRules {

  public static final String REVIEWER = "reviewer";
  public static final String PRINCIPAL = "principal";
  public static final String STAFF = "staff";
  public static final String DEPT_ADMIN = "dept-admin";
  public static final String PLATFORM_ADMIN = "platform-admin";

  /** What a dept-admin may grant: the roles of the people of the department and its schools. */
  public static final Set<String> GRANTABLE_BY_DEPT_ADMIN = Set.of(REVIEWER, PRINCIPAL, STAFF);

  /** Every realm role (infra/keycloak/realm-eqip.json). */
  public static final List<String> REALM_ROLES =
      List.of(PLATFORM_ADMIN, DEPT_ADMIN, REVIEWER, PRINCIPAL, STAFF);

  private static final Pattern USERNAME = Pattern.compile("^[a-z0-9][a-z0-9._-]{2,63}$");
  private static final Pattern EMAIL =
      Pattern.compile("^[^@\\s]{1,64}@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$");

  private UserRules() {}

  /** Usernames and e-mail addresses compare lower-case, as in Keycloak. */
  public static String normalise(String value) {
    return value == null ? null : value.trim().toLowerCase(Locale.ROOT);
  }

  /** UsernameFormatRule: 3–64 characters, lower-case letters, digits, dot, dash, underscore. */
  public static Optional<String> usernameFormat(String username) {
    if (username == null || username.isBlank()) {
      return Optional.of("Cần tên đăng nhập");
    }
    return USERNAME.matcher(username).matches()
        ? Optional.empty()
        : Optional.of(
            "Tên đăng nhập gồm 3–64 ký tự: chữ thường không dấu, số, dấu chấm, gạch ngang"
                + " hoặc gạch dưới, bắt đầu bằng chữ hoặc số");
  }

  /** EmailFormatRule. */
  public static Optional<String> emailFormat(String email) {
    if (email == null || email.isBlank()) {
      return Optional.of("Cần địa chỉ e-mail");
    }
    return EMAIL.matcher(email).matches() && email.length() <= 255
        ? Optional.empty()
        : Optional.of("Địa chỉ e-mail không hợp lệ: \"" + email + "\"");
  }

  /** NameRule: given and family names are required, at most 255 characters. */
  public static Optional<String> name(String value, String what) {
    if (value == null || value.isBlank()) {
      return Optional.of("Cần " + what);
    }
    return value.length() > 255
        ? Optional.of(what.substring(0, 1).toUpperCase() + what.substring(1) + " quá dài")
        : Optional.empty();
  }

  /** DeptAdminGrantsOnlyDepartmentRolesRule: never platform-admin, never dept-admin. */
  public static boolean grantableByDeptAdmin(String role) {
    return GRANTABLE_BY_DEPT_ADMIN.contains(role);
  }

  /**
   * RoleFitsOrgUnitRule: a reviewer works in an office or the Sở (not a school); a principal or
   * staff member in a school.
   */
  public static Optional<String> roleFitsUnit(String role, OrgUnitKind kind) {
    boolean school = kind == OrgUnitKind.SCHOOL;
    if (REVIEWER.equals(role) && school) {
      return Optional.of("Cán bộ thẩm định phải thuộc một phòng/đơn vị quản lý, không phải trường");
    }
    if ((PRINCIPAL.equals(role) || STAFF.equals(role)) && !school) {
      return Optional.of("Hiệu trưởng và cán bộ trường phải thuộc một trường");
    }
    if (DEPT_ADMIN.equals(role) && school) {
      return Optional.of("Quản trị sở phải thuộc một đơn vị quản lý, không phải trường");
    }
    return Optional.empty();
  }
}
