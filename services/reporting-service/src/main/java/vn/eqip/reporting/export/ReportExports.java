package vn.eqip.reporting.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.ReadOnly;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.reporting.attainment.AttainmentView;
import vn.eqip.reporting.attainment.Attainments;
import vn.eqip.reporting.heatmap.HeatmapView;
import vn.eqip.reporting.heatmap.Heatmaps;
import vn.eqip.reporting.progress.Progress;
import vn.eqip.reporting.progress.ProgressView;
import vn.eqip.reporting.rollup.RollupView;
import vn.eqip.reporting.rollup.Rollups;
import vn.eqip.reporting.scope.ReportScope;
import vn.eqip.reporting.scope.ReportScopes;
import vn.eqip.reporting.submission.SubmissionView;
import vn.eqip.reporting.submission.Submissions;
import vn.eqip.reporting.yearoveryear.Movement;
import vn.eqip.reporting.yearoveryear.YearOverYearView;
import vn.eqip.reporting.yearoveryear.YearOverYears;

/**
 * The reports as Excel files: the same figures as the JSON reports (built by the same services, so
 * the same scope checks), laid out by {@link XlsxReport}.
 */
@Singleton
public class ReportExports {

  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final String TOTAL = "Tổng cộng";
  static final String YES = "Có";

  static final List<XlsxColumn> ROLLUP_COLUMNS =
      List.of(
          XlsxColumn.integer("STT", 6, new XlsxColumn.Label(TOTAL)),
          XlsxColumn.text("Mã trường", 12),
          XlsxColumn.text("Tên trường", 40, new XlsxColumn.CountA()),
          XlsxColumn.text("Cấp học", 12),
          XlsxColumn.text("Đơn vị quản lý", 30),
          XlsxColumn.text("Kế hoạch", 18, new XlsxColumn.CountIf("Đã phê duyệt")),
          XlsxColumn.text("Năm học đánh giá", 12),
          XlsxColumn.text("Kết quả tự đánh giá", 44),
          XlsxColumn.integer("Mức đạt", 9, new XlsxColumn.None()),
          XlsxColumn.integer("Mức 3: số tiêu chí đạt", 12, new XlsxColumn.Sum()),
          XlsxColumn.integer("Mức 3: số tiêu chí", 12, new XlsxColumn.Sum()),
          XlsxColumn.percent("Tỷ lệ đạt Mức 3", 12, new XlsxColumn.Ratio(9, 10)));

  static final List<XlsxColumn> ATTAINMENT_COLUMNS =
      List.of(
          XlsxColumn.integer("Xếp hạng", 9, new XlsxColumn.Label(TOTAL)),
          XlsxColumn.text("Mã trường", 12),
          XlsxColumn.text("Tên trường", 40, new XlsxColumn.CountA()),
          XlsxColumn.text("Cấp học", 12),
          XlsxColumn.text("Đơn vị quản lý", 30),
          XlsxColumn.text("Năm học đánh giá", 12, new XlsxColumn.CountA()),
          XlsxColumn.text("Kết quả tự đánh giá", 44),
          XlsxColumn.integer("Mức đạt", 9, new XlsxColumn.None()),
          XlsxColumn.integer("Mức 2: số tiêu chí đạt", 12, new XlsxColumn.Sum()),
          XlsxColumn.integer("Mức 2: số tiêu chí", 12, new XlsxColumn.Sum()),
          XlsxColumn.integer("Mức 3: số tiêu chí đạt", 12, new XlsxColumn.Sum()),
          XlsxColumn.integer("Mức 3: số tiêu chí", 12, new XlsxColumn.Sum()),
          XlsxColumn.percent("Tỷ lệ đạt Mức 3", 12, new XlsxColumn.Ratio(10, 11)),
          XlsxColumn.text("Đạt mọi tiêu chí Mức 2", 14, new XlsxColumn.CountIf(YES)));

  static final List<XlsxColumn> SUBMISSION_COLUMNS =
      List.of(
          XlsxColumn.integer("STT", 6, new XlsxColumn.Label(TOTAL)),
          XlsxColumn.text("Mã trường", 12),
          XlsxColumn.text("Tên trường", 40, new XlsxColumn.CountA()),
          XlsxColumn.text("Cấp học", 12),
          XlsxColumn.text("Đơn vị quản lý", 30),
          XlsxColumn.text("Kế hoạch", 18, new XlsxColumn.CountIf("Đã phê duyệt")),
          XlsxColumn.text("Ngày nộp lần đầu", 14, new XlsxColumn.CountA()),
          XlsxColumn.text("Ngày phê duyệt", 14, new XlsxColumn.CountA()),
          XlsxColumn.text("Nộp muộn", 10, new XlsxColumn.CountIf(YES)),
          XlsxColumn.text("Ghi chú", 40));

