package vn.eqip.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.eqip.platform.testing.Db;
import vn.eqip.platform.testing.IntegrationTestSupport;

/** A dept-admin opens and closes the tenant's school years; others read them. */
@MicronautTest(transactional = false)
class SchoolYearIT extends IntegrationTestSupport {

  static final String ROOT = "d1000000-0000-4000-8000-000000000001";
  static final String HCM_ROOT = "c1000000-0000-4000-8000-000000000001";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject JdbcOperations jdbc;
  @Inject TransactionOperations<Connection> tx;
  @Inject JsonMapper json;

  @Override
  protected String serviceName() {
    return "registry_years";
  }

  @Override
  protected Map<String, String> extraProperties() {
    return Map.of("eqip.demo.enabled", "true");
  }

  String admin() {
    return tokens.token("admin.dienbien", "dienbien", ROOT, "dept-admin");
  }

  HttpStatus status(MutableHttpRequest<?> request) {
    return assertThrows(
            HttpClientResponseException.class, () -> http.toBlocking().exchange(request, Map.class))
        .getStatus();
  }

  List<?> list(String token) {
    return (List<?>)
        http.toBlocking()
            .retrieve(HttpRequest.GET("/api/registry/school-years").bearerAuth(token), Map.class)
            .get("items");
  }

  @Test
  void a_department_admin_opens_a_year_once_and_it_is_published() throws Exception {
    Map<String, Object> body =
        Map.of(
            "schoolYear", "2025-2026",
            "submissionDeadline", "2025-10-15",
            "progressReportDates", List.of("2026-05-20", "2026-01-10"));
    HttpResponse<Map> opened =
        http.toBlocking()
            .exchange(
                HttpRequest.POST("/api/registry/school-years", body).bearerAuth(admin()),
                Map.class);
    assertEquals(HttpStatus.CREATED, opened.getStatus());
    assertEquals(List.of("2026-01-10", "2026-05-20"), opened.body().get("progressReportDates"));
    assertEquals("OPEN", opened.body().get("status"));

    String payload =
        new Db(jdbc, tx)
            .string(
                "SELECT payload FROM outbox_event WHERE event_type = 'SchoolYearOpened'"
                    + " AND tenant_id = 'dienbien' AND aggregate_id = '2025-2026'");
    assertEquals("2025-10-15", json.readValue(payload, Map.class).get("submissionDeadline"));

    assertEquals(
        HttpStatus.CONFLICT,
        status(HttpRequest.POST("/api/registry/school-years", body).bearerAuth(admin())));

    String reviewer = tokens.token("reviewer", "dienbien", ROOT, "reviewer");
    assertEquals(1, list(reviewer).size());
    assertEquals(
        HttpStatus.FORBIDDEN,
        status(
            HttpRequest.POST(
                    "/api/registry/school-years",
                    Map.of("schoolYear", "2026-2027", "submissionDeadline", "2026-10-15"))
                .bearerAuth(reviewer)));

    // another tenant sees none of it and cannot close it
    String adminHcm = tokens.token("admin.hcm", "hcm", HCM_ROOT, "dept-admin");
    assertEquals(List.of(), list(adminHcm));
    assertEquals(
        HttpStatus.NOT_FOUND,
        status(
            HttpRequest.POST("/api/registry/school-years/2025-2026/close", "")
                .bearerAuth(adminHcm)));

    Map<?, ?> closed =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST("/api/registry/school-years/2025-2026/close", "")
                    .bearerAuth(admin()),
                Map.class);
    assertEquals("CLOSED", closed.get("status"));
    assertEquals("CLOSED", ((Map<?, ?>) list(reviewer).get(0)).get("status"));
  }

  @Test
  void a_malformed_year_or_a_date_outside_it_is_422_naming_the_field() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .exchange(
                        HttpRequest.POST(
                                "/api/registry/school-years",
                                Map.of(
                                    "schoolYear", "2027-2028",
                                    "submissionDeadline", "2029-01-01",
                                    "progressReportDates", List.of("hôm nay")))
                            .bearerAuth(admin()),
                        Map.class));
    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
    List<?> fields =
        ((List<?>) e.getResponse().getBody(Map.class).orElseThrow().get("errors"))
            .stream().map(x -> ((Map<?, ?>) x).get("field")).toList();
    assertEquals(List.of("submissionDeadline", "progressReportDates"), fields);
    assertEquals(
        HttpStatus.UNPROCESSABLE_ENTITY,
        status(
            HttpRequest.POST(
                    "/api/registry/school-years",
                    Map.of("schoolYear", "2027-2029", "submissionDeadline", "2027-10-01"))
                .bearerAuth(admin())));
  }
}
