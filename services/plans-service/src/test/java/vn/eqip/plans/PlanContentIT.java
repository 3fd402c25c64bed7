package vn.eqip.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.plans.testing.SchoolRegistryStub.DIENBIEN_ROOT;
import static vn.eqip.plans.testing.SchoolRegistryStub.HEMUONG;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plan's content through HTTP on the real database: budgets and timelines read beside their
 * texts, the linter, submission blocked by errors, rows removed and moved, and the read values in
 * the PlanApproved event.
 */
@MicronautTest(transactional = false)
class PlanContentIT extends vn.eqip.plans.testing.PlansITSupport {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject JdbcOperations jdbc;

  @Inject io.micronaut.transaction.TransactionOperations<java.sql.Connection> tx;

  @Override
  protected String serviceName() {
    return "plans";
  }

  String principal() {
    return tokens.token("principal.hemuong", "dienbien", HEMUONG, "principal");
  }

  String reviewer() {
    return tokens.token("reviewer.dienbien", "dienbien", DIENBIEN_ROOT, "reviewer");
  }

  Map<?, ?> post(String path, Object body, String token) {
    return http.toBlocking().retrieve(HttpRequest.POST(path, body).bearerAuth(token), Map.class);
  }

  Map<?, ?> get(String path, String token) {
    return http.toBlocking().retrieve(HttpRequest.GET(path).bearerAuth(token), Map.class);
  }

  HttpClientResponseException failure(MutableHttpRequest<?> request) {
    return assertThrows(
        HttpClientResponseException.class, () -> http.toBlocking().exchange(request, Map.class));
  }

  String plan(String schoolYear) {
    return (String)
        post("/api/plans/plans", Map.of("schoolId", HEMUONG, "schoolYear", schoolYear), principal())
            .get("id");
  }

  Map<?, ?> addRow(String planId, String criterion, String target, String timeline, String budget) {
    return post(
        "/api/plans/plans/" + planId + "/rows",
        Map.of(
            "criterionCode",
            criterion,
            "target",
            target,
            "actions",
            List.of(
                Map.of(
                    "description",
                    "Làm sân, cổng trường và hàng rào",
                    "lead",
                    "Hiệu trưởng",
                    "timeline",
                    timeline,
                    "budget",
                    budget))),
        principal());
  }

  @Test
  void budgets_and_timelines_are_read_and_shown_beside_the_texts_and_stored() {
    String id = plan("2023-2024");
    addRow(id, "3.1", "Đạt mức 2", "Quý 1/2024", "3 tỷ đồng");
    addRow(id, "3.3", "Đạt mức 2", "Thực hiện thường xuyên", "Nguồn kinh phí ngành");
    addRow(
        id,
        "3.6",
        "Đạt mức 2",
        "Tháng 10/2023 đến khi kết thúc năm học 2023 – 2024",
        "2.300 triệu đồng");

    List<?> rows = (List<?>) get("/api/plans/plans/" + id, principal()).get("rows");
    Map<?, ?> first = action(rows, 0);
    assertEquals("3 tỷ đồng", first.get("budget"));
    assertEquals(3_000_000_000L, ((Number) first.get("budgetVnd")).longValue());
    assertEquals("Quý 1/2024", first.get("timeline"));
    assertEquals("2024-01-01", first.get("timelineStart"));
    assertEquals("2024-03-31", first.get("timelineEnd"));
    assertEquals(false, first.get("recurring"));
    Map<?, ?> second = action(rows, 1);
    assertNull(second.get("budgetVnd"));
    assertEquals("Nguồn kinh phí ngành", second.get("budgetSource"));
    assertEquals(true, second.get("recurring"));
    assertEquals("2024-05-31", action(rows, 2).get("timelineEnd"));

    assertEquals(
        List.of("3000000000", "2300000000"),
        strings(
            "SELECT a.budget_vnd FROM plan_action a JOIN plan_row r ON r.id = a.row_id"
                + " WHERE r.plan_id = '"
                + id
                + "' AND a.budget_vnd IS NOT NULL ORDER BY r.position"));
    assertEquals(
        List.of("2023-10-01"),
        strings(
            "SELECT a.timeline_start FROM plan_action a JOIN plan_row r ON r.id = a.row_id"
                + " WHERE r.plan_id = '"
                + id
                + "' AND r.criterion_code = '3.6'"));
  }