  static final List<XlsxColumn> CRITERIA_COLUMNS =
      List.of(
          XlsxColumn.integer("STT", 6, new XlsxColumn.Label(TOTAL)),
          XlsxColumn.text("Tiêu chí", 10, new XlsxColumn.CountA()),
          XlsxColumn.integer("Số trường được đánh giá", 12, new XlsxColumn.Sum()),
          XlsxColumn.decimal("Mức trung bình", 10, new XlsxColumn.WeightedMean(2)),
          XlsxColumn.integer("Chưa đạt Mức 1: số trường", 12, new XlsxColumn.Sum()),
          XlsxColumn.percent("Chưa đạt Mức 1: tỷ lệ", 11, new XlsxColumn.Ratio(4, 2)),
          XlsxColumn.integer("Mức 1: số trường", 11, new XlsxColumn.Sum()),
          XlsxColumn.percent("Mức 1: tỷ lệ", 11, new XlsxColumn.Ratio(6, 2)),
          XlsxColumn.integer("Mức 2: số trường", 11, new XlsxColumn.Sum()),
          XlsxColumn.percent("Mức 2: tỷ lệ", 11, new XlsxColumn.Ratio(8, 2)),
          XlsxColumn.integer("Mức 3: số trường", 11, new XlsxColumn.Sum()),
          XlsxColumn.percent("Mức 3: tỷ lệ", 11, new XlsxColumn.Ratio(10, 2)));

  static final List<XlsxColumn> PROGRESS_COLUMNS =
      List.of(
          XlsxColumn.integer("STT", 6, new XlsxColumn.Label(TOTAL)),
          XlsxColumn.text("Mã trường", 12),
          XlsxColumn.text("Tên trường", 40, new XlsxColumn.CountA()),
          XlsxColumn.text("Cấp học", 12),
          XlsxColumn.text("Đơn vị quản lý", 30),
          XlsxColumn.integer("Số hoạt động", 10, new XlsxColumn.Sum()),
          XlsxColumn.integer("Đã hoàn thành", 11, new XlsxColumn.Sum()),
          XlsxColumn.percent("Tỷ lệ hoạt động hoàn thành", 12, new XlsxColumn.Ratio(6, 5)),
          XlsxColumn.percent("Tiến độ bình quân", 11, new XlsxColumn.WeightedMean(5)),
          XlsxColumn.integer("Kinh phí kế hoạch (đồng)", 18, new XlsxColumn.Sum()),
          XlsxColumn.integer("Hoạt động chưa ghi kinh phí", 12, new XlsxColumn.Sum()),
          XlsxColumn.integer("Đã chi (đồng)", 18, new XlsxColumn.Sum()),
          XlsxColumn.percent("Tỷ lệ giải ngân", 11, new XlsxColumn.Ratio(11, 9)),
          XlsxColumn.integer("Hoạt động quá hạn", 11, new XlsxColumn.Sum()));

  private final ReportScopes scopes;
  private final OrgUnitNames names;
  private final Rollups rollups;
  private final Attainments attainments;
  private final Submissions submissions;
  private final Heatmaps heatmaps;
  private final Progress progress;
  private final YearOverYears yearOverYears;

  public ReportExports(
      ReportScopes scopes,
      OrgUnitNames names,
      Rollups rollups,
      Attainments attainments,
      Submissions submissions,
      Heatmaps heatmaps,
      Progress progress,
      YearOverYears yearOverYears) {
    this.yearOverYears = yearOverYears;
    this.heatmaps = heatmaps;
    this.progress = progress;
    this.scopes = scopes;
    this.names = names;
    this.rollups = rollups;
    this.attainments = attainments;
    this.submissions = submissions;
  }

