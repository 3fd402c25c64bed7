package vn.eqip.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.eqip.platform.testing.IntegrationTestSupport;

/** The registry's API on a real database, with tokens checked through JWKS. */
@MicronautTest(transactional = false)
class RegistryIT extends IntegrationTestSupport {

  static final String HEMUONG = "d1000000-0000-4000-8000-000000000103";
  static final String DIENBIEN_ROOT = "d1000000-0000-4000-8000-000000000001";
  static final String DINHPHUOC = "c1000000-0000-4000-8000-000000000103";

  @Inject
  @Client("/")
  HttpClient http;

  @Override
  protected String serviceName() {
    return "registry";
  }

  @Override
  protected Map<String, String> extraProperties() {
    return Map.of("eqip.demo.enabled", "true");
  }

  String reviewerDienBien() {
    return tokens.token("reviewer.dienbien", "dienbien", DIENBIEN_ROOT, "reviewer");
  }

  @Test
  void a_reviewer_at_the_department_sees_every_school_of_the_province_and_no_other() {
    Map<?, ?> body =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/registry/schools").bearerAuth(reviewerDienBien()), Map.class);

    List<?> items = (List<?>) body.get("items");
    assertEquals(3, items.size());
    assertTrue(items.stream().map(i -> ((Map<?, ?>) i).get("id")).noneMatch(DINHPHUOC::equals));
    Map<?, ?> first = (Map<?, ?>) items.get(0);
    assertTrue(first.keySet().containsAll(List.of("id", "code", "name", "level", "orgUnitId")));
  }

  @Test
  void a_principal_sees_only_their_school_with_its_circular() {
    String token = tokens.token("principal.hemuong", "dienbien", HEMUONG, "principal");

    Map<?, ?> body =
        http.toBlocking()
            .retrieve(HttpRequest.GET("/api/registry/schools").bearerAuth(token), Map.class);

    List<?> items = (List<?>) body.get("items");
    assertEquals(1, items.size());
    Map<?, ?> school = (Map<?, ?>) items.get(0);
    assertEquals("Trường PTDTBT Tiểu học xã Hẹ Muông", school.get("name"));
    assertEquals("PRIMARY", school.get("level"));
    assertEquals("TT17-2018-TH", school.get("framework"));
  }

  @Test
  void the_primary_catalog_has_27_criteria_19_with_level_3_and_5_level_4_requirements() {
    Map<?, ?> catalog =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/registry/frameworks/TT17-2018-TH")
                    .bearerAuth(reviewerDienBien()),
                Map.class);

    List<?> criteria = (List<?>) catalog.get("criteria");
    assertEquals(27, criteria.size());
    assertEquals(
        19,
        criteria.stream()
            .filter(c -> Boolean.TRUE.equals(((Map<?, ?>) c).get("hasLevel3")))
            .count());
    assertEquals(5, ((List<?>) catalog.get("level4Requirements")).size());
  }

  Map<?, ?> hemuongIn(String schoolYear) {
    return http.toBlocking()
        .retrieve(
            HttpRequest.GET("/api/registry/schools/" + HEMUONG + "?schoolYear=" + schoolYear)
                .bearerAuth(reviewerDienBien()),
            Map.class);
  }

  @Test
  void a_school_shows_the_catalog_in_force_on_1_september_of_the_school_year_asked_for() {
    assertEquals("TT17-2018-TH", hemuongIn("2025-2026").get("framework"));
    assertEquals("TT17-2018-TH", hemuongIn("2019-2020").get("framework"));
    // TT17/2018 is in force from 10/10/2018: 1/9/2018 has no catalog of ours
    assertFalse(hemuongIn("2018-2019").containsKey("framework"));
    assertEquals("Trường PTDTBT Tiểu học xã Hẹ Muông", hemuongIn("2025-2026").get("name"));
  }

  @Test
  void a_malformed_school_year_is_400_problem_json_in_vietnamese() {
    for (String schoolYear : List.of("2026-2025", "2025-2027", "2025", "25-26", "2025-2026x")) {
      HttpClientResponseException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              HttpClientResponseException.class,
              () ->
                  http.toBlocking()
                      .exchange(
                          HttpRequest.GET(
                                  "/api/registry/schools/" + HEMUONG + "?schoolYear=" + schoolYear)
                              .bearerAuth(reviewerDienBien()),
                          Map.class));

      assertEquals(HttpStatus.BAD_REQUEST, e.getStatus(), schoolYear);
      assertEquals(
          "application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
      Map<?, ?> problem = e.getResponse().getBody(Map.class).orElseThrow();
      assertTrue(
          problem.get("detail").toString().startsWith("Năm học phải có dạng 2025-2026"),
          problem.toString());
      assertTrue(problem.get("detail").toString().contains(schoolYear));
    }
  }

  @Test
  void without_a_token_the_answer_is_401_problem_json() {
    HttpClientResponseException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            HttpClientResponseException.class,
            () -> http.toBlocking().exchange(HttpRequest.GET("/api/registry/schools")));

    assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
    assertEquals(
        "application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
  }

  @Test
  void an_expired_token_or_one_signed_by_another_key_is_401() {
    for (String token :
        List.of(
            tokens.expiredToken("r", "dienbien", DIENBIEN_ROOT, "reviewer"),
            tokens.tokenSignedByAnotherKey("r", "dienbien", DIENBIEN_ROOT, "reviewer"),
            tokens.tokenForAudience("another-api", "r", "dienbien", DIENBIEN_ROOT, "reviewer"))) {
      HttpClientResponseException e =
          org.junit.jupiter.api.Assertions.assertThrows(
              HttpClientResponseException.class,
              () ->
                  http.toBlocking()
                      .exchange(HttpRequest.GET("/api/registry/schools").bearerAuth(token)));
      assertEquals(HttpStatus.UNAUTHORIZED, e.getStatus());
    }
  }

  @Test
  void a_token_without_tenant_is_refused_with_a_message_naming_the_missing_claim() {
    HttpClientResponseException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            HttpClientResponseException.class,
            () ->
                http.toBlocking()
                    .exchange(
                        HttpRequest.GET("/api/registry/schools")
                            .bearerAuth(tokens.tokenWithoutTenant("platform", "platform-admin")),
                        Map.class));

    assertEquals(HttpStatus.FORBIDDEN, e.getStatus());
    Map<?, ?> problem = e.getResponse().getBody(Map.class).orElseThrow();
    assertTrue(problem.get("detail").toString().contains("tenant"));
  }

  @Test
  void health_is_up_with_database_and_broker() {
    HttpResponse<Map> response = http.toBlocking().exchange(HttpRequest.GET("/health"), Map.class);
    assertEquals(HttpStatus.OK, response.getStatus());
    assertEquals("UP", response.body().get("status"));
  }

  @Test
  void the_openapi_document_is_served_without_a_token() {
    String yaml =
        http.toBlocking()
            .retrieve(HttpRequest.GET("/api/registry/openapi/eqip-registry-service-0.1.yml"));
    assertTrue(yaml.contains("/api/registry/schools"));
  }
}
