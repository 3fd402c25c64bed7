package vn.eqip.reporting.testing;

import static vn.eqip.platform.testing.EventEnvelopes.newId;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.eqip.platform.testing.EventEnvelopes;

/**
 * Builds the plans events reporting consumes (PlanCreated/Submitted/Returned/Approved,
 * AssessmentFinished) on the shared envelope builder.
 */
public final class Events {

  private final EventEnvelopes envelopes;

  public Events(EventEnvelopes envelopes) {
    this.envelopes = envelopes;
  }

  /**
   * A plan workflow event: type PlanCreated, PlanSubmitted, PlanReturned or PlanApproved, with the
   * status it leads to.
   */
  public byte[] plan(
      String type, String tenant, String planId, String schoolId, String schoolYear, int revision) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("planId", planId);
    p.put("schoolId", schoolId);
    p.put("schoolYear", schoolYear);
    p.put(
        "status",
        switch (type) {
          case "PlanCreated" -> "DRAFT";
          case "PlanSubmitted" -> "SUBMITTED";
          case "PlanReturned" -> "RETURNED";
          case "PlanWithdrawn" -> "WITHDRAWN";
          case "PlanApproved" -> "APPROVED";
          default -> throw new IllegalArgumentException(type);
        });
    p.put("revision", revision);
    p.put("occurredAt", Instant.now().toString());
    p.put("actor", "someone");
    if (type.equals("PlanReturned")) {
      p.put("comment", "Bổ sung kinh phí cho tiêu chí 3.1");
    }
    if (type.equals("PlanApproved")) {
      p.put("rows", List.of());
    }
    return envelopes.envelope(newId(), "plans", type, tenant, planId, p);
  }

  /** A finished assessment with counts "met/total" per level 1..4. */
  public byte[] assessmentFinished(
      String tenant,
      String assessmentId,
      String schoolId,
      String schoolYear,
      String kind,
      int version,
      int[][] counts,
      int overallLevel,
      Instant finishedAt) {
    return assessmentFinished(
        tenant,
        assessmentId,
        schoolId,
        schoolYear,
        kind,
        version,
        counts,
        overallLevel,
        finishedAt,
        "TT17-2018-TH",
        null);
  }

  /**
   * A finished assessment of a framework with the level per criterion ({@code criteria} code →
   * level, in order; null: a producer that does not send criteria).
   */
  public byte[] assessmentFinished(
      String tenant,
      String assessmentId,
      String schoolId,
      String schoolYear,
      String kind,
      int version,
      int[][] counts,
      int overallLevel,
      Instant finishedAt,
      String framework,
      Map<String, Integer> criteria) {
    Map<String, Object> c = new LinkedHashMap<>();
    StringBuilder summary = new StringBuilder();
    for (int level = 1; level <= 4; level++) {
      int met = counts[level - 1][0];
      int total = counts[level - 1][1];
      c.put("level" + level, Map.of("met", met, "total", total));
      summary.append(level > 1 ? " · " : "").append("Mức ").append(level).append(": ");
      summary.append(met).append('/').append(total);
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("assessmentId", assessmentId);
    p.put("schoolId", schoolId);
    p.put("schoolYear", schoolYear);
    p.put("kind", kind);
    p.put("framework", framework);
    p.put("version", version);
    p.put("counts", c);
    p.put("overallLevel", overallLevel);
    p.put("summaryLine", summary.toString());
    p.put("finishedAt", finishedAt.toString());
    if (criteria != null) {
      p.put(
          "criteria",
          criteria.entrySet().stream()
              .map(e -> Map.of("code", e.getKey(), "level", e.getValue()))
              .toList());
      p.put("accreditationGrade", overallLevel >= 1 ? 1 : null);
      p.put("nationalStandardLevel", overallLevel >= 2 ? overallLevel - 1 : null);
    }
    return envelopes.envelope(newId(), "plans", "AssessmentFinished", tenant, assessmentId, p);
  }

  /** The profile of Hẹ Muông's plan: 27/27, 27/27, 4/19, 0/5. */
  public static int[][] heMuongProfile() {
    return new int[][] {{27, 27}, {27, 27}, {4, 19}, {0, 5}};
  }

  /**
   * A plan workflow event at a given time; {@code rows} (PlanApproved only, else null): [{rowId,
   * tier, criterionCode, target, actions: [{actionId, description, lead, budgetVnd}]}].
   */
  public byte[] plan(
      String type,
      String tenant,
      String planId,
      String schoolId,
      String schoolYear,
      int revision,
      Instant occurredAt,
      List<Map<String, Object>> rows) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("planId", planId);
    p.put("schoolId", schoolId);
    p.put("schoolYear", schoolYear);
    p.put("status", STATUS.get(type));
    p.put("revision", revision);
    p.put("occurredAt", occurredAt.toString());
    p.put("actor", "someone");
    if (rows != null) {
      p.put("rows", rows);
    }
    return envelopes.envelope(newId(), "plans", type, tenant, planId, p);
  }

  private static final Map<String, String> STATUS =
      Map.of(
          "PlanCreated", "DRAFT",
          "PlanSubmitted", "SUBMITTED",
          "PlanReturned", "RETURNED",
          "PlanWithdrawn", "WITHDRAWN",
          "PlanApproved", "APPROVED",
          "PlanAmendmentStarted", "DRAFT",
          "PlanAmendmentDiscarded", "APPROVED",
          "PlanApprovalStepPassed", "SUBMITTED");

  /**
   * A plan workflow event of issue 5's contract: as {@link #plan(String, String, String, String,
   * String, int, Instant, List)} plus the optional fields {@code amendment}, {@code
   * approvedVersion}, {@code approvalStep}, {@code approvalSteps} (null: left out, as in older
   * events). Types also PlanAmendmentStarted, PlanAmendmentDiscarded, PlanApprovalStepPassed.
   */
  public byte[] plan(
      String type,
      String tenant,
      String planId,
      String schoolId,
      String schoolYear,
      int revision,
      Instant occurredAt,
      List<Map<String, Object>> rows,
      Boolean amendment,
      Integer approvedVersion,
      Integer approvalStep,
      Integer approvalSteps) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("planId", planId);
    p.put("schoolId", schoolId);
    p.put("schoolYear", schoolYear);
    p.put("status", STATUS.get(type));
    p.put("revision", revision);
    p.put("occurredAt", occurredAt.toString());
    p.put("actor", "someone");
    if (type.equals("PlanApprovalStepPassed")) {
      p.put("comment", "Phòng GD&ĐT đã duyệt");
    }
    if (rows != null) {
      p.put("rows", rows);
    }
    putIfPresent(p, "amendment", amendment);
    putIfPresent(p, "approvedVersion", approvedVersion);
    putIfPresent(p, "approvalStep", approvalStep);
    putIfPresent(p, "approvalSteps", approvalSteps);
    return envelopes.envelope(newId(), "plans", type, tenant, planId, p);
  }

  private static void putIfPresent(Map<String, Object> p, String field, Object value) {
    if (value != null) {
      p.put(field, value);
    }
  }

  /** A row of an approved plan with actions given in full ({@link #action}). */
  public static Map<String, Object> rowOf(String criterionCode, List<Map<String, Object>> actions) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("rowId", java.util.UUID.randomUUID().toString());
    r.put("tier", "LEVEL");
    r.put("criterionCode", criterionCode);
    r.put("target", "Đạt Mức 2");
    r.put("actions", actions);
    return r;
  }

  /**
   * An action of an approved plan with its budget (null: none) and end date (ISO, null: none), as
   * plans-service sends it since issue 5.
   */
  public static Map<String, Object> action(String actionId, Long budgetVnd, String timelineEnd) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("actionId", actionId);
    a.put("description", "Hoạt động " + actionId.substring(0, Math.min(8, actionId.length())));
    a.put("lead", "Hiệu trưởng");
    a.put("timeline", timelineEnd == null ? "Cả năm học" : "Đến " + timelineEnd);
    a.put("budget", budgetVnd == null ? null : budgetVnd + " đồng");
    a.put("budgetVnd", budgetVnd);
    a.put("timelineEnd", timelineEnd);
    a.put("recurring", timelineEnd == null);
    return a;
  }

  /** A row of an approved plan with its actions (actionId → budgetVnd, null: no budget). */
  public static Map<String, Object> row(String criterionCode, Map<String, Long> actions) {
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("rowId", java.util.UUID.randomUUID().toString());
    r.put("tier", "LEVEL");
    r.put("criterionCode", criterionCode);
    r.put("target", "Đạt Mức 2");
    r.put(
        "actions",
        actions.entrySet().stream()
            .map(
                e -> {
                  Map<String, Object> a = new LinkedHashMap<>();
                  a.put("actionId", e.getKey());
                  a.put("description", "Hoạt động " + e.getKey());
                  a.put("lead", "Hiệu trưởng");
                  a.put("budget", e.getValue() == null ? null : e.getValue() + " đồng");
                  a.put("budgetVnd", e.getValue());
                  return a;
                })
            .toList());
    return r;
  }

  /** registry.SchoolYearOpened.v1 or SchoolYearClosed.v1 (type) of a year with its deadline. */
  public byte[] schoolYear(String type, String tenant, String schoolYear, String deadline) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("schoolYear", schoolYear);
    p.put("submissionDeadline", deadline);
    p.put("progressReportDates", List.of());
    p.put("status", type.equals("SchoolYearClosed") ? "CLOSED" : "OPEN");
    return envelopes.envelope(newId(), "registry", type, tenant, schoolYear, p);
  }

  /** monitoring.ActionProgressReported.v1. */
  public byte[] progress(
      String tenant,
      String actionId,
      String planId,
      String schoolId,
      String status,
      int percentDone,
      long moneySpent,
      Instant reportedAt) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("actionId", actionId);
    p.put("planId", planId);
    p.put("schoolId", schoolId);
    p.put("status", status);
    p.put("percentDone", percentDone);
    p.put("reportedAt", reportedAt.toString());
    p.put("moneySpent", moneySpent);
    return envelopes.envelope(newId(), "monitoring", "ActionProgressReported", tenant, actionId, p);
  }
}
