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
import vn.eqip.reporting.rollup.RollupView;
import vn.eqip.reporting.rollup.Rollups;
import vn.eqip.reporting.scope.ReportScope;
import vn.eqip.reporting.scope.ReportScopes;
import vn.eqip.reporting.submission.SubmissionView;
import vn.eqip.reporting.submission.Submissions;

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
          XlsxColumn.text("Nộp muộn", 10, new XlsxColumn.CountIf(YES)));

  private final ReportScopes scopes;
  private final OrgUnitNames names;
  private final Rollups rollups;
  private final Attainments attainments;
  private final Submissions submissions;

  public ReportExports(
      ReportScopes scopes,
      OrgUnitNames names,
      Rollups rollups,
      Attainments attainments,
      Submissions submissions) {
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
            item.late() ? YES : null);
      }
      return bytes(xlsx);
    }
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
    return scope.subtreePattern().map(p -> names.inSubtree(scope.tenantId(), p)).orElse(Map.of());
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