  @Test
  void the_linter_names_each_mistake_and_blocks_submission_until_it_is_fixed() {
    String id = plan("2024-2025");
    addRow(id, "3.1", "Đạt mức 2", "Quý 1/2025", "350 triệu đồng");
    Map<?, ?> bad = addRow(id, "5.3", "Đạt mức 3", "Từ năm học 2013-2024", "Nhiều");
    String badRow = (String) bad.get("id");

    Map<?, ?> lint = get("/api/plans/plans/" + id + "/lint", reviewer());
    List<?> errors = (List<?>) lint.get("errors");
    assertEquals(
        List.of("school-year-invalid", "budget-unreadable"),
        errors.stream().map(e -> ((Map<?, ?>) e).get("code")).toList());
    Map<?, ?> firstError = (Map<?, ?>) errors.get(0);
    assertEquals(badRow, firstError.get("rowId"));
    assertEquals(2, firstError.get("rowNo"));
    assertTrue(
        ((String) firstError.get("message")).startsWith("Dòng 2 (Tiêu chí 5.3): "),
        firstError.toString());

    HttpClientResponseException refused =
        failure(
            HttpRequest.POST("/api/plans/plans/" + id + "/submission", Map.of())
                .bearerAuth(principal()));
    assertEquals(HttpStatus.CONFLICT, refused.getStatus());
    String problem = refused.getResponse().getBody(String.class).orElse("");
    assertTrue(problem.contains("plan-has-errors"), problem);
    assertTrue(problem.contains("Dòng 2 (Tiêu chí 5.3)"), problem);
    assertEquals("DRAFT", get("/api/plans/plans/" + id, principal()).get("status"));

    http.toBlocking()
        .exchange(
            HttpRequest.DELETE("/api/plans/plans/" + id + "/rows/" + badRow)
                .bearerAuth(principal()),
            Map.class);
    assertEquals(List.of(), get("/api/plans/plans/" + id + "/lint", principal()).get("errors"));
    assertEquals(
        "SUBMITTED",
        post("/api/plans/plans/" + id + "/submission", Map.of(), principal()).get("status"));
  }

  @Test
  void a_moved_row_takes_its_new_number_and_the_others_follow() {
    String id = plan("2025-2026");
    addRow(id, "3.1", "Đạt mức 2", "Quý 1/2026", "Không");
    addRow(id, "3.2", "Đạt mức 2", "Quý 1/2026", "Không");
    String third = (String) addRow(id, "3.3", "Đạt mức 2", "Quý 1/2026", "Không").get("id");

    Map<?, ?> moved =
        post(
            "/api/plans/plans/" + id + "/rows/" + third + "/move",
            Map.of("position", 1),
            principal());

    List<?> rows = (List<?>) moved.get("rows");
    assertEquals(
        List.of("3.3", "3.1", "3.2"),
        rows.stream().map(r -> ((Map<?, ?>) r).get("criterionCode")).toList());
    assertEquals(List.of(1, 2, 3), rows.stream().map(r -> ((Map<?, ?>) r).get("no")).toList());
    assertEquals(
        List.of("3.3", "3.1", "3.2"),
        ((List<?>) get("/api/plans/plans/" + id, principal()).get("rows"))
            .stream().map(r -> ((Map<?, ?>) r).get("criterionCode")).toList());
  }

  @Test
  void the_approved_plan_event_carries_the_read_budgets_and_dates_beside_the_texts() {
    String id = plan("2026-2027");
    addRow(id, "3.1", "Đạt mức 2", "Từ 8/2026 đến 5/2027", "35.000.000 đồng");
    post("/api/plans/plans/" + id + "/submission", Map.of(), principal());
    post("/api/plans/plans/" + id + "/approval", Map.of(), reviewer());

    String approved =
        strings(
                "SELECT payload FROM outbox_event WHERE aggregate_id = '"
                    + id
                    + "' AND event_type = 'PlanApproved'")
            .get(0);
    assertTrue(approved.contains("\"budget\":\"35.000.000 đồng\""), approved);
    assertTrue(approved.contains("\"budgetVnd\":35000000"), approved);
    assertTrue(approved.contains("\"timelineStart\":\"2026-08-01\""), approved);
    assertTrue(approved.contains("\"timelineEnd\":\"2027-05-31\""), approved);
    assertTrue(approved.contains("\"recurring\":false"), approved);
  }

