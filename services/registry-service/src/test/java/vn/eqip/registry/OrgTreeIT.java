package vn.eqip.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.eqip.platform.testing.Db;
import vn.eqip.platform.testing.IntegrationTestSupport;
import vn.eqip.registry.orgtree.OrgUnitRepository;
import vn.eqip.registry.schools.SchoolRepository;

/** Creating, renaming, moving and closing org units, and the history a move leaves. */
@MicronautTest(transactional = false)
class OrgTreeIT extends IntegrationTestSupport {

  static final String ROOT = "d1000000-0000-4000-8000-000000000001";
  static final String THANHXUONG_OFFICE = "d1000000-0000-4000-8000-000000000002";
  static final String HEMUONG_OFFICE = "d1000000-0000-4000-8000-000000000003";
  static final String MUONGMUON_OFFICE = "d1000000-0000-4000-8000-000000000004";
  static final String HEMUONG = "d1000000-0000-4000-8000-000000000103";
  static final String MUONGMUON = "d1000000-0000-4000-8000-000000000104";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject OrgUnitRepository units;
  @Inject SchoolRepository schools;
  @Inject JsonMapper json;
  @Inject JdbcOperations jdbc;
  @Inject TransactionOperations<Connection> tx;

  @Override
  protected String serviceName() {
    return "registry_orgtree";
  }

  @Override
  protected Map<String, String> extraProperties() {
    return Map.of("eqip.demo.enabled", "true");
  }

  String admin() {
    return tokens.token("admin.dienbien", "dienbien", ROOT, "dept-admin");
  }

  Map<?, ?> call(MutableHttpRequest<?> request) {
    return http.toBlocking().retrieve(request.bearerAuth(admin()), Map.class);
  }

  HttpClientResponseException failure(MutableHttpRequest<?> request) {
    return assertThrows(
        HttpClientResponseException.class,
        () -> http.toBlocking().exchange(request.bearerAuth(admin()), Map.class));
  }

  String create(String parentId, String kind, String name) {
    return (String)
        call(HttpRequest.POST(
                "/api/registry/org-units",
                Map.of("parentId", parentId, "kind", kind, "name", name)))
            .get("id");
  }

  long events(String aggregateId, String type) {
    return new Db(jdbc, tx)
        .count(
            "SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ? AND event_type = ?",
            aggregateId,
            type);
  }

  Map<?, ?> lastPayload(String aggregateId, String type) throws Exception {
    String payload =
        new Db(jdbc, tx)
            .string(
                "SELECT payload FROM outbox_event WHERE aggregate_id = ? AND event_type = ?"
                    + " ORDER BY id DESC LIMIT 1",
                aggregateId,
                type);
    return json.readValue(payload, Map.class);
  }

  @Test
  void a_unit_is_created_renamed_and_closed_each_time_with_its_event() throws Exception {
    String cluster = create(MUONGMUON_OFFICE, "CLUSTER", "Cụm trường số 1");
    Map<?, ?> unit = call(HttpRequest.GET("/api/registry/org-units/" + cluster));
    assertEquals("/" + ROOT + "/" + MUONGMUON_OFFICE + "/" + cluster + "/", unit.get("path"));
    assertEquals("ACTIVE", unit.get("status"));
    assertEquals(1, events(cluster, "OrgUnitRegistered"));

    call(HttpRequest.PATCH("/api/registry/org-units/" + cluster, Map.of("name", "Cụm số 1")));
    assertEquals("Cụm số 1", lastPayload(cluster, "OrgUnitRegistered").get("name"));

    Map<?, ?> closed =
        call(
            HttpRequest.POST(
                "/api/registry/org-units/" + cluster + "/close", Map.of("closedOn", "2026-01-15")));
    assertEquals("CLOSED", closed.get("status"));
    assertEquals("2026-01-15", closed.get("closedOn"));
    assertEquals("CLOSED", lastPayload(cluster, "OrgUnitRegistered").get("status"));
    assertEquals(3, events(cluster, "OrgUnitRegistered"));
  }

  @Test
  void bad_input_is_422_naming_the_field_and_a_school_kind_cannot_be_created_here() {
    HttpClientResponseException e =
        failure(
            HttpRequest.POST(
                "/api/registry/org-units",
                Map.of("parentId", ROOT, "kind", "SCHOOL", "name", "Trường X")));
    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
    Map<?, ?> problem = e.getResponse().getBody(Map.class).orElseThrow();
    assertEquals("kind", ((Map<?, ?>) ((List<?>) problem.get("errors")).get(0)).get("field"));

    assertEquals(
        HttpStatus.UNPROCESSABLE_ENTITY,
        failure(
                HttpRequest.POST(
                    "/api/registry/org-units",
                    Map.of("parentId", HEMUONG, "kind", "CLUSTER", "name", "Dưới trường")))
            .getStatus());
    assertEquals(
        HttpStatus.FORBIDDEN,
        assertThrows(
                HttpClientResponseException.class,
                () ->
                    http.toBlocking()
                        .exchange(
                            HttpRequest.POST(
                                    "/api/registry/org-units",
                                    Map.of("parentId", ROOT, "kind", "CLUSTER", "name", "X"))
                                .bearerAuth(tokens.token("r", "dienbien", ROOT, "reviewer"))))
            .getStatus());
  }