  @ReadOnly
  public byte[] submissions(
      Caller caller, @Nullable String schoolYear, @Nullable String orgUnitId) {
    SubmissionView view = submissions.submissions(caller, schoolYear, orgUnitId);
    Map<String, String> unitNames = unitNames(caller, view.schoolYear(), view.orgUnitId());
    String subtitle = subtitle(unitNames, view.orgUnitId(), view.schoolYear());
    if (view.submissionDeadline() != null) {
      subtitle += " · Hạn nộp: " + LocalDate.parse(view.submissionDeadline()).format(DATE);
    }
    try (XlsxReport xlsx =
        new XlsxReport(
            "Nộp kế hoạch",
            "TÌNH HÌNH NỘP KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
            subtitle,
            SUBMISSION_COLUMNS)) {
      int n = 0;
      for (SubmissionView.Item item : view.items()) {
        xlsx.row(
            ++n,
            item.code(),
            item.name(),
            Labels.schoolLevel(item.level()),
            unitName(unitNames, item.orgUnitId()),
            Labels.planStatus(item.status().name()),
            day(item.firstSubmittedAt()),
            day(item.approvedAt()),
            item.late() ? YES : null,
            item.note());
      }
      return bytes(xlsx);
    }
  }

  /** The criteria heat map: one row per criterion, weakest first, as in the JSON report. */
  @ReadOnly
  public byte[] criteria(
      Caller caller,
      @Nullable String schoolYear,
      @Nullable String orgUnitId,
      @Nullable String framework) {
    HeatmapView.Heatmap view = heatmaps.heatmap(caller, schoolYear, orgUnitId, framework);
    Map<String, String> unitNames = unitNames(caller, view.schoolYear(), view.orgUnitId());
    String subtitle =
        subtitle(unitNames, view.orgUnitId(), view.schoolYear())
            + " · Bộ tiêu chí: "
            + view.framework()
            + " · Số trường có kết quả: "
            + view.assessedSchools();
    try (XlsxReport xlsx =
        new XlsxReport(
            "Tiêu chí",
            "MỨC ĐẠT THEO TIÊU CHÍ (CÁC TIÊU CHÍ YẾU NHẤT TRƯỚC)",
            subtitle,
            CRITERIA_COLUMNS)) {
      int n = 0;
      for (HeatmapView.Criterion c : view.criteria()) {
        Object[] values = new Object[CRITERIA_COLUMNS.size()];
        values[0] = ++n;
        values[1] = c.code();
        values[2] = c.schools();
        values[3] = c.averageLevel();
        for (HeatmapView.LevelShare share : c.levels()) {
          values[4 + 2 * share.level()] = share.schools();
          values[5 + 2 * share.level()] = ratio(share.schools(), c.schools());
        }
        xlsx.row(values);
      }
      return bytes(xlsx);
    }
  }

  /** Progress and budget: one row per school of the subtree (schools without actions too). */
  @ReadOnly
  public byte[] progress(Caller caller, @Nullable String schoolYear, @Nullable String orgUnitId) {
    ProgressView view = progress.progress(caller, schoolYear, orgUnitId);
    Map<String, String> unitNames = unitNames(caller, view.schoolYear(), view.orgUnitId());
    try (XlsxReport xlsx =
        new XlsxReport(
            "Tiến độ",
            "TIẾN ĐỘ THỰC HIỆN VÀ KINH PHÍ KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG",
            subtitle(unitNames, view.orgUnitId(), view.schoolYear()),
            PROGRESS_COLUMNS)) {
      int n = 0;
      for (ProgressView.School school : view.schools()) {
        ProgressView.Figures f = school.figures();
        boolean any = f.actions() > 0;
        xlsx.row(
            ++n,
            school.code(),
            school.name(),
            Labels.schoolLevel(school.level()),
            unitName(unitNames, school.orgUnitId()),
            f.actions(),
            f.done(),
            any ? ratio(f.done(), f.actions()) : null,
            f.percentDone() == null ? null : f.percentDone().doubleValue() / 100,
            f.budgetPlanned(),
            f.withoutBudget(),
            f.moneySpent(),
            f.budgetPlanned() == 0 ? null : (double) f.moneySpent() / f.budgetPlanned(),
            f.overdue());
      }
      return bytes(xlsx);
    }
  }

