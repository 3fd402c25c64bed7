package vn.eqip.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One demo improvement plan: whose it is, for which school year, how far through the review it
 * goes, and its rows. The rows are drawn from the school's own catalog so that every target is
 * above the school's demo baseline (see {@link SelfAssessmentProfile}): for standards 1, 2, 3 and
 * 5, the first criterion with a level 3 that the school has not reached yet, aiming at level 3, and
 * one row for level-4 requirement 1.
 *
 * @param outcome how far the plan goes: DRAFT, SUBMITTED, RETURNED or APPROVED
 * @param returnedOnce an APPROVED plan that was first returned and corrected (two versions)
 */
record DemoPlan(
    SelfAssessmentProfile school,
    String reviewer,
    int startYear,
    Outcome outcome,
    boolean returnedOnce) {

  enum Outcome {
    DRAFT,
    SUBMITTED,
    RETURNED,
    APPROVED
  }

  /** A criterion of the school's catalog with its standard. */
  record Criterion(String code, int standardNo, boolean hasLevel3) {}

  /** What an action of a row will look like; {@code kind} tells the demo's progress what to do. */
  record Action(
      Kind kind, String description, String lead, String partners, String timeline, String budget) {

    Map<String, Object> body() {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("description", description);
      body.put("lead", lead);
      body.put("partners", partners);
      body.put("timeline", timeline);
      body.put("budget", budget);
      return body;
    }
  }

  /** The demo's intent for an action of the current year's approved plan. */
  enum Kind {
    DONE,
    RUNNING,
    OVERDUE,
    DUE_SOON,
    YEAR_LONG
  }

  /** A row: a criterion (or a level-4 requirement) with its target and actions. */
  record Row(String criterionCode, Integer level4No, String target, List<Action> actions) {

    Map<String, Object> body() {
      Map<String, Object> body = new LinkedHashMap<>();
      if (criterionCode != null) {
        body.put("criterionCode", criterionCode);
      } else {
        body.put("level4No", level4No);
      }
      body.put("target", target);
      body.put("actions", actions.stream().map(Action::body).toList());
      return body;
    }
  }

  String schoolYear() {
    return DemoCalendar.schoolYear(startYear);
  }

  /**
   * The rows for this plan, from the school's catalog (criteria in catalog order) and the calendar
   * of the day the demo is loaded: the first criterion below level 3 of each of (at most) four
   * standards, then level-4 requirement 1. The actions' intents follow the row order: done,
   * overdue, running, due soon (last year's plan: all done).
   */
  List<Row> rows(List<Criterion> criteria, boolean level4Available, DemoCalendar calendar) {
    boolean current = DemoCalendar.schoolYear(calendar.startYear()).equals(schoolYear());
    List<Kind> kinds = List.of(Kind.DONE, Kind.OVERDUE, Kind.RUNNING, Kind.DUE_SOON);
    List<Row> rows = new ArrayList<>();
    for (Criterion c : belowLevel3OnePerStandard(criteria)) {
      if (rows.size() == kinds.size()) {
        break;
      }
      Kind kind = kinds.get(rows.size());
      rows.add(rowFor(c, current ? kind : Kind.DONE, current, calendar));
    }
    if (level4Available) {
      rows.add(
          new Row(
              null,
              1,
              "Đáp ứng yêu cầu số 1 của Mức 4 (hiện trạng: chưa đáp ứng)",
              List.of(
                  new Action(
                      Kind.YEAR_LONG,
                      "Xây dựng và triển khai kế hoạch chiến lược đáp ứng yêu cầu số 1 của Mức 4;"
                          + " định kỳ rà soát, đánh giá mức độ đạt được",
                      "Hiệu trưởng",
                      "Hội đồng trường, các tổ chuyên môn",
                      "Trong năm học " + schoolYear(),
                      "Nguồn kinh phí ngành"))));
    }
    return rows;
  }

  /**
   * The criteria with a level 3 that the demo self-assessment did not put at level 3 (it puts the
   * first {@code level3Count} such criteria of the catalog there), the first of each standard.
   */
  private List<Criterion> belowLevel3OnePerStandard(List<Criterion> criteria) {
    List<Criterion> found = new ArrayList<>();
    java.util.Set<Integer> standards = new java.util.HashSet<>();
    int level3Seen = 0;
    for (Criterion c : criteria) {
      if (!c.hasLevel3()) {
        continue;
      }
      level3Seen++;
      if (level3Seen > school.level3Count() && standards.add(c.standardNo())) {
        found.add(c);
      }
    }
    return found;
  }

  /** A row aiming at level 3: the work suits the criterion's standard, the dates its intent. */
  private Row rowFor(Criterion criterion, Kind kind, boolean current, DemoCalendar calendar) {
    String timeline =
        switch (kind) {
          case DONE -> DemoCalendar.september(startYear);
          case OVERDUE -> calendar.lastMonth().orElse("Tháng 10/" + startYear);
          case RUNNING, YEAR_LONG -> DemoCalendar.teachingYear(startYear);
          case DUE_SOON -> current ? calendar.thisMonth() : "Tháng 12/" + startYear;
        };
    String[] work = WORK.getOrDefault(criterion.standardNo(), WORK.get(5));
    return new Row(
        criterion.code(),
        null,
        "Đạt mức 3 (hiện trạng: mức 2)",
        List.of(new Action(kind, work[0], work[1], work[2], timeline, work[3])));
  }

  /** Per standard: the work, its lead, its partners and its budget, as schools write them. */
  private static final Map<Integer, String[]> WORK =
      Map.of(
          1,
          new String[] {
            "Rà soát, điều chỉnh chiến lược phát triển nhà trường; công khai trên cổng thông tin"
                + " điện tử và bảng tin của trường",
            "Hiệu trưởng",
            "Hội đồng trường",
            "Không"
          },
          2,
          new String[] {
            "Cử giáo viên tham gia bồi dưỡng chuyên môn, nghiệp vụ; tổ chức sinh hoạt chuyên môn"
                + " theo nghiên cứu bài học mỗi tháng một lần",
            "Phó hiệu trưởng",
            "Các tổ chuyên môn",
            "15.000.000 đồng"
          },
          3,
          new String[] {
            "Sửa chữa, nâng cấp phòng học và bổ sung thiết bị dạy học tối thiểu theo danh mục của"
                + " Bộ GD&ĐT",
            "Kế toán",
            "Ban đại diện cha mẹ học sinh, UBND xã",
            "350 triệu đồng"
          },
          4,
          new String[] {
            "Phối hợp Ban đại diện cha mẹ học sinh và chính quyền địa phương huy động nguồn lực"
                + " xã hội hóa cho các hoạt động giáo dục",
            "Hiệu trưởng",
            "Ban đại diện cha mẹ học sinh",
            "Nguồn xã hội hóa"
          },
          5,
          new String[] {
            "Tổ chức các hoạt động trải nghiệm, câu lạc bộ và ngày hội đọc sách cho học sinh;"
                + " phối hợp gia đình theo dõi kết quả",
            "Tổng phụ trách Đội",
            "Giáo viên chủ nhiệm, Ban đại diện cha mẹ học sinh",
            "5.000.000 đồng"
          });

  /** The document fields a school fills before submitting (PATCH /api/plans/plans/{id}). */
  Map<String, Object> document(String schoolName) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put(
        "purposes",
        List.of(
            "Xác định rõ các tiêu chí, chỉ báo chưa đạt hoặc đạt ở mức thấp để tập trung cải"
                + " tiến trong năm học "
                + schoolYear()
                + ".",
            "Huy động mọi nguồn lực của nhà trường và địa phương để nâng cao chất lượng giáo dục,"
                + " duy trì và nâng mức đánh giá ngoài."));
    body.put(
        "legalBases",
        List.of(
            "Thông tư quy định về kiểm định chất lượng giáo dục và công nhận đạt chuẩn quốc gia"
                + " của Bộ GD&ĐT (2018).",
            "Kết quả tự đánh giá của nhà trường năm học trước."));
    body.put(
        "orientation",
        "Tập trung cải tiến các tiêu chí mức 2 còn có thể nâng lên mức 3; mỗi cán bộ, giáo"
            + " viên, nhân viên xây dựng kế hoạch cá nhân gắn với kế hoạch chung của "
            + schoolName
            + ".");
    body.put(
        "implementation",
        List.of(
            Map.of(
                "role", "Hiệu trưởng, Chủ tịch Hội đồng tự đánh giá",
                "duties", "Chỉ đạo chung, phân công nhiệm vụ, kiểm tra việc thực hiện."),
            Map.of(
                "role", "Tổ giám sát",
                "duties", "Theo dõi, báo cáo tiến độ hằng tháng với Hiệu trưởng.")));
    body.put("recipients", List.of("Phòng GD&ĐT (để báo cáo)", "Lưu: VT"));
    body.put("signerTitle", "HIỆU TRƯỞNG");
    return body;
  }
}
