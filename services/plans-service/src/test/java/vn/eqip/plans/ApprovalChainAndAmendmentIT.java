package vn.eqip.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.platform.testing.DemoOrgTree.DAU_TIENG_OFFICE;
import static vn.eqip.platform.testing.DemoOrgTree.DIENBIEN_ROOT;
import static vn.eqip.platform.testing.DemoOrgTree.DINH_PHUOC;
import static vn.eqip.platform.testing.DemoOrgTree.HCM_ROOT;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.eqip.plans.testing.PlansITSupport;

/**
 * The tenant's approval chain (Định Phước: the commune office, then the Sở) and amendments of an
 * approved plan, through HTTP, with the events they leave in the outbox.
 */
@MicronautTest(transactional = false)
class ApprovalChainAndAmendmentIT extends PlansITSupport {

  static final AtomicInteger YEAR = new AtomicInteger(2060);
  static final String COMMUNE = "Phòng VH-XH xã Dầu Tiếng";
  static final String SO = "Sở GD&ĐT TP. Hồ Chí Minh";

  @Override
  protected String serviceName() {
    return "plans_chain";
  }

  String principal() {
    return tokens.token("principal.dinhphuoc", "hcm", DINH_PHUOC, "principal");
  }

  String communeReviewer() {
    return tokens.token("reviewer.dautieng", "hcm", DAU_TIENG_OFFICE, "reviewer");
  }

  String departmentReviewer() {
    return tokens.token("reviewer.hcm", "hcm", HCM_ROOT, "reviewer");
  }

  String admin(String tenant, String root) {
    return tokens.token("admin." + tenant, tenant, root, "dept-admin");
  }

  @BeforeEach
  void communeOfficeThenDepartment() {
    put("/api/plans/settings/approval-chain", Map.of("kinds", List.of()), admin("hcm", HCM_ROOT));
    put(
        "/api/plans/settings/approval-chain",
        Map.of("kinds", List.of("DEPARTMENT", "COMMUNE_OFFICE")),
        admin("hcm", HCM_ROOT));
  }

  // ------------------------------------------------------------------------------ the setting

