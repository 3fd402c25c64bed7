package vn.eqip.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.plans.testing.SchoolRegistryStub.DIENBIEN_ROOT;
import static vn.eqip.plans.testing.SchoolRegistryStub.HCM_ROOT;
import static vn.eqip.plans.testing.SchoolRegistryStub.HEMUONG;
import static vn.eqip.plans.testing.SchoolRegistryStub.THANHXUONG;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import vn.eqip.plans.testing.PlansITSupport;

/** Audit trail, withdrawal and optimistic locking (ETag / If-Match) through HTTP. */
@MicronautTest(transactional = false)
class PlanWorkflowIT extends PlansITSupport {

  static final AtomicInteger YEAR = new AtomicInteger(2040);

  @Override
  protected String serviceName() {
    return "plans_workflow";
  }

  String principal() {
    return tokens.token("principal.hemuong", "dienbien", HEMUONG, "principal");
  }

  String principalThanhXuong() {
    return tokens.token("principal.thanhxuong", "dienbien", THANHXUONG, "principal");
  }

  String reviewer(String name) {
    return tokens.token(name, "dienbien", DIENBIEN_ROOT, "reviewer");
  }

  String reviewerHcm() {
    return tokens.token("reviewer.hcm", "hcm", HCM_ROOT, "reviewer");
  }

  /** A fresh plan of Hẹ Muông (each in a school year of its own) with one row. */
  String draftWithRow() {
    int year = YEAR.getAndIncrement();
    String id =
        (String)
            http.toBlocking()
                .retrieve(
                    HttpRequest.POST(
                            "/api/plans/plans",
                            Map.of("schoolId", HEMUONG, "schoolYear", year + "-" + (year + 1)))
                        .bearerAuth(principal()),
                    Map.class)
                .get("id");
    exchange(
        HttpRequest.POST(
                "/api/plans/plans/" + id + "/rows",
                Map.of("criterionCode", "1.1", "target", "Đạt mức 3"))
            .bearerAuth(principal()));
    return id;
  }

  String submitted() {
    String id = draftWithRow();
    exchange(
        HttpRequest.POST("/api/plans/plans/" + id + "/submission", Map.of())
            .bearerAuth(principal()));
    return id;
  }

  HttpResponse<Map> exchange(MutableHttpRequest<?> request) {
    return http.toBlocking().exchange(request, Map.class);
  }

  HttpClientResponseException failure(MutableHttpRequest<?> request) {
    return assertThrows(HttpClientResponseException.class, () -> exchange(request));
  }