  @Test
  void the_document_fields_are_edited_while_a_draft_and_the_number_is_given_on_first_submission() {
    String id = plan("2027-2028");
    addRow(id, "3.1", "Đạt mức 2", "Quý 1/2028", "Không");

    Map<?, ?> edited =
        http.toBlocking()
            .retrieve(
                HttpRequest.PATCH(
                        "/api/plans/plans/" + id,
                        Map.of(
                            "superiorBody", "UBND HUYỆN ĐIỆN BIÊN",
                            "place", "Hẹ Muông",
                            "issuedOn", "2027-09-09",
                            "purposes",
                                List.of(
                                    "Thực hiện trong năm học 2027-2028",
                                    "Kế hoạch phải cụ thể, khả thi"),
                            "implementation",
                                List.of(
                                    Map.of(
                                        "role",
                                        "Hiệu trưởng",
                                        "duties",
                                        "Chủ tịch Hội đồng tự đánh giá")),
                            "recipients", List.of("Phòng GD&ĐT", "Lưu: VT"),
                            "signerTitle", "HIỆU TRƯỞNG",
                            "signerName", "Lò Văn A"))
                    .bearerAuth(principal()),
                Map.class);
    Map<?, ?> document = (Map<?, ?>) edited.get("document");
    assertEquals("Hẹ Muông", document.get("place"));
    assertEquals("2027-09-09", document.get("issuedOn"));
    assertEquals("Kế hoạch cải tiến chất lượng giáo dục", document.get("title"));
    assertEquals(2, ((List<?>) document.get("purposes")).size());
    assertNull(edited.get("documentNumber"));

    http.toBlocking()
        .retrieve(
            HttpRequest.PATCH("/api/plans/plans/" + id, Map.of("signerName", "Lò Văn B"))
                .bearerAuth(principal()),
            Map.class);
    Map<?, ?> reread = (Map<?, ?>) get("/api/plans/plans/" + id, principal()).get("document");
    assertEquals("Lò Văn B", reread.get("signerName"));
    assertEquals("Hẹ Muông", reread.get("place"), "fields left out are unchanged");

    Map<?, ?> submitted = post("/api/plans/plans/" + id + "/submission", Map.of(), principal());
    String number = (String) submitted.get("documentNumber");
    assertTrue(number.matches("\\d+/KH-PTDTBTTHXHM"), number);

    HttpClientResponseException locked =
        failure(
            HttpRequest.PATCH("/api/plans/plans/" + id, Map.of("place", "Điện Biên"))
                .bearerAuth(principal()));
    assertEquals(HttpStatus.CONFLICT, locked.getStatus());

    post("/api/plans/plans/" + id + "/return", Map.of("comment", "Bổ sung kinh phí"), reviewer());
    Map<?, ?> resubmitted = post("/api/plans/plans/" + id + "/submission", Map.of(), principal());
    assertEquals(number, resubmitted.get("documentNumber"), "a resubmission keeps its number");
  }

  @Test
  void plans_of_one_school_are_numbered_one_after_another_in_a_year() {
    String first = plan("2028-2029");
    String second = plan("2029-2030");
    addRow(first, "3.1", "Đạt mức 2", "Năm 2029", "Không");
    addRow(second, "3.1", "Đạt mức 2", "Năm 2030", "Không");
    http.toBlocking()
        .retrieve(
            HttpRequest.PATCH("/api/plans/plans/" + second, Map.of("abbreviation", "THHM"))
                .bearerAuth(principal()),
            Map.class);

    String a =
        (String)
            post("/api/plans/plans/" + first + "/submission", Map.of(), principal())
                .get("documentNumber");
    String b =
        (String)
            post("/api/plans/plans/" + second + "/submission", Map.of(), principal())
                .get("documentNumber");

    int n = Integer.parseInt(a.substring(0, a.indexOf('/')));
    assertEquals((n + 1) + "/KH-THHM", b);
  }

