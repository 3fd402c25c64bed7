package vn.eqip.platform.tenancy;

import java.util.Objects;
import java.util.Set;

/**
 * Who is calling: taken from the validated access token only (claims {@code tenant}, {@code
 * org_unit}, {@code roles}, {@code sub}), never from a request body or a client header.
 *
 * @param tenantId the tenant (a Sở GD&ĐT), e.g. {@code dienbien}
 * @param orgUnitId the caller's org unit; for school users (principal, staff) the school itself
 * @param userId the token subject
 * @param username the login name, for audit trails
 * @param roles realm roles
 */
public record Caller(
    String tenantId, String orgUnitId, String userId, String username, Set<String> roles) {

  public Caller {
    Objects.requireNonNull(tenantId, "tenantId");
    Objects.requireNonNull(orgUnitId, "orgUnitId");
    roles = Set.copyOf(roles);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  public boolean hasAnyRole(String... wanted) {
    for (String role : wanted) {
      if (roles.contains(role)) {
        return true;
      }
    }
    return false;
  }

  /** Principals and staff work inside one school: their org unit is that school. */
  public boolean isSchoolUser() {
    return hasAnyRole(Roles.PRINCIPAL, Roles.STAFF)
        && !hasAnyRole(Roles.REVIEWER, Roles.DEPT_ADMIN);
  }
}
