package vn.eqip.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.platform.testing.DemoOrgTree.DIENBIEN_ROOT;
import static vn.eqip.platform.testing.DemoOrgTree.DINH_PHUOC;
import static vn.eqip.platform.testing.DemoOrgTree.HCM_ROOT;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG_OFFICE;
import static vn.eqip.platform.testing.DemoOrgTree.THANH_XUONG;
import static vn.eqip.platform.testing.DemoOrgTree.THANH_XUONG_OFFICE;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.eqip.plans.testing.PlansITSupport;
import vn.eqip.platform.testing.EventEnvelopes;

/**
 * GET /api/plans/plans: each caller lists the plans of their scope only (school, org subtree,
 * tenant), with the filters and the late flags fed by registry.SchoolYearOpened.
 */
@MicronautTest(transactional = false)
class PlanListIT extends PlansITSupport {

  String heMuong2026;
  String thanhXuong2026;
  String heMuong2027;
  String dinhPhuoc2026;

  @Override
  protected String serviceName() {
    return "plans_list";
  }

  @Override
  protected Map<String, String> extraProperties() {
    Map<String, String> props = new HashMap<>(super.extraProperties());
    // in hcm a submitted plan is overdue at once; dienbien keeps the default 15 days
    props.put("eqip.plans.review-days-by-tenant.hcm", "0");
    return props;
  }

  String principal(String school, String tenant) {
    return tokens.token("principal." + school, tenant, school, "principal");
  }

  String reviewer(String tenant, String orgUnit) {
    return tokens.token("reviewer." + orgUnit, tenant, orgUnit, "reviewer");
  }

  @BeforeEach
  void plansInEveryState() throws Exception {
    if (heMuong2026 != null) {
      return;
    }
    // Điện Biên's plans for 2026-2027 were due on 30 September 2026 (long past in any test run)
    apply(schoolYearOpened("dienbien", "2026-2027", "2026-09-30"));
    apply(schoolYearOpened("dienbien", "2027-2028", "2027-09-30"));
    heMuong2026 = submittedPlan(HE_MUONG, "dienbien", "2026-2027");
    thanhXuong2026 = draft(THANH_XUONG, "dienbien", "2026-2027");
    heMuong2027 = draft(HE_MUONG, "dienbien", "2027-2028");
    dinhPhuoc2026 = submittedPlan(DINH_PHUOC, "hcm", "2026-2027");
  }

  byte[] schoolYearOpened(String tenant, String year, String deadline) {
    return envelopes.envelope(
        EventEnvelopes.newId(),
        "registry",
        "SchoolYearOpened",
        tenant,
        year,
        Map.of(
            "schoolYear",
            year,
            "submissionDeadline",
            deadline,
            "progressReportDates",
            List.of(),
            "status",
            "OPEN"));
  }