  String body(HttpClientResponseException e) {
    return e.getResponse().getBody(String.class).orElse("");
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> audit(String id, String token) {
    return (List<Map<String, Object>>)
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/plans/plans/" + id + "/audit").bearerAuth(token), Map.class)
            .get("items");
  }

  long outbox(String id, String type) {
    return db.count(
        "SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ? AND event_type = ?", id, type);
  }

  // ---------------------------------------------------------------------------------- audit trail

  @Test
  void the_audit_trail_lists_every_transition_for_the_school_and_its_reviewers() {
    String id = submitted();
    exchange(
        HttpRequest.POST(
                "/api/plans/plans/" + id + "/return", Map.of("comment", "Bổ sung kinh phí"))
            .bearerAuth(reviewer("reviewer.dienbien")));

    List<Map<String, Object>> trail = audit(id, principal());
    assertEquals(3, trail.size());
    assertEquals(null, trail.get(0).get("from"));
    assertEquals("DRAFT", trail.get(0).get("to"));
    assertEquals("DRAFT", trail.get(1).get("from"));
    assertEquals("SUBMITTED", trail.get(1).get("to"));
    assertEquals("principal.hemuong", trail.get(1).get("actor"));
    Map<String, Object> returned = trail.get(2);
    assertEquals("SUBMITTED", returned.get("from"));
    assertEquals("RETURNED", returned.get("to"));
    assertEquals("reviewer.dienbien", returned.get("actor"));
    assertEquals("Bổ sung kinh phí", returned.get("comment"));
    assertNotNull(returned.get("at"));
    assertNotNull(returned.get("actorId"));

    assertEquals(trail, audit(id, reviewer("reviewer.dienbien")));
  }

  @Test
  void another_school_and_another_tenant_cannot_read_the_audit_trail() {
    String id = submitted();
    for (String token : List.of(principalThanhXuong(), reviewerHcm())) {
      HttpClientResponseException e =
          failure(HttpRequest.GET("/api/plans/plans/" + id + "/audit").bearerAuth(token));
      assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
      assertTrue(body(e).contains("không có quyền xem"), body(e));
    }
  }

  // ------------------------------------------------------------------------------------- withdraw

  @Test
  void a_principal_withdraws_a_submitted_plan_edits_it_and_submits_it_again() {
    String id = submitted();

    Map<?, ?> withdrawn =
        exchange(
                HttpRequest.POST(
                        "/api/plans/plans/" + id + "/withdrawal",
                        Map.of("comment", "Sửa lại kinh phí"))
                    .bearerAuth(principal()))
            .body();
    assertEquals("WITHDRAWN", withdrawn.get("status"));
    assertEquals(1, outbox(id, "PlanWithdrawn"));
    String payload =
        db.string(
            "SELECT payload FROM outbox_event WHERE aggregate_id = ? AND event_type = 'PlanWithdrawn'",
            id);
    assertTrue(payload.contains("\"status\":\"WITHDRAWN\""), payload);
    assertTrue(payload.contains("\"comment\":\"Sửa lại kinh phí\""), payload);

    exchange(
        HttpRequest.PATCH("/api/plans/plans/" + id, Map.of("place", "Hẹ Muông"))
            .bearerAuth(principal()));
    assertEquals(
        "SUBMITTED",
        exchange(
                HttpRequest.POST("/api/plans/plans/" + id + "/submission", Map.of())
                    .bearerAuth(principal()))
            .body()
            .get("status"));
    Map<String, Object> last = audit(id, principal()).get(3);
    assertEquals("WITHDRAWN", audit(id, principal()).get(2).get("to"));
    assertEquals("Sửa lại kinh phí", audit(id, principal()).get(2).get("comment"));
    assertEquals("WITHDRAWN", last.get("from"));
    assertEquals("SUBMITTED", last.get("to"));
    assertEquals(2, db.count("SELECT COUNT(*) FROM plan_version WHERE plan_id = ?", id));
  }

  @Test
  void a_decided_plan_or_a_draft_cannot_be_withdrawn_and_only_the_principal_withdraws() {
    String approved = submitted();
    exchange(
        HttpRequest.POST("/api/plans/plans/" + approved + "/approval", Map.of())
            .bearerAuth(reviewer("reviewer.dienbien")));
    HttpClientResponseException late =
        failure(
            HttpRequest.POST("/api/plans/plans/" + approved + "/withdrawal", Map.of())
                .bearerAuth(principal()));
    assertEquals(HttpStatus.CONFLICT, late.getStatus());
    assertTrue(body(late).contains("plan-not-submitted"), body(late));
    assertTrue(body(late).contains("đã được phê duyệt"), body(late));

    String draft = draftWithRow();
    assertEquals(
        HttpStatus.CONFLICT,
        failure(
                HttpRequest.POST("/api/plans/plans/" + draft + "/withdrawal", Map.of())
                    .bearerAuth(principal()))
            .getStatus());

    String waiting = submitted();
    assertEquals(
        HttpStatus.FORBIDDEN,
        failure(
                HttpRequest.POST("/api/plans/plans/" + waiting + "/withdrawal", Map.of())
                    .bearerAuth(reviewer("reviewer.dienbien")))
            .getStatus());
    assertEquals(
        HttpStatus.NOT_FOUND,
        failure(
                HttpRequest.POST("/api/plans/plans/" + waiting + "/withdrawal", Map.of())
                    .bearerAuth(principalThanhXuong()))
            .getStatus());
    assertEquals(
        HttpStatus.NOT_FOUND,
        failure(
                HttpRequest.POST("/api/plans/plans/" + waiting + "/withdrawal", Map.of())
                    .bearerAuth(tokens.token("principal.dinhphuoc", "hcm", HCM_ROOT, "principal")))
            .getStatus());
    assertEquals(0, outbox(waiting, "PlanWithdrawn"));
  }

  // ------------------------------------------------------------------------- optimistic locking

  @Test
  void
      get_returns_the_revision_as_etag_and_a_change_with_a_stale_if_match_gets_409_with_the_state() {
    String id = draftWithRow();
    HttpResponse<Map> got =
        exchange(HttpRequest.GET("/api/plans/plans/" + id).bearerAuth(principal()));
    String etag = got.header("ETag");
    assertEquals("\"" + got.body().get("revision") + "\"", etag);

    HttpResponse<Map> patched =
        exchange(
            HttpRequest.PATCH("/api/plans/plans/" + id, Map.of("place", "Mường Chà"))
                .header("If-Match", etag)
                .bearerAuth(principal()));
    String newEtag = patched.header("ETag");
    assertEquals("\"" + patched.body().get("revision") + "\"", newEtag);

    // a second tab still holding the old ETag
    HttpClientResponseException stale =
        failure(
            HttpRequest.PATCH("/api/plans/plans/" + id, Map.of("place", "Điện Biên Đông"))
                .header("If-Match", etag)
                .bearerAuth(principal()));
    assertEquals(HttpStatus.CONFLICT, stale.getStatus());
    assertEquals(
        "application/problem+json", stale.getResponse().getContentType().orElseThrow().toString());
    assertEquals(newEtag, stale.getResponse().header("ETag"));
    String problem = body(stale);
    assertTrue(problem.contains("concurrent-change"), problem);
    assertTrue(problem.contains("Tải lại kế hoạch"), problem);
    assertTrue(problem.contains("{\"field\":\"status\",\"message\":\"DRAFT\"}"), problem);
    assertEquals(
        "Mường Chà",
        ((Map<?, ?>)
                exchange(HttpRequest.GET("/api/plans/plans/" + id).bearerAuth(principal()))
                    .body()
                    .get("document"))
            .get("place"));

    for (MutableHttpRequest<?> change :
        List.of(
            HttpRequest.POST(
                "/api/plans/plans/" + id + "/rows",
                Map.of("criterionCode", "1.2", "target", "Đạt mức 2")),
            HttpRequest.POST("/api/plans/plans/" + id + "/submission", Map.of()))) {
      assertEquals(
          HttpStatus.CONFLICT,
          failure(change.header("If-Match", etag).bearerAuth(principal())).getStatus());
    }
    assertEquals(
        HttpStatus.UNPROCESSABLE_ENTITY,
        failure(
                HttpRequest.PATCH("/api/plans/plans/" + id, Map.of("place", "x"))
                    .header("If-Match", "phiên bản cũ")
                    .bearerAuth(principal()))
            .getStatus());
    // the current ETag is accepted
    assertEquals(
        "SUBMITTED",
        exchange(
                HttpRequest.POST("/api/plans/plans/" + id + "/submission", Map.of())
                    .header("If-Match", newEtag)
                    .bearerAuth(principal()))
            .body()
            .get("status"));
  }

  @Test
  void of_two_reviewers_deciding_at_once_exactly_one_wins_and_the_other_gets_409()
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < 4; round++) {
        String id = submitted();
        String etag =
            exchange(HttpRequest.GET("/api/plans/plans/" + id).bearerAuth(reviewer("reviewer.a")))
                .header("ETag");
        boolean withIfMatch = round % 2 == 0;
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<HttpStatus>> decisions = new ArrayList<>();
        decisions.add(
            decide(
                start,
                HttpRequest.POST("/api/plans/plans/" + id + "/approval", Map.of())
                    .bearerAuth(reviewer("reviewer.a")),
                withIfMatch ? etag : null));
        decisions.add(
            decide(
                start,
                HttpRequest.POST(
                        "/api/plans/plans/" + id + "/return", Map.of("comment", "Chưa đạt"))
                    .bearerAuth(reviewer("reviewer.b")),
                withIfMatch ? etag : null));
        List<Future<HttpStatus>> results = new ArrayList<>();
        for (Callable<HttpStatus> d : decisions) {
          results.add(pool.submit(d));
        }
        start.countDown();
        List<HttpStatus> statuses = new ArrayList<>();
        for (Future<HttpStatus> f : results) {
          statuses.add(f.get());
        }
        assertEquals(
            1, statuses.stream().filter(s -> s == HttpStatus.OK).count(), statuses.toString());
        assertEquals(
            1,
            statuses.stream().filter(s -> s == HttpStatus.CONFLICT).count(),
            statuses.toString());
        String stored = db.string("SELECT status FROM plan WHERE id = ?", id);
        String winner = statuses.get(0) == HttpStatus.OK ? "APPROVED" : "RETURNED";
        assertEquals(winner, stored);
        assertEquals(
            1,
            db.count(
                "SELECT COUNT(*) FROM plan_transition WHERE plan_id = ? AND from_status = 'SUBMITTED'",
                id));
        assertEquals(1, outbox(id, "PlanApproved") + outbox(id, "PlanReturned"));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  Callable<HttpStatus> decide(CountDownLatch start, MutableHttpRequest<?> request, String etag) {
    if (etag != null) {
      request.header("If-Match", etag);
    }
    return () -> {
      start.await();
      try {
        return exchange(request).getStatus();
      } catch (HttpClientResponseException e) {
        return e.getStatus();
      }
    };
  }

  // ------------------------------------------------------------------------------------- diff

  @SuppressWarnings("unchecked")
  Map<String, Object> rowOf(Map<?, ?> plan, String code) {
    return ((List<Map<String, Object>>) plan.get("rows"))
        .stream().filter(r -> code.equals(r.get("criterionCode"))).findFirst().orElseThrow();
  }

  @Test
  @SuppressWarnings("unchecked")
  void the_reviewer_sees_what_changed_since_the_returned_version_row_by_row() {
    String id = draftWithRow(); // 1.1 without actions
    for (String code : List.of("1.2", "2.1")) {
      exchange(
          HttpRequest.POST(
                  "/api/plans/plans/" + id + "/rows",
                  Map.of(
                      "criterionCode",
                      code,
                      "target",
                      "Đạt mức 2",
                      "actions",
                      List.of(
                          Map.of(
                              "description",
                              "Tập huấn",
                              "lead",
                              "Phó hiệu trưởng",
                              "timeline",
                              "Thực hiện thường xuyên",
                              "budget",
                              "5 triệu đồng"))))
              .bearerAuth(principal()));
    }
    exchange(
        HttpRequest.POST("/api/plans/plans/" + id + "/submission", Map.of())
            .bearerAuth(principal()));
    exchange(
        HttpRequest.POST("/api/plans/plans/" + id + "/return", Map.of("comment", "Sửa dòng 2.1"))
            .bearerAuth(reviewer("reviewer.dienbien")));

    Map<?, ?> plan =
        exchange(HttpRequest.GET("/api/plans/plans/" + id).bearerAuth(principal())).body();
    Map<String, Object> row21 = rowOf(plan, "2.1");
    String actionId = (String) ((List<Map<String, Object>>) row21.get("actions")).get(0).get("id");
    exchange(
        HttpRequest.PUT(
                "/api/plans/plans/" + id + "/rows/" + row21.get("id"),
                Map.of(
                    "criterionCode",
                    "2.1",
                    "target",
                    "Đạt mức 3",
                    "actions",
                    List.of(
                        Map.of(
                            "id",
                            actionId,
                            "description",
                            "Tập huấn",
                            "lead",
                            "Phó hiệu trưởng",
                            "timeline",
                            "Hằng tháng",
                            "budget",
                            "5 triệu đồng"))))
            .bearerAuth(principal()));
    exchange(
        HttpRequest.POST(
                "/api/plans/plans/" + id + "/rows/" + row21.get("id") + "/move",
                Map.of("position", 1))
            .bearerAuth(principal()));
    exchange(
        HttpRequest.DELETE("/api/plans/plans/" + id + "/rows/" + rowOf(plan, "1.1").get("id"))
            .bearerAuth(principal()));
    exchange(
        HttpRequest.POST(
                "/api/plans/plans/" + id + "/rows",
                Map.of("criterionCode", "3.1", "target", "Đạt mức 2"))
            .bearerAuth(principal()));
    exchange(
        HttpRequest.PATCH("/api/plans/plans/" + id, Map.of("place", "Mường Chà"))
            .bearerAuth(principal()));
    exchange(
        HttpRequest.POST("/api/plans/plans/" + id + "/submission", Map.of())
            .bearerAuth(principal()));

    Map<?, ?> diff =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/plans/plans/" + id + "/versions/2/diff")
                    .bearerAuth(reviewer("reviewer.dienbien")),
                Map.class);
    assertEquals(2, diff.get("version"));
    assertEquals(1, diff.get("against"));
    Map<String, Map<String, Object>> rows = new java.util.HashMap<>();
    for (Map<String, Object> r : (List<Map<String, Object>>) diff.get("rows")) {
      rows.put((String) r.get("label"), r);
    }
    assertEquals(java.util.Set.of("Tiêu chí 1.1", "Tiêu chí 2.1", "Tiêu chí 3.1"), rows.keySet());
    assertEquals("REMOVED", rows.get("Tiêu chí 1.1").get("change"));
    // 2.1 was edited and dragged to the top; 1.2 only shifted and is not listed
    assertEquals(true, rows.get("Tiêu chí 2.1").get("moved"));
    assertEquals(3, rows.get("Tiêu chí 2.1").get("fromNo"));
    assertEquals(1, rows.get("Tiêu chí 2.1").get("toNo"));
    assertEquals("ADDED", rows.get("Tiêu chí 3.1").get("change"));
    Map<String, Object> changed = rows.get("Tiêu chí 2.1");
    assertEquals("CHANGED", changed.get("change"));
    assertEquals(
        List.of(
            Map.of(
                "field",
                "target",
                "label",
                "Kết quả cần đạt",
                "before",
                "Đạt mức 2",
                "after",
                "Đạt mức 3")),
        changed.get("fields"));
    Map<String, Object> action = ((List<Map<String, Object>>) changed.get("actions")).get(0);
    assertEquals(actionId, action.get("actionId"));
    assertEquals("CHANGED", action.get("change"));
    assertEquals(
        List.of(
            Map.of(
                "field",
                "timeline",
                "label",
                "Thời gian thực hiện",
                "before",
                "Thực hiện thường xuyên",
                "after",
                "Hằng tháng")),
        action.get("fields"));
    assertEquals(
        List.of(Map.of("field", "place", "label", "Địa danh", "after", "Mường Chà")),
        diff.get("document"));
    assertEquals(Map.of("added", 1, "removed", 1, "changed", 1, "moved", 1), diff.get("summary"));

    Map<?, ?> none =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/plans/plans/" + id + "/versions/2/diff?against=2")
                    .bearerAuth(principal()),
                Map.class);
    assertTrue(((List<?>) none.get("rows")).isEmpty());
    Map<?, ?> first =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/plans/plans/" + id + "/versions/1/diff")
                    .bearerAuth(principal()),
                Map.class);
    assertEquals(3, ((Map<?, ?>) first.get("summary")).get("added"));

    HttpClientResponseException missing =
        failure(
            HttpRequest.GET("/api/plans/plans/" + id + "/versions/5/diff").bearerAuth(principal()));
    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, missing.getStatus());
    assertTrue(body(missing).contains("phiên bản 5"), body(missing));
    for (String token : List.of(reviewerHcm(), principalThanhXuong())) {
      assertEquals(
          HttpStatus.NOT_FOUND,
          failure(HttpRequest.GET("/api/plans/plans/" + id + "/versions/2/diff").bearerAuth(token))
              .getStatus());
    }
  }

  @Test
  void a_row_of_a_submitted_plan_cannot_be_replaced_and_a_missing_row_is_404() {
    String id = submitted();
    Map<?, ?> plan =
        exchange(HttpRequest.GET("/api/plans/plans/" + id).bearerAuth(principal())).body();
    String rowId = (String) rowOf(plan, "1.1").get("id");
    HttpClientResponseException locked =
        failure(
            HttpRequest.PUT(
                    "/api/plans/plans/" + id + "/rows/" + rowId,
                    Map.of("criterionCode", "1.1", "target", "x"))
                .bearerAuth(principal()));
    assertEquals(HttpStatus.CONFLICT, locked.getStatus());
    assertTrue(body(locked).contains("plan-not-editable"), body(locked));
    exchange(
        HttpRequest.POST("/api/plans/plans/" + id + "/withdrawal", Map.of())
            .bearerAuth(principal()));
    assertEquals(
        HttpStatus.NOT_FOUND,
        failure(
                HttpRequest.PUT(
                        "/api/plans/plans/" + id + "/rows/nope",
                        Map.of("criterionCode", "1.1", "target", "x"))
                    .bearerAuth(principal()))
            .getStatus());
    assertEquals(
        HttpStatus.BAD_REQUEST,
        failure(
                HttpRequest.PUT(
                        "/api/plans/plans/" + id + "/rows/" + rowId, Map.of("criterionCode", "1.1"))
                    .bearerAuth(principal()))
            .getStatus());
  }

  // --------------------------------------------------------------------------- review as it goes

  @Test
  @SuppressWarnings("unchecked")
  void a_reviewer_saves_a_review_draft_returns_from_it_and_only_the_marked_rows_reopen() {
    String id = draftWithRow(); // 1.1
    exchange(
        HttpRequest.POST(
                "/api/plans/plans/" + id + "/rows",
                Map.of("criterionCode", "1.2", "target", "Đạt mức 2"))
            .bearerAuth(principal()));
    exchange(
        HttpRequest.POST("/api/plans/plans/" + id + "/submission", Map.of())
            .bearerAuth(principal()));
    Map<?, ?> plan =
        exchange(HttpRequest.GET("/api/plans/plans/" + id).bearerAuth(principal())).body();
    String row11 = (String) rowOf(plan, "1.1").get("id");
    String row12 = (String) rowOf(plan, "1.2").get("id");
    String reviewer = reviewer("reviewer.dienbien");

    HttpClientResponseException noDraft =
        failure(
            HttpRequest.POST("/api/plans/plans/" + id + "/return", Map.of("useDraft", true))
                .bearerAuth(reviewer));
    assertEquals(HttpStatus.CONFLICT, noDraft.getStatus());
    assertTrue(body(noDraft).contains("no-review-draft"), body(noDraft));

    Map<String, Object> review =
        Map.of(
            "comment", "Cần làm rõ mục tiêu.",
            "sections",
                List.of(
                    Map.of(
                        "section",
                        "PURPOSES",
                        "verdict",
                        "CAN_CHINH_SUA",
                        "comment",
                        "Nêu chỉ tiêu đo được"),
                    Map.of("section", "CONTENT", "verdict", "DAT")),
            "rows",
                List.of(
                    Map.of("rowId", row11, "verdict", "DAT"),
                    Map.of(
                        "rowId",
                        row12,
                        "verdict",
                        "CAN_CHINH_SUA",
                        "comment",
                        "Bổ sung công việc")));
    Map<?, ?> saved =
        exchange(HttpRequest.PUT("/api/plans/plans/" + id + "/review", review).bearerAuth(reviewer))
            .body();
    assertEquals("DRAFT", saved.get("status"));
    assertEquals(
        "Cần làm rõ mục tiêu.\nI. Mục đích, yêu cầu: cần chỉnh sửa – Nêu chỉ tiêu đo được",
        saved.get("returnReason"));
    Map<?, ?> reread =
        exchange(HttpRequest.GET("/api/plans/plans/" + id + "/review").bearerAuth(reviewer)).body();
    assertEquals(
        "cần chỉnh sửa",
        ((List<Map<String, Object>>) reread.get("sections")).get(0).get("verdictLabel"));
    assertEquals("SUBMITTED", db.string("SELECT status FROM plan WHERE id = ?", id));

    Map<?, ?> returned =
        exchange(
                HttpRequest.POST("/api/plans/plans/" + id + "/return", Map.of("useDraft", true))
                    .bearerAuth(reviewer))
            .body();
    assertEquals("RETURNED", returned.get("status"));
    Map<String, Object> transition = audit(id, principal()).get(2);
    assertTrue(
        ((String) transition.get("comment")).contains("I. Mục đích, yêu cầu: cần chỉnh sửa"));

    // the school reads the decided review; row 1.1 was accepted and is not reopened
    Map<?, ?> decided =
        exchange(HttpRequest.GET("/api/plans/plans/" + id + "/review").bearerAuth(principal()))
            .body();
    assertEquals("DECIDED", decided.get("status"));
    HttpClientResponseException accepted =
        failure(
            HttpRequest.DELETE("/api/plans/plans/" + id + "/rows/" + row11)
                .bearerAuth(principal()));
    assertEquals(HttpStatus.CONFLICT, accepted.getStatus());
    assertTrue(body(accepted).contains("row-accepted"), body(accepted));
    assertTrue(body(accepted).contains("Tiêu chí 1.1"), body(accepted));
    Map<?, ?> afterReturn =
        exchange(HttpRequest.GET("/api/plans/plans/" + id).bearerAuth(principal())).body();
    assertEquals(
        "Bổ sung công việc",
        ((List<Map<String, Object>>) rowOf(afterReturn, "1.2").get("comments"))
            .get(0)
            .get("comment"));

    exchange(
        HttpRequest.PUT(
                "/api/plans/plans/" + id + "/rows/" + row12,
                Map.of(
                    "criterionCode",
                    "1.2",
                    "target",
                    "Đạt mức 2",
                    "actions",
                    List.of(Map.of("description", "Kiện toàn hội đồng", "lead", "Hiệu trưởng"))))
            .bearerAuth(principal()));
    exchange(
        HttpRequest.POST("/api/plans/plans/" + id + "/submission", Map.of())
            .bearerAuth(principal()));
    Map<?, ?> diff =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/plans/plans/" + id + "/versions/2/diff").bearerAuth(reviewer),
                Map.class);
    List<Map<String, Object>> rows = (List<Map<String, Object>>) diff.get("rows");
    assertEquals(1, rows.size());
    assertEquals(row12, rows.get(0).get("rowId"));
    assertEquals(
        "ADDED", ((List<Map<String, Object>>) rows.get(0).get("actions")).get(0).get("change"));
  }

  @Test
  void a_review_draft_is_refused_with_clear_problems() {
    String id = submitted();
    String reviewer = reviewer("reviewer.dienbien");
    HttpClientResponseException badVerdict =
        failure(
            HttpRequest.PUT(
                    "/api/plans/plans/" + id + "/review",
                    Map.of(
                        "sections", List.of(Map.of("section", "PURPOSES", "verdict", "OK")),
                        "rows", List.of(Map.of("rowId", "no-such-row", "verdict", "DAT"))))
                .bearerAuth(reviewer));
    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, badVerdict.getStatus());
    assertTrue(body(badVerdict).contains("CAN_CHINH_SUA"), body(badVerdict));

    HttpClientResponseException unknownRow =
        failure(
            HttpRequest.PUT(
                    "/api/plans/plans/" + id + "/review",
                    Map.of("rows", List.of(Map.of("rowId", "no-such-row", "verdict", "DAT"))))
                .bearerAuth(reviewer));
    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, unknownRow.getStatus());
    assertTrue(body(unknownRow).contains("no-such-row"), body(unknownRow));

    assertEquals(
        HttpStatus.FORBIDDEN,
        failure(
                HttpRequest.PUT("/api/plans/plans/" + id + "/review", Map.of("comment", "x"))
                    .bearerAuth(principal()))
            .getStatus());
    assertEquals(
        HttpStatus.NOT_FOUND,
        failure(
                HttpRequest.PUT("/api/plans/plans/" + id + "/review", Map.of("comment", "x"))
                    .bearerAuth(reviewerHcm()))
            .getStatus());
    assertEquals(
        HttpStatus.NOT_FOUND,
        failure(HttpRequest.GET("/api/plans/plans/" + id + "/review").bearerAuth(reviewerHcm()))
            .getStatus());
    String draft = draftWithRow();
    HttpClientResponseException notSubmitted =
        failure(
            HttpRequest.PUT("/api/plans/plans/" + draft + "/review", Map.of("comment", "x"))
                .bearerAuth(reviewer));
    assertEquals(HttpStatus.CONFLICT, notSubmitted.getStatus());
    assertEquals(
        0, db.count("SELECT COUNT(*) FROM plan_review WHERE plan_id IN (?, ?)", id, draft));
  }
}
