package vn.eqip.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.eqip.platform.web.ProblemException;

class CallersTest {

  @Test
  void caller_takes_tenant_org_unit_and_roles_from_the_token_claims() {
    Authentication auth =
        Authentication.build(
            "user-1",
            List.of("principal"),
            Map.of("tenant", "dienbien", "org_unit", "school-1", "preferred_username", "p"));

    Caller caller = Callers.from(auth);

    assertEquals("dienbien", caller.tenantId());
    assertEquals("school-1", caller.orgUnitId());
    assertEquals("p", caller.username());
    assertTrue(caller.isSchoolUser());
  }

  @Test
  void a_token_without_tenant_is_refused_with_403() {
    Authentication auth =
        Authentication.build("user-1", List.of("principal"), Map.of("org_unit", "x"));

    ProblemException e = assertThrows(ProblemException.class, () -> Callers.from(auth));

    assertEquals(HttpStatus.FORBIDDEN, e.status());
    assertEquals("no-tenant", e.type());
  }

  @Test
  void a_blank_tenant_counts_as_missing() {
    Authentication auth =
        Authentication.build("u", List.of("reviewer"), Map.of("tenant", " ", "org_unit", "x"));

    assertThrows(ProblemException.class, () -> Callers.from(auth));
  }
}
