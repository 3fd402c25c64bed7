package vn.eqip.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The thin loop of issue 2, end to end: the platform started by {@code infra/eqip.sh up} (Keycloak
 * from its distribution, real database and broker, every service and the gateway), driven through
 * the gateway with real tokens of the demo users, including users of the other tenant who must see
 * nothing. Steps depend on each other and run in order. The platform is shared with the browser
 * tests ({@link SharedPlatform}: started once per run).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 2, unit = TimeUnit.MINUTES)
@ExtendWith(SharedPlatform.class)
class ThinLoopE2EIT {

  static final String HE_MUONG = "d1000000-0000-4000-8000-000000000103";
  static final String THANH_XUONG = "d1000000-0000-4000-8000-000000000102";
  static final String MUONG_MUON = "d1000000-0000-4000-8000-000000000104";
  static final String DINH_PHUOC = "c1000000-0000-4000-8000-000000000103";
  static final String HE_MUONG_SUMMARY = "Mức 1: 27/27 · Mức 2: 27/27 · Mức 3: 4/19 · Mức 4: 0/5";
  static final Duration EVENTUALLY = Duration.ofSeconds(20);

  /** The school years the demo loader uses (a school year starts in September). */
  static final int START_YEAR =
      LocalDate.now().getMonthValue() >= 9
          ? LocalDate.now().getYear()
          : LocalDate.now().getYear() - 1;

  static final String CURRENT_YEAR = START_YEAR + "-" + (START_YEAR + 1);
  static final String PREVIOUS_YEAR = (START_YEAR - 1) + "-" + START_YEAR;

  static Platform platform;
  static Api api;
  static String planId;

  @BeforeAll
  static void connect() {
    platform = SharedPlatform.platform();
    api = new Api(platform.gatewayUrl(), platform.keycloakUrl());
  }

  @Test
  @Order(1)
  void a_principal_sees_their_school_only_and_another_tenants_school_is_not_found() {
    Api.Response schools = api.get("principal.hemuong", "/api/registry/schools");

    assertEquals(200, schools.status(), schools::toString);
    JsonNode items = schools.json().path("items");
    assertEquals(1, items.size(), schools::toString);
    JsonNode school = items.get(0);
    assertEquals(HE_MUONG, school.path("id").asText());
    assertTrue(school.path("name").asText().contains("Hẹ Muông"), school::toString);
    assertEquals("PRIMARY", school.path("level").asText());
    assertFalse(school.path("code").asText().isBlank(), school::toString);
    assertFalse(school.path("orgUnitId").asText().isBlank(), school::toString);

    Api.Response other = api.get("principal.hemuong", "/api/registry/schools/" + DINH_PHUOC);
    assertEquals(404, other.status(), other::toString);
  }

  @Test
  @Order(2)
  void the_demo_self_assessment_of_he_muong_reads_27_27_4_19_0_5() {
    Api.Response assessments =
        api.get(
            "principal.hemuong",
            "/api/plans/assessments?schoolId=" + HE_MUONG + "&schoolYear=" + PREVIOUS_YEAR);

    assertEquals(200, assessments.status(), assessments::toString);
    List<String> finished = new ArrayList<>();
    for (JsonNode item : assessments.json().path("items")) {
      if (item.path("status").asText().equals("FINISHED")) {
        finished.add(item.path("summaryLine").asText());
      }
    }
    assertEquals(List.of(HE_MUONG_SUMMARY), finished, assessments::toString);
  }

  @Test
  @Order(3)
  void
      a_plan_goes_draft_submitted_returned_submitted_approved_and_only_a_reviewer_in_scope_decides() {
    // Thanh Xương is the one demo school without a plan for the current year (DemoPlans)
    Api.Response created =
        api.post(
            "principal.thanhxuong",
            "/api/plans/plans",
            Map.of("schoolId", THANH_XUONG, "schoolYear", CURRENT_YEAR));
    assertEquals(201, created.status(), created::toString);
    assertEquals("DRAFT", created.json().path("status").asText(), created::toString);
    planId = created.json().path("id").asText();
    assertFalse(planId.isBlank(), created::toString);
    String plan = "/api/plans/plans/" + planId;

    Api.Response row =
        api.post(
            "principal.thanhxuong",
            plan + "/rows",
            Map.of(
                "criterionCode", "1.1",
                "target", "Đạt mức 3",
                "actions",
                    List.of(
                        Map.of(
                            "description", "Rà soát chiến lược phát triển nhà trường",
                            "lead", "Hiệu trưởng",
                            "timeline", "Quý 1/" + (START_YEAR + 1),
                            "budget", "Không"))));
    assertEquals(201, row.status(), row::toString);

    expectStatus(api.post("principal.thanhxuong", plan + "/submission", null), "SUBMITTED");

    Api.Response selfApproval = api.post("principal.thanhxuong", plan + "/approval", null);
    assertEquals(403, selfApproval.status(), selfApproval::toString);

    Api.Response otherTenant =
        api.post("reviewer.hcm", plan + "/return", Map.of("comment", "Không phải của tôi"));
    assertEquals(404, otherTenant.status(), otherTenant::toString);

    expectStatus(
        api.post("reviewer.dienbien", plan + "/return", Map.of("comment", "Bổ sung kinh phí")),
        "RETURNED");
    expectStatus(api.post("principal.thanhxuong", plan + "/submission", null), "SUBMITTED");
    expectStatus(api.post("reviewer.dienbien", plan + "/approval", null), "APPROVED");

    Api.Response read = api.get("principal.thanhxuong", plan);
    assertEquals(200, read.status(), read::toString);
    assertEquals("APPROVED", read.json().path("status").asText(), read::toString);
  }

