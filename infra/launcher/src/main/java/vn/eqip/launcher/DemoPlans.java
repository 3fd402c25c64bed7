package vn.eqip.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the demo improvement plans through the public API, as the schools' principals and the
 * department's reviewers would: written, submitted, returned with comments, corrected, approved;
 * then, for the approved ones, progress and evidence reported by the school (the current year's
 * plan with finished, running, overdue and soon-due actions; last year's finished with results).
 *
 * <p>A school that already has a plan for the year is left alone, so a second run changes nothing.
 */
final class DemoPlans {

  private final DemoApi api;
  private final String password;
  private final PrintStream out;
  private final DemoCalendar calendar;

  DemoPlans(DemoApi api, String password, PrintStream out, DemoCalendar calendar) {
    this.api = api;
    this.password = password;
    this.out = out;
    this.calendar = calendar;
  }

  /** The demo's plans: every review state in the current year, approved plans last year. */
  static List<DemoPlan> plans(DemoCalendar calendar) {
    int now = calendar.startYear();
    SelfAssessmentProfile heMuong = DemoLoader.profile("principal.hemuong");
    SelfAssessmentProfile thanhXuong = DemoLoader.profile("principal.thanhxuong");
    return List.of(
        new DemoPlan(heMuong, "reviewer.dienbien", now - 1, DemoPlan.Outcome.APPROVED, false),
        new DemoPlan(thanhXuong, "reviewer.dienbien", now - 1, DemoPlan.Outcome.APPROVED, false),
        new DemoPlan(heMuong, "reviewer.dienbien", now, DemoPlan.Outcome.APPROVED, true),
        new DemoPlan(
            DemoLoader.profile("principal.muongmuon"),
            "reviewer.dienbien",
            now,
            DemoPlan.Outcome.RETURNED,
            false),
        new DemoPlan(
            DemoLoader.profile("principal.dinhphuoc"),
            "reviewer.hcm",
            now,
            DemoPlan.Outcome.SUBMITTED,
            false),
        new DemoPlan(
            DemoLoader.profile("principal.quan10"),
            "reviewer.hcm",
            now,
            DemoPlan.Outcome.DRAFT,
            false));
  }

  void loadAll() throws Exception {
    out.println("Demo improvement plans:");
    for (DemoPlan plan : plans(calendar)) {
      load(plan);
    }
  }

  private void load(DemoPlan demo) throws Exception {
    String principal = api.token(demo.school().username(), password);
    JsonNode school = DemoLoader.onlySchool(api, principal, demo.school().username());
    String schoolId = school.path("id").asText();
    JsonNode existing =
        api.get(
            principal,
            "/api/plans/plans?schoolId="
                + encode(schoolId)
                + "&schoolYear="
                + encode(demo.schoolYear()));
    if (!existing.path("items").isEmpty()) {
      report(demo, school, existing.path("items").get(0).path("status").asText(), "already there");
      return;
    }

    JsonNode catalog =
        api.get(principal, "/api/registry/frameworks/" + encode(school.path("framework").asText()));
    List<DemoPlan.Criterion> criteria = new ArrayList<>();
    for (JsonNode c : catalog.path("criteria")) {
      criteria.add(
          new DemoPlan.Criterion(
              c.path("code").asText(),
              c.path("standardNo").asInt(),
              c.path("hasLevel3").asBoolean()));
    }
    List<DemoPlan.Row> rows =
        demo.rows(criteria, !catalog.path("level4Requirements").isEmpty(), calendar);

    String planId =
        api.post(
                principal,
                "/api/plans/plans",
                Map.of("schoolId", schoolId, "schoolYear", demo.schoolYear()))
            .path("id")
            .asText();
    String plan = "/api/plans/plans/" + planId;
    api.patch(principal, plan, demo.document(school.path("name").asText()));
    List<String> rowIds = new ArrayList<>();
    for (DemoPlan.Row row : rows) {
      rowIds.add(api.post(principal, plan + "/rows", row.body()).path("id").asText());
    }
    if (demo.outcome() == DemoPlan.Outcome.DRAFT) {
      report(demo, school, "DRAFT", "written");
      return;
    }

    api.act(principal, plan + "/submission", null);
    String reviewer = api.token(demo.reviewer(), password);
    if (demo.outcome() == DemoPlan.Outcome.RETURNED || demo.returnedOnce()) {
      api.act(reviewer, plan + "/return", returnRequest(rowIds));
    }
    if (demo.returnedOnce()) {
      api.patch(principal, plan, correctedImplementation());
      api.act(principal, plan + "/submission", null);
    }
    if (demo.outcome() == DemoPlan.Outcome.APPROVED) {
      api.act(reviewer, plan + "/approval", null);
      reportProgress(demo, principal, planId, rows);
    }
    report(demo, school, demo.outcome().name(), "written, " + describe(demo));
  }

  private static String describe(DemoPlan demo) {
    return switch (demo.outcome()) {
      case SUBMITTED -> "submitted";
      case RETURNED -> "returned with comments";
      case APPROVED -> demo.returnedOnce() ? "returned once, approved, progress" : "approved";
      case DRAFT -> "draft";
    };
  }

  /** The reviewer's return: a general comment and one on the second row (budget to justify). */
  private static Map<String, Object> returnRequest(List<String> rowIds) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(
        "comment",
        "Đề nghị bổ sung nhiệm vụ của các tổ chuyên môn trong phần Tổ chức thực hiện và làm rõ"
            + " nguồn kinh phí.");
    if (rowIds.size() > 1) {
      body.put(
          "rowComments",
          List.of(
              Map.of(
                  "rowId",
                  rowIds.get(1),
                  "comment",
                  "Kinh phí 15.000.000 đồng lấy từ nguồn nào? Ghi rõ nguồn chi thường xuyên hay"
                      + " xã hội hóa.")));
    }
    return body;
  }

  private static Map<String, Object> correctedImplementation() {
    return Map.of(
        "implementation",
        List.of(
            Map.of(
                "role", "Hiệu trưởng, Chủ tịch Hội đồng tự đánh giá",
                "duties", "Chỉ đạo chung, phân công nhiệm vụ, kiểm tra việc thực hiện."),
            Map.of(
                "role",
                "Các tổ chuyên môn",
                "duties",
                "Xây dựng kế hoạch của tổ gắn với kế hoạch cải tiến; báo cáo kết quả hằng"
                    + " tháng."),
            Map.of(
                "role", "Tổ giám sát",
                "duties", "Theo dõi, báo cáo tiến độ hằng tháng với Hiệu trưởng.")));
  }

  /**
   * Progress on an approved plan once monitoring has made its actions trackable: last year's all
   * done with a result; this year's as their {@link DemoPlan.Kind} says, with evidence files and
   * one action led by a staff member who reports on it.
   */
  private void reportProgress(
      DemoPlan demo, String principal, String planId, List<DemoPlan.Row> rows) throws Exception {
    Map<String, DemoPlan.Action> byDescription = new HashMap<>();
    for (DemoPlan.Row row : rows) {
      for (DemoPlan.Action action : row.actions()) {
        byDescription.put(action.description(), action);
      }
    }
    JsonNode actions = trackedActions(principal, planId, byDescription.size());
    boolean current = demo.startYear() == calendar.startYear();
    for (JsonNode tracked : actions) {
      String actionPath = "/api/monitoring/actions/" + tracked.path("id").asText();
      DemoPlan.Action action = byDescription.get(tracked.path("description").asText());
      DemoPlan.Kind kind = action == null || !current ? DemoPlan.Kind.DONE : action.kind();
      switch (kind) {
        case DONE -> {
          api.act(
              principal,
              actionPath + "/progress",
              progress("DONE", 100, "Đã hoàn thành; biên bản lưu tại văn phòng.", 0));
          if (current) {
            api.upload(
                principal,
                actionPath + "/evidence",
                "bien-ban-hop-hoi-dong-truong.pdf",
                "application/pdf",
                pdf("Bien ban hop Hoi dong truong - minh chung (du lieu mau EQIP)"));
          } else {
            api.put(
                principal,
                actionPath + "/result",
                Map.of(
                    "result", "ACHIEVED",
                    "explanation", "Hoàn thành đúng tiến độ, đạt kết quả đề ra."));
          }
        }
        case RUNNING -> {
          api.put(
              principal,
              actionPath + "/lead",
              Map.of("username", "staff.hemuong", "email", "staff.hemuong@example.invalid"));
          String staff = api.token("staff.hemuong", password);
          api.act(
              staff,
              actionPath + "/progress",
              progress(
                  "IN_PROGRESS",
                  40,
                  "Đã sửa chữa 2/5 phòng học; đang chờ bổ sung thiết bị.",
                  120_000_000));
          api.upload(
              staff,
              actionPath + "/evidence",
              "nghiem-thu-phong-hoc.pdf",
              "application/pdf",
              pdf("Bien ban nghiem thu sua chua phong hoc (du lieu mau EQIP)"));
        }
        case OVERDUE ->
            api.act(
                principal,
                actionPath + "/progress",
                progress(
                    "IN_PROGRESS", 60, "Còn 2 giáo viên chưa hoàn thành bồi dưỡng.", 9_000_000));
        case YEAR_LONG ->
            api.act(
                principal,
                actionPath + "/progress",
                progress("IN_PROGRESS", 10, "Đã xây dựng dự thảo kế hoạch chiến lược.", 0));
        case DUE_SOON -> {
          // not started yet: the dashboards show it as due soon
        }
      }
    }
  }

  /** The plan's actions as monitoring tracks them, waiting for the approval event to arrive. */
  private JsonNode trackedActions(String token, String planId, int expected) throws Exception {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (true) {
      JsonNode items =
          api.get(token, "/api/monitoring/actions?planId=" + encode(planId)).path("items");
      if (items.size() >= expected) {
        return items;
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "monitoring shows "
                + items.size()
                + " of the "
                + expected
                + " actions of the approved plan "
                + planId
                + " after 60 s");
      }
      Thread.sleep(500);
    }
  }

  private static Map<String, Object> progress(
      String status, int percent, String note, long moneySpent) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", status);
    body.put("percentDone", percent);
    body.put("note", note);
    body.put("moneySpent", moneySpent);
    return body;
  }

  /** A one-page PDF with one line of (ASCII) text: a real file for the evidence store. */
  static byte[] pdf(String line) throws IOException {
    String text = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)");
    String stream = "BT /F1 14 Tf 72 760 Td (" + text + ") Tj ET";
    List<String> objects =
        List.of(
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                + " /Resources << /Font << /F1 5 0 R >> >> >>",
            "<< /Length " + stream.length() + " >>\nstream\n" + stream + "\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    pdf.write("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII));
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.size(); i++) {
      offsets.add(pdf.size());
      pdf.write(
          ((i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n")
              .getBytes(StandardCharsets.US_ASCII));
    }
    int xref = pdf.size();
    StringBuilder tail = new StringBuilder();
    tail.append("xref\n0 ").append(objects.size() + 1).append("\n0000000000 65535 f \n");
    for (int offset : offsets) {
      tail.append(String.format("%010d 00000 n \n", offset));
    }
    tail.append("trailer\n<< /Size ")
        .append(objects.size() + 1)
        .append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref)
        .append("\n%%EOF\n");
    pdf.write(tail.toString().getBytes(StandardCharsets.US_ASCII));
    return pdf.toByteArray();
  }

  private void report(DemoPlan demo, JsonNode school, String status, String what) {
    out.printf(
        "  %-9s %-22s %-40s %-9s (%s)%n",
        demo.schoolYear(), demo.school().username(), school.path("name").asText(), status, what);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