  String draft(String school, String tenant, String year) {
    Map<?, ?> plan =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST("/api/plans/plans", Map.of("schoolId", school, "schoolYear", year))
                    .bearerAuth(principal(school, tenant)),
                Map.class);
    return (String) plan.get("id");
  }

  String submittedPlan(String school, String tenant, String year) {
    String id = draft(school, tenant, year);
    http.toBlocking()
        .exchange(
            HttpRequest.POST(
                    "/api/plans/plans/" + id + "/rows",
                    Map.of("criterionCode", "1.1", "target", "Đạt mức 3"))
                .bearerAuth(principal(school, tenant)));
    http.toBlocking()
        .exchange(
            HttpRequest.POST("/api/plans/plans/" + id + "/submission", Map.of())
                .bearerAuth(principal(school, tenant)));
    return id;
  }

  Map<?, ?> list(String query, String token) {
    return http.toBlocking()
        .retrieve(HttpRequest.GET("/api/plans/plans" + query).bearerAuth(token), Map.class);
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> items(String query, String token) {
    return (List<Map<String, Object>>) list(query, token).get("items");
  }

  Set<String> ids(String query, String token) {
    return items(query, token).stream().map(i -> (String) i.get("id")).collect(Collectors.toSet());
  }

  Map<String, Object> item(String id, String token) {
    return items("", token).stream().filter(i -> id.equals(i.get("id"))).findFirst().orElseThrow();
  }

  @Test
  void a_principal_lists_the_plans_of_their_school_only() {
    assertEquals(Set.of(heMuong2026, heMuong2027), ids("", principal(HE_MUONG, "dienbien")));
    assertEquals(Set.of(thanhXuong2026), ids("", principal(THANH_XUONG, "dienbien")));
    // naming another school changes nothing: the scope comes from the token
    assertEquals(Set.of(), ids("?schoolId=" + THANH_XUONG, principal(HE_MUONG, "dienbien")));
  }

  @Test
  void a_reviewer_lists_the_schools_of_their_subtree_and_nothing_outside_it() {
    assertEquals(
        Set.of(heMuong2026, thanhXuong2026, heMuong2027),
        ids("", reviewer("dienbien", DIENBIEN_ROOT)));
    assertEquals(Set.of(heMuong2026, heMuong2027), ids("", reviewer("dienbien", HE_MUONG_OFFICE)));
    assertEquals(Set.of(thanhXuong2026), ids("", reviewer("dienbien", THANH_XUONG_OFFICE)));
    assertEquals(Set.of(), ids("?schoolId=" + HE_MUONG, reviewer("dienbien", THANH_XUONG_OFFICE)));
    // scope is denied by default: an org unit the tree does not know sees nothing
    assertEquals(Set.of(), ids("", reviewer("dienbien", "no-such-unit")));
  }

  @Test
  void another_tenant_sees_none_of_the_plans_even_claiming_a_unit_of_the_first() {
    assertEquals(Set.of(dinhPhuoc2026), ids("", reviewer("hcm", HCM_ROOT)));
    assertEquals(Set.of(), ids("", reviewer("hcm", DIENBIEN_ROOT)));
    assertEquals(
        Set.of(dinhPhuoc2026), ids("", tokens.token("admin.hcm", "hcm", HCM_ROOT, "dept-admin")));
  }

  @Test
  void a_dept_admin_lists_the_tenant_and_filters_narrow_it() {
    String admin = tokens.token("admin.dienbien", "dienbien", DIENBIEN_ROOT, "dept-admin");
    assertEquals(Set.of(heMuong2026, thanhXuong2026, heMuong2027), ids("", admin));
    assertEquals(Set.of(heMuong2026), ids("?status=SUBMITTED", admin));
    assertEquals(Set.of(heMuong2027), ids("?schoolYear=2027-2028", admin));
    assertEquals(
        Set.of(thanhXuong2026), ids("?schoolYear=2026-2027&schoolId=" + THANH_XUONG, admin));
    assertEquals(Set.of(heMuong2026, heMuong2027), ids("?orgUnitId=" + HE_MUONG_OFFICE, admin));

    Map<?, ?> page = list("?size=2&page=1", admin);
    assertEquals(3, ((Number) page.get("total")).intValue());
    assertEquals(1, ((List<?>) page.get("items")).size());
  }

  @Test
  void each_item_carries_the_school_status_version_number_and_dates() {
    Map<String, Object> submitted = item(heMuong2026, reviewer("dienbien", DIENBIEN_ROOT));
    assertEquals(HE_MUONG, submitted.get("schoolId"));
    assertEquals("Trường PTDTBT Tiểu học xã Hẹ Muông", submitted.get("schoolName"));
    assertEquals("2026-2027", submitted.get("schoolYear"));
    assertEquals("SUBMITTED", submitted.get("status"));
    assertEquals(1, submitted.get("version"));
    assertEquals("1/KH-PTDTBTTHXHM", submitted.get("documentNumber"));
    assertTrue(submitted.get("submittedAt") != null);
    assertEquals(null, submitted.get("decidedAt"));

    Map<String, Object> draft = item(thanhXuong2026, reviewer("dienbien", DIENBIEN_ROOT));
    assertEquals("DRAFT", draft.get("status"));
    assertEquals(0, draft.get("version"));
    assertEquals(null, draft.get("submittedAt"));
  }

  @Test
  void submissions_after_the_deadline_and_reviews_past_the_period_are_flagged_late()
      throws InterruptedException {
    String admin = tokens.token("admin.dienbien", "dienbien", DIENBIEN_ROOT, "dept-admin");
    Map<String, Object> lateSubmitted = item(heMuong2026, admin);
    assertEquals(true, lateSubmitted.get("lateSubmission"));
    assertEquals("2026-09-30", lateSubmitted.get("submissionDeadline"));
    assertEquals(false, lateSubmitted.get("reviewOverdue"));
    assertEquals(true, lateSubmitted.get("late"));
    // a draft past the deadline is late too; one whose deadline is ahead is not
    assertEquals(true, item(thanhXuong2026, admin).get("late"));
    assertEquals(false, item(heMuong2027, admin).get("late"));
    assertEquals(Set.of(heMuong2026, thanhXuong2026), ids("?late=true", admin));
    assertEquals(Set.of(heMuong2027), ids("?late=false", admin));

    // hcm has no deadline for 2026-2027 yet, and a review period of 0 days: overdue as soon as
    // the instant of submission has passed (stored to the second: up to a second after it)
    Map<String, Object> overdue = item(dinhPhuoc2026, reviewer("hcm", HCM_ROOT));
    long until = System.nanoTime() + java.time.Duration.ofSeconds(3).toNanos();
    while (!Boolean.TRUE.equals(overdue.get("reviewOverdue")) && System.nanoTime() < until) {
      Thread.sleep(100);
      overdue = item(dinhPhuoc2026, reviewer("hcm", HCM_ROOT));
    }
    assertEquals(false, overdue.get("lateSubmission"));
    assertEquals(true, overdue.get("reviewOverdue"), overdue::toString);
    assertTrue(overdue.get("reviewDueAt") != null);

    // the plan itself carries the same flags
    Map<?, ?> plan =
        http.toBlocking()
            .retrieve(
                io.micronaut.http.HttpRequest.GET("/api/plans/plans/" + heMuong2026)
                    .bearerAuth(admin),
                Map.class);
    Map<?, ?> deadlines = (Map<?, ?>) plan.get("deadlines");
    assertEquals("2026-09-30", deadlines.get("submissionDeadline"));
    assertEquals(true, deadlines.get("lateSubmission"));
    assertEquals(false, deadlines.get("reviewOverdue"));
  }

  @Test
  void bad_filters_get_422_naming_the_field_and_other_roles_403() {
    HttpClientResponseException badStatus =
        assertThrows(
            HttpClientResponseException.class,
            () -> list("?status=DONE", reviewer("dienbien", DIENBIEN_ROOT)));
    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, badStatus.getStatus());
    String body = badStatus.getResponse().getBody(String.class).orElse("");
    assertTrue(body.contains("\"field\":\"status\""), body);
    assertTrue(body.contains("SUBMITTED"), body);

    HttpClientResponseException badSize =
        assertThrows(
            HttpClientResponseException.class,
            () -> list("?size=0&schoolYear=2026-2025", reviewer("dienbien", DIENBIEN_ROOT)));
    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, badSize.getStatus());
    String sizeBody = badSize.getResponse().getBody(String.class).orElse("");
    assertTrue(sizeBody.contains("\"field\":\"size\""), sizeBody);
    assertTrue(sizeBody.contains("\"field\":\"schoolYear\""), sizeBody);

    HttpClientResponseException noRole =
        assertThrows(
            HttpClientResponseException.class,
            () -> list("", tokens.token("someone", "dienbien", DIENBIEN_ROOT, "auditor")));
    assertEquals(HttpStatus.FORBIDDEN, noRole.getStatus());
  }
}