  @Test
  void the_chain_is_kept_nearest_the_school_first_and_only_the_tenants_admin_sets_it() {
    Map<?, ?> chain = get("/api/plans/settings/approval-chain", admin("hcm", HCM_ROOT));
    assertEquals(List.of("COMMUNE_OFFICE", "DEPARTMENT"), chain.get("kinds"));
    assertEquals("admin.hcm", chain.get("updatedBy"));

    Map<?, ?> otherTenant =
        get("/api/plans/settings/approval-chain", admin("dienbien", DIENBIEN_ROOT));
    assertEquals(List.of(), otherTenant.get("kinds"), "another tenant's chain is its own");

    HttpClientResponseException reviewer =
        failure(
            HttpRequest.PUT("/api/plans/settings/approval-chain", Map.of("kinds", List.of()))
                .bearerAuth(departmentReviewer()));
    assertEquals(HttpStatus.FORBIDDEN, reviewer.getStatus());
    HttpClientResponseException unknown =
        failure(
            HttpRequest.PUT(
                    "/api/plans/settings/approval-chain",
                    Map.of("kinds", List.of("DEPARTMENT", "PROVINCE")))
                .bearerAuth(admin("hcm", HCM_ROOT)));
    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, unknown.getStatus());
    assertTrue(
        body(unknown).contains("Cấp phê duyệt \\\"PROVINCE\\\" không hợp lệ"), body(unknown));
  }

  // ---------------------------------------------------------------------- deciding level by level

  @Test
  void the_commune_office_approves_first_then_the_department_and_not_the_other_way_round() {
    String id = submittedPlan();
    Map<?, ?> submitted = get("/api/plans/plans/" + id, principal());
    Map<?, ?> workflow = (Map<?, ?>) submitted.get("workflow");
    assertEquals(List.of(COMMUNE, SO), workflow.get("approvalLevels"));
    assertEquals(COMMUNE, workflow.get("awaiting"));

    assertEquals(true, listed(id, communeReviewer()).get("decidableByMe"));
    assertEquals(false, listed(id, departmentReviewer()).get("decidableByMe"));
    assertEquals(COMMUNE, listed(id, departmentReviewer()).get("awaiting"));
    assertTrue(decidable(communeReviewer()).contains(id));
    assertTrue(!decidable(departmentReviewer()).contains(id));
    assertEquals(java.util.Set.of(), decidable(principal()), "a principal decides nothing");

    HttpClientResponseException early = failure(approve(id, departmentReviewer()));
    assertEquals(HttpStatus.CONFLICT, early.getStatus());
    assertTrue(body(early).contains("not-your-approval-level"), body(early));
    assertTrue(body(early).contains("chờ " + COMMUNE + " quyết định (cấp 1/2)"), body(early));

    Map<?, ?> passed = post(approve(id, communeReviewer()));
    assertEquals("SUBMITTED", passed.get("status"));
    assertEquals(1, ((Map<?, ?>) passed.get("workflow")).get("approvalsGiven"));
    assertEquals(SO, ((Map<?, ?>) passed.get("workflow")).get("awaiting"));
    Map<?, ?> event = lastEvent(id, "PlanApprovalStepPassed");
    assertEquals(1, event.get("approvalStep"));
    assertEquals(2, event.get("approvalSteps"));
    assertEquals(0L, outbox(id, "PlanApproved"));
    assertEquals(false, listed(id, communeReviewer()).get("decidableByMe"));
    assertEquals(true, listed(id, departmentReviewer()).get("decidableByMe"));
    assertTrue(!decidable(communeReviewer()).contains(id));
    assertTrue(decidable(departmentReviewer()).contains(id));

    Map<?, ?> approved = post(approve(id, departmentReviewer()));
    assertEquals("APPROVED", approved.get("status"));
    assertEquals(1, ((Map<?, ?>) approved.get("workflow")).get("approvedVersion"));
    assertEquals(1L, outbox(id, "PlanApproved"));
    assertEquals(1, versions(id).size(), "passing a level is not a new version");
    List<?> trail = (List<?>) get("/api/plans/plans/" + id + "/audit", principal()).get("items");
    assertTrue(
        trail.stream()
            .map(t -> (Map<?, ?>) t)
            .anyMatch(
                t ->
                    "SUBMITTED".equals(t.get("from"))
                        && "SUBMITTED".equals(t.get("to"))
                        && String.valueOf(t.get("comment")).startsWith(COMMUNE + " đã phê duyệt")),
        trail.toString());
  }

  // ---------------------------------------------------------------------------------- amendments

  @Test
  void an_amendment_is_approved_as_a_new_version_and_the_approved_one_stays_in_force_meanwhile() {
    String id = approvedPlan();

    Map<?, ?> amending =
        post(
            HttpRequest.POST(
                    "/api/plans/plans/" + id + "/amendment",
                    Map.of("reason", "Bổ sung tiêu chí 1.2"))
                .bearerAuth(principal()));
    assertEquals("DRAFT", amending.get("status"));
    Map<?, ?> workflow = (Map<?, ?>) amending.get("workflow");
    assertEquals(true, workflow.get("amending"));
    assertEquals(1, workflow.get("approvedVersion"));
    assertEquals(true, listed(id, principal()).get("amending"));
    assertEquals(1, listed(id, principal()).get("approvedVersion"));
    Map<?, ?> started = lastEvent(id, "PlanAmendmentStarted");
    assertEquals(true, started.get("amendment"));
    assertEquals("DRAFT", started.get("status"));
    assertEquals(1, started.get("approvedVersion"));

    addRow(id, "1.2");
    post(
        HttpRequest.POST("/api/plans/plans/" + id + "/submission", Map.of())
            .bearerAuth(principal()));
    assertEquals(true, lastEvent(id, "PlanSubmitted").get("amendment"));
    post(approve(id, communeReviewer()));
    assertEquals(1L, outbox(id, "PlanApproved"), "nothing new in force until the last level");

    Map<?, ?> approved = post(approve(id, departmentReviewer()));
    assertEquals(2, ((Map<?, ?>) approved.get("workflow")).get("approvedVersion"));
    assertEquals(false, ((Map<?, ?>) approved.get("workflow")).get("amending"));
    Map<?, ?> inForce = lastEvent(id, "PlanApproved");
    assertEquals(false, inForce.get("amendment"));
    assertEquals(2, ((List<?>) inForce.get("rows")).size());
    assertEquals(2, listed(id, principal()).get("approvedVersion"));
    assertEquals(false, listed(id, principal()).get("amending"));
    Map<?, ?> diff = get("/api/plans/plans/" + id + "/versions/2/diff", communeReviewer());
    assertTrue(diff.toString().contains("ADDED"), "the reviewer sees what the amendment changed");
  }

  @Test
  void a_discarded_amendment_puts_the_approved_rows_back() {
    String id = approvedPlan();
    post(
        HttpRequest.POST("/api/plans/plans/" + id + "/amendment", Map.of())
            .bearerAuth(principal()));
    addRow(id, "1.2");

    Map<?, ?> back =
        post(HttpRequest.DELETE("/api/plans/plans/" + id + "/amendment").bearerAuth(principal()));

    assertEquals("APPROVED", back.get("status"));
    assertEquals(1, ((List<?>) back.get("rows")).size());
    Map<?, ?> discarded = lastEvent(id, "PlanAmendmentDiscarded");
    assertEquals("APPROVED", discarded.get("status"));
    assertEquals(1, ((List<?>) discarded.get("rows")).size());
    HttpClientResponseException again =
        failure(
            HttpRequest.DELETE("/api/plans/plans/" + id + "/amendment").bearerAuth(principal()));
    assertEquals(HttpStatus.CONFLICT, again.getStatus());
    assertTrue(body(again).contains("no-amendment-in-progress"));
  }

  @Test
  void only_the_principal_amends_and_a_plan_not_yet_approved_is_edited_instead() {
    String id = submittedPlan();
    HttpClientResponseException notApproved =
        failure(
            HttpRequest.POST("/api/plans/plans/" + id + "/amendment", Map.of())
                .bearerAuth(principal()));
    assertEquals(HttpStatus.CONFLICT, notApproved.getStatus());
    assertTrue(body(notApproved).contains("plan-not-approved"));

    String approved = approvedPlan();
    HttpClientResponseException reviewer =
        failure(
            HttpRequest.POST("/api/plans/plans/" + approved + "/amendment", Map.of())
                .bearerAuth(departmentReviewer()));
    assertEquals(HttpStatus.FORBIDDEN, reviewer.getStatus());
    HttpClientResponseException otherTenant =
        failure(
            HttpRequest.POST("/api/plans/plans/" + approved + "/amendment", Map.of())
                .bearerAuth(
                    tokens.token(
                        "principal.hemuong",
                        "dienbien",
                        vn.eqip.platform.testing.DemoOrgTree.HE_MUONG,
                        "principal")));
    assertEquals(HttpStatus.NOT_FOUND, otherTenant.getStatus());
  }

  // ------------------------------------------------------------------------------------ fixtures

  String submittedPlan() {
    int year = YEAR.getAndIncrement();
    String id =
        (String)
            post(HttpRequest.POST(
                        "/api/plans/plans",
                        Map.of("schoolId", DINH_PHUOC, "schoolYear", year + "-" + (year + 1)))
                    .bearerAuth(principal()))
                .get("id");
    addRow(id, "1.1");
    post(
        HttpRequest.POST("/api/plans/plans/" + id + "/submission", Map.of())
            .bearerAuth(principal()));
    return id;
  }

  String approvedPlan() {
    String id = submittedPlan();
    post(approve(id, communeReviewer()));
    post(approve(id, departmentReviewer()));
    return id;
  }

  void addRow(String id, String criterion) {
    post(
        HttpRequest.POST(
                "/api/plans/plans/" + id + "/rows",
                Map.of("criterionCode", criterion, "target", "Đạt mức 2"))
            .bearerAuth(principal()));
  }

  MutableHttpRequest<?> approve(String id, String token) {
    return HttpRequest.POST("/api/plans/plans/" + id + "/approval", Map.of()).bearerAuth(token);
  }

  /** The plan as the caller's plan list shows it. */
  Map<?, ?> listed(String id, String token) {
    List<?> items =
        (List<?>) get("/api/plans/plans?schoolId=" + DINH_PHUOC + "&size=200", token).get("items");
    return items.stream()
        .map(i -> (Map<?, ?>) i)
        .filter(i -> id.equals(i.get("id")))
        .findFirst()
        .orElseThrow(() -> new AssertionError(id + " not in the list: " + items));
  }

  /** The ids the caller's "chờ tôi quyết định" list holds (?decidableByMe=true). */
  java.util.Set<Object> decidable(String token) {
    List<?> items =
        (List<?>)
            get("/api/plans/plans?decidableByMe=true&schoolId=" + DINH_PHUOC + "&size=200", token)
                .get("items");
    return items.stream()
        .map(i -> ((Map<?, ?>) i).get("id"))
        .collect(java.util.stream.Collectors.toSet());
  }

  List<?> versions(String id) {
    return (List<?>) get("/api/plans/plans/" + id + "/versions", principal()).get("items");
  }

  Map<?, ?> get(String path, String token) {
    return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token), Map.class);
  }

  Map<?, ?> post(MutableHttpRequest<?> request) {
    return http.toBlocking().retrieve(request, Map.class);
  }

  void put(String path, Object body, String token) {
    http.toBlocking().exchange(HttpRequest.PUT(path, body).bearerAuth(token), Map.class);
  }

  HttpClientResponseException failure(MutableHttpRequest<?> request) {
    return assertThrows(
        HttpClientResponseException.class, () -> http.toBlocking().exchange(request, Map.class));
  }

  static String body(HttpClientResponseException e) {
    return e.getResponse().getBody(String.class).orElse("");
  }

  long outbox(String id, String type) {
    return db.count(
        "SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ? AND event_type = ?", id, type);
  }

  /** The payload of the plan's latest event of this type in the outbox. */
  Map<?, ?> lastEvent(String id, String type) {
    String payload =
        db.string(
            "SELECT payload FROM outbox_event WHERE aggregate_id = ? AND event_type = ?"
                + " ORDER BY id DESC LIMIT 1",
            id,
            type);
    assertTrue(payload != null, "no " + type + " event for " + id);
    try {
      return json.readValue(payload, Map.class);
    } catch (java.io.IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void a_school_without_any_unit_of_the_chain_above_it_is_decided_by_any_reviewer_in_scope() {
    put(
        "/api/plans/settings/approval-chain",
        Map.of("kinds", List.of("CLUSTER")),
        admin("hcm", HCM_ROOT));
    String id = submittedPlan();
    Map<?, ?> workflow = (Map<?, ?>) get("/api/plans/plans/" + id, principal()).get("workflow");
    assertEquals(List.of(), workflow.get("approvalLevels"));
    assertNull(
        ((Map<?, ?>) post(approve(id, departmentReviewer())).get("workflow")).get("awaiting"));
  }
}
