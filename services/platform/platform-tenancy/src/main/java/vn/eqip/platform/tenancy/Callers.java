package vn.eqip.platform.tenancy;

import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.eqip.platform.web.ProblemException;

/** Turns an authenticated principal into a {@link Caller}, or refuses with a clear problem. */
public final class Callers {

  private Callers() {}

  public static Caller from(Authentication authentication) {
    Map<String, Object> claims = authentication.getAttributes();
    String tenant = text(claims.get(TokenClaims.TENANT)).orElseThrow(Callers::noTenant);
    String orgUnit = text(claims.get(TokenClaims.ORG_UNIT)).orElseThrow(Callers::noOrgUnit);
    String username = text(claims.get(TokenClaims.USERNAME)).orElse(authentication.getName());
    Set<String> roles = new HashSet<>(authentication.getRoles());
    return new Caller(tenant, orgUnit, authentication.getName(), username, roles);
  }

  private static Optional<String> text(Object value) {
    if (value instanceof Collection<?> values && values.size() == 1) {
      value = values.iterator().next();
    }
    return value instanceof String s && !s.isBlank() ? Optional.of(s.trim()) : Optional.empty();
  }

  static ProblemException noTenant() {
    return new ProblemException(
        HttpStatus.FORBIDDEN,
        "no-tenant",
        "Tài khoản chưa được gán đơn vị (No tenant)",
        "Mã truy cập không có thông tin Sở GD&ĐT (claim 'tenant'). Liên hệ quản trị viên để được"
            + " gán vào một đơn vị.");
  }

  static ProblemException noOrgUnit() {
    return new ProblemException(
        HttpStatus.FORBIDDEN,
        "no-org-unit",
        "Tài khoản chưa được gán đơn vị (No org unit)",
        "Mã truy cập không có thông tin đơn vị công tác (claim 'org_unit'). Liên hệ quản trị viên.");
  }
}