  @Test
  @Order(4)
  void the_approved_plans_action_becomes_a_tracked_action_seen_by_its_school_only()
      throws InterruptedException {
    String path = "/api/monitoring/actions?planId=" + planId;

    Api.Response mine =
        eventually(
            () -> api.get("principal.thanhxuong", path),
            r -> r.status() == 200 && r.json().path("items").size() == 1);
    assertEquals(1, mine.json().path("items").size(), mine::toString);

    Api.Response theirs = api.get("reviewer.hcm", path);
    assertEquals(200, theirs.status(), theirs::toString);
    assertEquals(0, theirs.json().path("items").size(), theirs::toString);

    Api.Response neighbour = api.get("principal.hemuong", path);
    assertEquals(200, neighbour.status(), neighbour::toString);
    assertEquals(0, neighbour.json().path("items").size(), neighbour::toString);
  }

  @Test
  @Order(5)
  void the_rollup_shows_each_tenant_its_own_schools_plans_and_baselines_with_the_demo_plans()
      throws InterruptedException {
    String path = "/api/reports/rollup?schoolYear=" + CURRENT_YEAR;

    Api.Response dienBien =
        eventually(
            () -> api.get("reviewer.dienbien", path),
            r -> r.status() == 200 && r.json().path("plansByStatus").path("APPROVED").asInt() == 2);
    JsonNode rollup = dienBien.json();
    // demo: Hẹ Muông approved, Mường Mươn returned (the browser tests may resubmit it);
    // Thanh Xương approved by step 3
    assertEquals(3, rollup.path("schoolCount").asInt(), dienBien::toString);
    assertEquals(2, rollup.path("plansByStatus").path("APPROVED").asInt(), dienBien::toString);
    assertEquals(0, rollup.path("plansByStatus").path("NONE").asInt(), dienBien::toString);
    assertEquals("APPROVED", item(rollup, THANH_XUONG).path("planStatus").asText());
    assertTrue(
        List.of("RETURNED", "SUBMITTED")
            .contains(item(rollup, MUONG_MUON).path("planStatus").asText()),
        dienBien::toString);
    JsonNode heMuong = item(rollup, HE_MUONG);
    assertEquals("APPROVED", heMuong.path("planStatus").asText(), dienBien::toString);
    assertEquals(
        HE_MUONG_SUMMARY,
        heMuong.path("assessment").path("summaryLine").asText(),
        dienBien::toString);

    Api.Response hcm = api.get("reviewer.hcm", path);
    assertEquals(200, hcm.status(), hcm::toString);
    assertEquals(2, hcm.json().path("schoolCount").asInt(), hcm::toString);
    // demo: Định Phước submitted, Quận 10 a draft (the browser tests may move them on)
    int hcmPlans = 0;
    for (JsonNode count : hcm.json().path("plansByStatus")) {
      hcmPlans += count.asInt();
    }
    assertEquals(2, hcmPlans, hcm::toString);
    assertEquals(0, hcm.json().path("plansByStatus").path("NONE").asInt(), hcm::toString);
    for (JsonNode school : hcm.json().path("items")) {
      assertTrue(school.path("schoolId").asText().startsWith("c1000000-"), hcm::toString);
    }

    Api.Response hcmSchools = api.get("admin.hcm", "/api/registry/schools");
    assertEquals(200, hcmSchools.status(), hcmSchools::toString);
    assertFalse(hcmSchools.json().path("items").isEmpty(), hcmSchools::toString);
    for (JsonNode school : hcmSchools.json().path("items")) {
      assertTrue(school.path("id").asText().startsWith("c1000000-"), hcmSchools::toString);
    }
  }

  @Test
  @Order(6)
  void calls_without_a_valid_token_get_401_problem_json_at_the_gateway() {
    Api.Response none = api.call("GET", "/api/registry/schools", null, null);
    assertEquals(401, none.status(), none::toString);
    assertTrue(none.contentType().startsWith("application/problem+json"), none::toString);

    Api.Response garbage = api.call("GET", "/api/registry/schools", "Bearer not-a-jwt", null);
    assertEquals(401, garbage.status(), garbage::toString);
    assertTrue(garbage.contentType().startsWith("application/problem+json"), garbage::toString);
  }