  @Test
  void a_wrong_school_year_in_the_purposes_blocks_submission() {
    String id = plan("2030-2031");
    addRow(id, "3.1", "Đạt mức 2", "Năm 2031", "Không");
    http.toBlocking()
        .retrieve(
            HttpRequest.PATCH(
                    "/api/plans/plans/" + id,
                    Map.of("purposes", List.of("Thực hiện trong năm học 2003-2031")))
                .bearerAuth(principal()),
            Map.class);

    Map<?, ?> lint = get("/api/plans/plans/" + id + "/lint", principal());
    Map<?, ?> error = (Map<?, ?>) ((List<?>) lint.get("errors")).get(0);
    assertEquals("school-year-invalid", error.get("code"));
    assertEquals(0, error.get("rowNo"));
    assertTrue(((String) error.get("message")).startsWith("Mục đích 1:"), error.toString());
    assertEquals(
        HttpStatus.CONFLICT,
        failure(
                HttpRequest.POST("/api/plans/plans/" + id + "/submission", Map.of())
                    .bearerAuth(principal()))
            .getStatus());
  }

  @Test
  void every_submission_is_kept_as_a_version_and_row_comments_come_back_with_the_rows() {
    String id = plan("2031-2032");
    String row = (String) addRow(id, "3.1", "Đạt mức 2", "Quý 1/2032", "Nhiều tiền").get("id");
    http.toBlocking()
        .exchange(
            HttpRequest.DELETE("/api/plans/plans/" + id + "/rows/" + row).bearerAuth(principal()),
            Map.class);
    row = (String) addRow(id, "3.1", "Đạt mức 2", "Quý 1/2032", "350 triệu đồng").get("id");
    post("/api/plans/plans/" + id + "/submission", Map.of(), principal());

    HttpClientResponseException unknownRow =
        failure(
            HttpRequest.POST(
                    "/api/plans/plans/" + id + "/return",
                    Map.of(
                        "comment",
                        "Sửa",
                        "rowComments",
                        List.of(Map.of("rowId", "no-such-row", "comment", "?"))))
                .bearerAuth(reviewer()));
    assertEquals(HttpStatus.CONFLICT, unknownRow.getStatus());

    post(
        "/api/plans/plans/" + id + "/return",
        Map.of(
            "comment",
            "Bổ sung nguồn kinh phí",
            "rowComments",
            List.of(Map.of("rowId", row, "comment", "Ghi rõ nguồn kinh phí"))),
        reviewer());
    Map<?, ?> returned = get("/api/plans/plans/" + id, principal());
    List<?> comments =
        (List<?>) ((Map<?, ?>) ((List<?>) returned.get("rows")).get(0)).get("comments");
    assertEquals(1, comments.size());
    assertEquals("Ghi rõ nguồn kinh phí", ((Map<?, ?>) comments.get(0)).get("comment"));
    assertEquals("reviewer.dienbien", ((Map<?, ?>) comments.get(0)).get("by"));
    String event =
        strings(
                "SELECT payload FROM outbox_event WHERE aggregate_id = '"
                    + id
                    + "' AND event_type = 'PlanReturned'")
            .get(0);
    assertTrue(event.contains("\"rowComments\""), event);
    assertTrue(event.contains("Ghi rõ nguồn kinh phí"), event);

    addRow(id, "3.2", "Đạt mức 2", "Quý 2/2032", "Không");
    post("/api/plans/plans/" + id + "/submission", Map.of(), principal());

    List<?> versions =
        (List<?>) get("/api/plans/plans/" + id + "/versions", reviewer()).get("items");
    assertEquals(2, versions.size());
    Map<?, ?> first = (Map<?, ?>) versions.get(0);
    Map<?, ?> second = (Map<?, ?>) versions.get(1);
    assertEquals(1, first.get("version"));
    assertEquals(1, ((List<?>) first.get("rows")).size(), "the first version is not changed");
    assertEquals(2, second.get("version"));
    assertEquals(2, ((List<?>) second.get("rows")).size());
    assertEquals("principal.hemuong", second.get("submittedBy"));
    assertEquals(first.get("documentNumber"), second.get("documentNumber"));
    assertEquals(
        350_000_000L,
        ((Number) action((List<?>) first.get("rows"), 0).get("budgetVnd")).longValue());
  }

  static Map<?, ?> action(List<?> rows, int row) {
    return (Map<?, ?>) ((List<?>) ((Map<?, ?>) rows.get(row)).get("actions")).get(0);
  }

  List<String> strings(String sql) {
    return tx.executeRead(
        status ->
            jdbc.prepareStatement(
                sql,
                s -> {
                  try (ResultSet rs = s.executeQuery()) {
                    List<String> values = new ArrayList<>();
                    while (rs.next()) {
                      values.add(rs.getString(1));
                    }
                    return values;
                  } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                  }
                }));
  }
}