  /** The columns of the year-over-year sheet; their headers name the two years. */
  static List<XlsxColumn> yearOverYearColumns(String from, String to) {
    return List.of(
        XlsxColumn.integer("STT", 6, new XlsxColumn.Label(TOTAL)),
        XlsxColumn.text("Mã trường", 12),
        XlsxColumn.text("Tên trường", 40, new XlsxColumn.CountA()),
        XlsxColumn.text("Cấp học", 12),
        XlsxColumn.text("Đơn vị quản lý", 30),
        XlsxColumn.integer("Mức đạt " + from, 10, new XlsxColumn.CountA()),
        XlsxColumn.integer("Mức đạt " + to, 10, new XlsxColumn.CountA()),
        XlsxColumn.text("Thay đổi", 16, new XlsxColumn.CountIf(Movement.UP.label())),
        XlsxColumn.integer("Mức 2: số tiêu chí đạt " + from, 12, new XlsxColumn.Sum()),
        XlsxColumn.integer("Mức 2: số tiêu chí đạt " + to, 12, new XlsxColumn.Sum()),
        XlsxColumn.integer("Mức 3: số tiêu chí đạt " + from, 12, new XlsxColumn.Sum()),
        XlsxColumn.integer("Mức 3: số tiêu chí đạt " + to, 12, new XlsxColumn.Sum()),
        XlsxColumn.text("Kết quả " + from, 44),
        XlsxColumn.text("Kết quả " + to, 44));
  }

  /** Year over year: one row per school, missing assessments shown as such. */
  @ReadOnly
  public byte[] yearOverYear(
      Caller caller,
      @Nullable String from,
      @Nullable String to,
      @Nullable String orgUnitId,
      @Nullable String level,
      @Nullable String type) {
    YearOverYearView view = yearOverYears.report(caller, from, to, orgUnitId, level, type);
    // the earlier year's scope: if it is over, the names of all the tenant's units
    Map<String, String> unitNames = unitNames(caller, view.from(), view.orgUnitId());
    Map<String, Integer> moves = view.summary().byMovement();
    String subtitle =
        "Đơn vị: "
            + unitName(unitNames, view.orgUnitId())
            + " · So sánh năm học "
            + view.from()
            + " với "
            + view.to()
            + " · Ngày xuất: "
            + LocalDate.now(VIETNAM).format(DATE)
            + " · Tăng: "
            + moves.get(Movement.UP.name())
            + " · Giảm: "
            + moves.get(Movement.DOWN.name())
            + " · Giữ nguyên: "
            + moves.get(Movement.SAME.name())
            + " · Thiếu kết quả: "
            + (moves.get(Movement.ONLY_FROM.name())
                + moves.get(Movement.ONLY_TO.name())
                + moves.get(Movement.NEITHER.name()));
    if (view.level() != null) {
      subtitle += " · Cấp học: " + Labels.schoolLevel(view.level());
    }
    try (XlsxReport xlsx =
        new XlsxReport(
            "So sánh",
            "SO SÁNH KẾT QUẢ TỰ ĐÁNH GIÁ GIỮA HAI NĂM HỌC",
            subtitle,
            yearOverYearColumns(view.from(), view.to()))) {
      int n = 0;
      for (YearOverYearView.Item item : view.items()) {
        YearOverYearView.Assessment f = item.from();
        YearOverYearView.Assessment t = item.to();
        xlsx.row(
            ++n,
            item.code(),
            item.name(),
            Labels.schoolLevel(item.level()),
            // the unit of the later year; a school merged or closed before it: of the earlier
            unitName(unitNames, item.orgUnitId() != null ? item.orgUnitId() : item.fromOrgUnitId()),
            f == null ? null : overall(f),
            t == null ? null : overall(t),
            item.movement().label(),
            f == null ? null : f.counts().get("level2").met(),
            t == null ? null : t.counts().get("level2").met(),
            f == null ? null : f.counts().get("level3").met(),
            t == null ? null : t.counts().get("level3").met(),
            f == null ? null : f.summaryLine(),
            t == null ? null : t.summaryLine());
      }
      return bytes(xlsx);
    }
  }

  private static int overall(YearOverYearView.Assessment a) {
    return a.overallLevel() == null ? 0 : a.overallLevel();
  }

  /** A moment as the day it was in Vietnam (dd/MM/yyyy). */
  static String day(@Nullable Instant at) {
    return at == null ? null : LocalDate.ofInstant(at, VIETNAM).format(DATE);
  }