  @Test
  void a_unit_with_an_active_school_under_it_cannot_be_closed() {
    HttpClientResponseException e =
        failure(HttpRequest.POST("/api/registry/org-units/" + HEMUONG_OFFICE + "/close", Map.of()));
    assertEquals(HttpStatus.CONFLICT, e.getStatus());
    assertEquals(
        "ACTIVE", units.findByTenantIdAndId("dienbien", HEMUONG_OFFICE).orElseThrow().status());
  }

  @Test
  void moving_a_subtree_rewrites_every_path_publishes_every_node_and_keeps_the_history()
      throws Exception {
    String cluster = create(THANHXUONG_OFFICE, "CLUSTER", "Cụm Thanh Xương");
    call(
        HttpRequest.POST(
            "/api/registry/org-units/" + MUONGMUON + "/move", Map.of("newParentId", cluster)));
    assertEquals(
        cluster, schools.findByTenantIdAndId("dienbien", MUONGMUON).orElseThrow().orgUnitId());

    // now the cluster, with the school, moves to Hẹ Muông's office
    Map<?, ?> moved =
        call(
            HttpRequest.POST(
                "/api/registry/org-units/" + cluster + "/move",
                Map.of("newParentId", HEMUONG_OFFICE)));
    String clusterPath = "/" + ROOT + "/" + HEMUONG_OFFICE + "/" + cluster + "/";
    assertEquals(clusterPath, moved.get("path"));
    assertEquals(HEMUONG_OFFICE, moved.get("parentId"));
    assertEquals(
        clusterPath + MUONGMUON + "/",
        units.findByTenantIdAndId("dienbien", MUONGMUON).orElseThrow().path());
    assertEquals(
        clusterPath + MUONGMUON + "/", lastPayload(MUONGMUON, "OrgUnitRegistered").get("path"));
    assertEquals(clusterPath, lastPayload(cluster, "OrgUnitRegistered").get("path"));
    Map<?, ?> schoolEvent = lastPayload(MUONGMUON, "SchoolUpdated");
    assertEquals(clusterPath + MUONGMUON + "/", schoolEvent.get("path"));
    assertEquals(cluster, schoolEvent.get("orgUnitId"));

    // the school is found under its new office, no longer under the old one
    Map<?, ?> underHeMuong =
        call(HttpRequest.GET("/api/registry/schools?orgUnitId=" + HEMUONG_OFFICE));
    assertEquals(2, ((Number) underHeMuong.get("total")).intValue());
    Map<?, ?> underMuongMuon =
        call(HttpRequest.GET("/api/registry/schools?orgUnitId=" + MUONGMUON_OFFICE));
    assertEquals(0, ((Number) underMuongMuon.get("total")).intValue());

    // history: before today it was under Mường Mươn's office, from today under the cluster
    Map<?, ?> history = call(HttpRequest.GET("/api/registry/schools/" + MUONGMUON + "/history"));
    List<?> items = (List<?>) history.get("items");
    assertEquals(2, items.size());
    Map<?, ?> before = (Map<?, ?>) items.get(0);
    Map<?, ?> now = (Map<?, ?>) items.get(1);
    assertEquals(MUONGMUON_OFFICE, before.get("orgUnitId"));
    assertEquals(LocalDate.now().toString(), before.get("validTo"));
    assertEquals(cluster, now.get("orgUnitId"));
    assertNull(now.get("validTo"));

    Map<?, ?> in2024 =
        call(
            HttpRequest.GET(
                "/api/registry/schools/" + MUONGMUON + "/history?schoolYear=2024-2025"));
    List<?> then = (List<?>) in2024.get("items");
    assertEquals(1, then.size());
    assertEquals(MUONGMUON_OFFICE, ((Map<?, ?>) then.get(0)).get("orgUnitId"));
    assertEquals("2024-2025", in2024.get("schoolYear"));
  }

  @Test
  void moving_a_unit_under_its_own_descendant_is_refused_and_changes_nothing() {
    String outer = create(ROOT, "DISTRICT_OFFICE", "Phòng GD&ĐT thử");
    String inner = create(outer, "CLUSTER", "Cụm con");
    String outerPath = units.findByTenantIdAndId("dienbien", outer).orElseThrow().path();

    for (String target : List.of(inner, outer)) {
      HttpClientResponseException e =
          failure(
              HttpRequest.POST(
                  "/api/registry/org-units/" + outer + "/move", Map.of("newParentId", target)));
      assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
    }
    assertEquals(outerPath, units.findByTenantIdAndId("dienbien", outer).orElseThrow().path());
    assertEquals(ROOT, units.findByTenantIdAndId("dienbien", outer).orElseThrow().parentId());
    assertTrue(
        units.findByTenantIdAndId("dienbien", inner).orElseThrow().path().startsWith(outerPath));
    assertEquals(
        HttpStatus.CONFLICT,
        failure(
                HttpRequest.POST(
                    "/api/registry/org-units/" + ROOT + "/move", Map.of("newParentId", outer)))
            .getStatus());
  }
}
