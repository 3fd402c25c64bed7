package vn.eqip.reporting.readmodel;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Writes assessment_view; every statement names the tenant. */
@Singleton
public class AssessmentViews {

  private static final String COLUMNS =
      "assessment_id = ?, framework = ?, version = ?, level1_met = ?, level1_total = ?,"
          + " level2_met = ?, level2_total = ?, level3_met = ?, level3_total = ?, level4_met = ?,"
          + " level4_total = ?, overall_level = ?, summary_line = ?, finished_at = ?,"
          + " accreditation_grade = ?, national_standard_level = ?";

  private final Jdbc jdbc;

  public AssessmentViews(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Keeps the latest finished assessment per school, year and kind: a higher version of the same
   * assessment, or another assessment finished later, replaces the stored one; anything older is
   * ignored.
   */
  public void apply(
      String tenantId,
      String schoolId,
      String schoolYear,
      String kind,
      String assessmentId,
      int version,
      AssessmentFinished a,
      Instant finishedAt) {
    AssessmentFinished.Counts c =
        a.counts() == null ? new AssessmentFinished.Counts(null, null, null, null) : a.counts();
    Object[] values = {
      assessmentId,
      a.framework(),
      version,
      AssessmentFinished.met(c.level1()),
      AssessmentFinished.total(c.level1()),
      AssessmentFinished.met(c.level2()),
      AssessmentFinished.total(c.level2()),
      AssessmentFinished.met(c.level3()),
      AssessmentFinished.total(c.level3()),
      AssessmentFinished.met(c.level4()),
      AssessmentFinished.total(c.level4()),
      a.overallLevel(),
      a.summaryLine() == null ? "" : a.summaryLine(),
      finishedAt,
      a.accreditationGrade(),
      a.nationalStandardLevel()
    };
    int matched =
        jdbc.update(
            "UPDATE assessment_view SET "
                + COLUMNS
                + " WHERE tenant_id = ? AND school_id = ? AND school_year = ? AND kind = ?"
                + " AND ((assessment_id = ? AND version <= ?)"
                + " OR (assessment_id <> ? AND finished_at <= ?))",
            concat(
                values,
                tenantId,
                schoolId,
                schoolYear,
                kind,
                assessmentId,
                version,
                assessmentId,
                finishedAt));
    if (matched == 0) {
      // new for this school/year/kind, or older than the stored one: insert if absent
      jdbc.update(
          "INSERT INTO assessment_view (tenant_id, school_id, school_year, kind, assessment_id,"
              + " framework, version, level1_met, level1_total, level2_met, level2_total,"
              + " level3_met, level3_total, level4_met, level4_total, overall_level, summary_line,"
              + " finished_at, accreditation_grade, national_standard_level)"
              + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
              + " ON DUPLICATE KEY UPDATE tenant_id = tenant_id",
          concat(new Object[] {tenantId, schoolId, schoolYear, kind}, values));
    }
    if (isStored(tenantId, schoolId, schoolYear, kind, assessmentId, version)) {
      replaceCriteria(tenantId, schoolId, schoolYear, kind, a.criteria());
    }
  }

  /** Whether this event's version is the one assessment_view now keeps. */
  private boolean isStored(
      String tenantId,
      String schoolId,
      String schoolYear,
      String kind,
      String assessmentId,
      int version) {
    return !jdbc.query(
            "SELECT 1 FROM assessment_view WHERE tenant_id = ? AND school_id = ?"
                + " AND school_year = ? AND kind = ? AND assessment_id = ? AND version = ?",
            rs -> 1,
            tenantId,
            schoolId,
            schoolYear,
            kind,
            assessmentId,
            version)
        .isEmpty();
  }

  /**
   * The kept assessment's criteria, replaced as a whole (so a redelivered or reordered event leaves
   * exactly the levels of the version assessment_view keeps).
   */
  private void replaceCriteria(
      String tenantId,
      String schoolId,
      String schoolYear,
      String kind,
      List<AssessmentFinished.CriterionLevel> criteria) {
    jdbc.update(
        "DELETE FROM assessment_criterion_view WHERE tenant_id = ? AND school_id = ?"
            + " AND school_year = ? AND kind = ?",
        tenantId,
        schoolId,
        schoolYear,
        kind);
    if (criteria == null) {
      return;
    }
    StringBuilder sql =
        new StringBuilder(
            "INSERT INTO assessment_criterion_view (tenant_id, school_id, school_year, kind, code,"
                + " level) VALUES ");
    List<Object> params = new ArrayList<>();
    for (AssessmentFinished.CriterionLevel c : criteria) {
      if (c == null || c.code() == null || c.code().isBlank() || c.level() == null) {
        continue;
      }
      sql.append(params.isEmpty() ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
      params.addAll(List.of(tenantId, schoolId, schoolYear, kind, c.code().trim(), c.level()));
    }
    if (!params.isEmpty()) {
      // a code listed twice keeps its last level
      sql.append(" ON DUPLICATE KEY UPDATE level = VALUES(level)");
      jdbc.update(sql.toString(), params.toArray());
    }
  }

  private static Object[] concat(Object[] first, Object... rest) {
    Object[] all = new Object[first.length + rest.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(rest, 0, all, first.length, rest.length);
    return all;
  }
}