  @ReadOnly
  public byte[] rollup(Caller caller, @Nullable String schoolYear, @Nullable String orgUnitId) {
    RollupView view = rollups.rollup(caller, schoolYear, orgUnitId);
    Map<String, String> unitNames = unitNames(caller, view.schoolYear(), view.orgUnitId());
    try (XlsxReport xlsx =
        new XlsxReport(
            "Tổng hợp",
            "TỔNG HỢP KẾ HOẠCH VÀ KẾT QUẢ TỰ ĐÁNH GIÁ",
            subtitle(unitNames, view.orgUnitId(), view.schoolYear()),
            ROLLUP_COLUMNS)) {
      int n = 0;
      for (RollupView.Item item : view.items()) {
        RollupView.AssessmentSummary a = item.assessment();
        RollupView.LevelCount level3 = a == null ? null : a.counts().get("level3");
        xlsx.row(
            ++n,
            item.code(),
            item.name(),
            Labels.schoolLevel(item.level()),
            unitName(unitNames, item.orgUnitId()),
            Labels.planStatus(item.planStatus().name()),
            a == null ? null : a.schoolYear(),
            a == null ? null : a.summaryLine(),
            a == null ? null : a.overallLevel(),
            level3 == null ? null : level3.met(),
            level3 == null ? null : level3.total(),
            ratio(level3));
      }
      return bytes(xlsx);
    }
  }

  @ReadOnly
  public byte[] attainment(
      Caller caller,
      @Nullable String schoolYear,
      @Nullable String orgUnitId,
      @Nullable String level,
      @Nullable String type) {
    AttainmentView view = attainments.attainment(caller, schoolYear, orgUnitId, level, type);
    Map<String, String> unitNames = unitNames(caller, view.schoolYear(), view.orgUnitId());
    String subtitle = subtitle(unitNames, view.orgUnitId(), view.schoolYear());
    if (view.level() != null) {
      subtitle += " · Cấp học: " + Labels.schoolLevel(view.level());
    }
    try (XlsxReport xlsx =
        new XlsxReport(
            "Mức đạt", "KẾT QUẢ ĐẠT MỨC CHẤT LƯỢNG CỦA CÁC TRƯỜNG", subtitle, ATTAINMENT_COLUMNS)) {
      for (AttainmentView.Item item : view.items()) {
        Map<String, AttainmentView.LevelCount> counts = item.counts();
        AttainmentView.LevelCount level2 = counts == null ? null : counts.get("level2");
        AttainmentView.LevelCount level3 = counts == null ? null : counts.get("level3");
        xlsx.row(
            item.rank(),
            item.code(),
            item.name(),
            Labels.schoolLevel(item.level()),
            unitName(unitNames, item.orgUnitId()),
            item.assessmentYear(),
            item.assessed() ? item.summaryLine() : "Chưa có kết quả tự đánh giá",
            item.overallLevel(),
            level2 == null ? null : level2.met(),
            level2 == null ? null : level2.total(),
            level3 == null ? null : level3.met(),
            level3 == null ? null : level3.total(),
            level3 == null ? null : ratio(level3.met(), level3.total()),
            item.assessed() ? (item.allCriteriaAtLevel2() ? YES : "Không") : null);
      }
      return bytes(xlsx);
    }
  }

  private Map<String, String> unitNames(Caller caller, String schoolYear, String orgUnitId) {
    ReportScope scope = scopes.resolve(caller, schoolYear, orgUnitId);
    // a past year's schools may sit under units no longer in the subtree: all the tenant's names
    return scope
        .subtreePattern()
        .map(p -> names.inSubtree(scope.tenantId(), scope.yearOver() ? "%" : p))
        .orElse(Map.of());
  }

  static String subtitle(Map<String, String> unitNames, String orgUnitId, String schoolYear) {
    return "Đơn vị: "
        + unitName(unitNames, orgUnitId)
        + " · Năm học: "
        + schoolYear
        + " · Ngày xuất: "
        + LocalDate.now(VIETNAM).format(DATE);
  }

  private static String unitName(Map<String, String> unitNames, String id) {
    return id == null ? null : unitNames.getOrDefault(id, id);
  }

  private static Double ratio(RollupView.LevelCount count) {
    return count == null ? null : ratio(count.met(), count.total());
  }

  private static Double ratio(int met, int total) {
    return total == 0 ? null : (double) met / total;
  }

  private static byte[] bytes(XlsxReport xlsx) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    xlsx.write(out);
    return out.toByteArray();
  }
}
