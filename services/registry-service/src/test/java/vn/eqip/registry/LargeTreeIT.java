package vn.eqip.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.eqip.platform.testing.IntegrationTestSupport;
import vn.eqip.registry.orgtree.OrgUnit;
import vn.eqip.registry.orgtree.OrgUnitKind;
import vn.eqip.registry.orgtree.OrgUnitRepository;
import vn.eqip.registry.schools.School;
import vn.eqip.registry.schools.SchoolLevel;
import vn.eqip.registry.schools.SchoolRepository;

/**
 * A tenant with 3,000 schools in 30 clusters of 100: subtree queries and a subtree move give the
 * right answers (correctness, not timing).
 */
@MicronautTest(transactional = false)
class LargeTreeIT extends IntegrationTestSupport {

  static final String ROOT = "d1000000-0000-4000-8000-000000000001";
  static final String HEMUONG_OFFICE = "d1000000-0000-4000-8000-000000000003";
  static final String BIG_OFFICE = "d2000000-0000-4000-8000-000000000000";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject OrgUnitRepository units;
  @Inject SchoolRepository schools;

  @Override
  protected String serviceName() {
    return "registry_large";
  }

  @Override
  protected Map<String, String> extraProperties() {
    return Map.of("eqip.demo.enabled", "true");
  }

  static String clusterId(int c) {
    return String.format("d2000000-0000-4000-8000-%012d", 1000 + c);
  }

  static String schoolId(int c, int s) {
    return String.format("d3000000-0000-4000-8000-%012d", c * 1000 + s);
  }

  @BeforeAll
  void generate_3000_schools() {
    OrgUnit root = units.findByTenantIdAndId("dienbien", ROOT).orElseThrow();
    OrgUnit office = root.child(BIG_OFFICE, OrgUnitKind.COMMUNE_OFFICE, "Phòng lớn");
    List<OrgUnit> nodes = new ArrayList<>(List.of(office));
    List<School> rows = new ArrayList<>();
    for (int c = 0; c < 30; c++) {
      OrgUnit cluster = office.child(clusterId(c), OrgUnitKind.CLUSTER, "Cụm " + c);
      nodes.add(cluster);
      for (int s = 0; s < 100; s++) {
        String id = schoolId(c, s);
        String name = "Trường Tiểu học Điện Biên số " + c + "-" + s;
        nodes.add(cluster.child(id, OrgUnitKind.SCHOOL, name));
        rows.add(
            School.basic(
                id,
                "dienbien",
                "BIG" + c + "-" + s,
                name,
                s % 2 == 0 ? SchoolLevel.PRIMARY : SchoolLevel.PRESCHOOL,
                "CONG_LAP",
                cluster.id()));
      }
    }
    units.saveAll(nodes);
    schools.saveAll(rows);
  }

  String admin() {
    return tokens.token("admin.dienbien", "dienbien", ROOT, "dept-admin");
  }

  long total(String query) {
    Map<?, ?> page =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/registry/schools?" + query).bearerAuth(admin()), Map.class);
    return ((Number) page.get("total")).longValue();
  }

  @Test
  void subtree_queries_count_the_right_schools_and_a_moved_cluster_follows() {
    assertEquals(3003, total("size=1"));
    assertEquals(3000, total("size=1&orgUnitId=" + BIG_OFFICE));
    assertEquals(100, total("orgUnitId=" + clusterId(7)));
    assertEquals(50, total("orgUnitId=" + clusterId(7) + "&level=PRESCHOOL"));
    assertEquals(1, total("q=dien+bien+so+7-42"));
    Map<?, ?> lastPage =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET(
                        "/api/registry/schools?orgUnitId=" + BIG_OFFICE + "&size=500&page=5")
                    .bearerAuth(admin()),
                Map.class);
    assertEquals(500, ((List<?>) lastPage.get("items")).size());

    http.toBlocking()
        .retrieve(
            HttpRequest.POST(
                    "/api/registry/org-units/" + clusterId(7) + "/move",
                    Map.of("newParentId", HEMUONG_OFFICE))
                .bearerAuth(admin()),
            Map.class);

    assertEquals(2900, total("size=1&orgUnitId=" + BIG_OFFICE));
    assertEquals(101, total("size=1&orgUnitId=" + HEMUONG_OFFICE));
    assertEquals(100, total("orgUnitId=" + clusterId(7)));
    String expected =
        "/" + ROOT + "/" + HEMUONG_OFFICE + "/" + clusterId(7) + "/" + schoolId(7, 42) + "/";
    assertEquals(
        expected, units.findByTenantIdAndId("dienbien", schoolId(7, 42)).orElseThrow().path());
  }
}