  @Test
  @Order(7)
  void each_service_account_reads_its_own_schema_and_no_other() {
    assertEquals(
        "allowed",
        platform.tryQuery(
            "eqip_plans", "eqip_plans", "SELECT 1 FROM eqip_plans.flyway_schema_history LIMIT 1"));
    assertEquals(
        "allowed",
        platform.tryQuery(
            "eqip_registry", "eqip_registry", "SELECT id FROM eqip_registry.school LIMIT 1"));

    String denied =
        platform.tryQuery(
            "eqip_plans", "eqip_plans", "SELECT id FROM eqip_registry.school LIMIT 1");
    assertNotEquals("allowed", denied);
    assertTrue(denied.contains("denied"), denied);
    String reporting =
        platform.tryQuery(
            "eqip_reporting", "eqip_reporting", "SELECT 1 FROM eqip_plans.flyway_schema_history");
    assertTrue(reporting.contains("denied"), reporting);
  }

  @Test
  @Order(8)
  void the_demo_gives_he_muong_a_plan_with_progress_evidence_and_an_overdue_action() {
    Api.Response plans =
        api.get(
            "principal.hemuong",
            "/api/plans/plans?schoolId=" + HE_MUONG + "&schoolYear=" + CURRENT_YEAR);
    assertEquals(200, plans.status(), plans::toString);
    assertEquals(1, plans.json().path("items").size(), plans::toString);
    String demoPlan = plans.json().path("items").get(0).path("id").asText();

    Api.Response actions =
        api.get("principal.hemuong", "/api/monitoring/actions?planId=" + demoPlan);
    assertEquals(200, actions.status(), actions::toString);
    List<String> statuses = new ArrayList<>();
    String running = null;
    for (JsonNode action : actions.json().path("items")) {
      statuses.add(action.path("status").asText());
      if ("staff.hemuong".equals(action.path("leadUserId").asText())) {
        running = action.path("id").asText();
      }
    }
    assertTrue(statuses.contains("DONE"), actions::toString);
    assertTrue(statuses.contains("IN_PROGRESS"), actions::toString);
    assertTrue(running != null, actions::toString);

    Api.Response mine = api.get("staff.hemuong", "/api/monitoring/actions?mine=true");
    assertEquals(200, mine.status(), mine::toString);
    assertTrue(mine.toString().contains(running), mine::toString);
    Api.Response evidence =
        api.get("staff.hemuong", "/api/monitoring/actions/" + running + "/evidence");
    assertEquals(200, evidence.status(), evidence::toString);
    assertEquals(1, evidence.json().path("items").size(), evidence::toString);

    if (LocalDate.now().getMonthValue() != 9) { // in September no month of the year is over yet
      Api.Response overdue = api.get("principal.hemuong", "/api/monitoring/actions?overdue=true");
      assertEquals(200, overdue.status(), overdue::toString);
      assertFalse(overdue.json().path("items").isEmpty(), overdue::toString);
    }
  }

  @Test
  @Order(9)
  void a_department_admin_creates_a_reviewer_in_keycloak_through_the_registry() {
    String username = "reviewer.e2e." + Long.toString(System.nanoTime(), 36);
    Api.Response created =
        api.post(
            "admin.dienbien",
            "/api/registry/users",
            Map.of(
                "username", username,
                "email", username + "@example.invalid",
                "firstName", "Lan",
                "lastName", "Nguyễn Thị",
                "role", "reviewer",
                "orgUnitId", "d1000000-0000-4000-8000-000000000003"));
    assertEquals(201, created.status(), created::toString);

    Api.Response listed = api.get("admin.dienbien", "/api/registry/users?role=reviewer");
    assertEquals(200, listed.status(), listed::toString);
    assertTrue(listed.toString().contains(username), listed::toString);
    Api.Response elsewhere = api.get("admin.hcm", "/api/registry/users?role=reviewer");
    assertFalse(elsewhere.toString().contains(username), elsewhere::toString);
  }

  private static void expectStatus(Api.Response response, String status) {
    assertEquals(200, response.status(), response::toString);
    assertEquals(status, response.json().path("status").asText(), response::toString);
  }

  private static JsonNode item(JsonNode rollup, String schoolId) {
    for (JsonNode item : rollup.path("items")) {
      if (item.path("schoolId").asText().equals(schoolId)) {
        return item;
      }
    }
    throw new AssertionError("no item for school " + schoolId + " in " + rollup);
  }

  /** Polls until {@code done} holds (events travel through RabbitMQ); the last answer otherwise. */
  private static Api.Response eventually(Supplier<Api.Response> call, Predicate<Api.Response> done)
      throws InterruptedException {
    long deadline = System.nanoTime() + EVENTUALLY.toNanos();
    Api.Response last = call.get();
    while (!done.test(last) && System.nanoTime() < deadline) {
      Thread.sleep(500);
      last = call.get();
    }
    return last;
  }
}
