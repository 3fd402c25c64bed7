package vn.eqip.plans.assessment.persistence;

import static vn.eqip.plans.shared.jdbc.Sql.bind;
import static vn.eqip.plans.shared.jdbc.Sql.instant;
import static vn.eqip.plans.shared.jdbc.Sql.unchecked;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.eqip.plans.assessment.application.AssessmentRecord;
import vn.eqip.plans.assessment.application.Assessments;
import vn.eqip.plans.assessment.domain.Assessment;
import vn.eqip.plans.assessment.domain.AssessmentKind;
import vn.eqip.plans.assessment.domain.AssessmentStatus;
import vn.eqip.plans.assessment.domain.CriterionCodes;
import vn.eqip.plans.assessment.domain.CriterionResult;
import vn.eqip.plans.assessment.domain.LevelCount;
import vn.eqip.plans.assessment.domain.LevelSummary;
import vn.eqip.plans.assessment.domain.Recognition;
import vn.eqip.plans.assessment.domain.SchoolFacts;

/** Assessments in MySQL; every statement names tenant_id. */
@Singleton
public class JdbcAssessments implements Assessments {

  private final JdbcOperations jdbc;

  public JdbcAssessments(JdbcOperations jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Version> latest(
      String tenantId, String schoolId, String schoolYear, AssessmentKind kind) {
    return query(
            "SELECT id, version, status FROM assessment WHERE tenant_id = ? AND school_id = ?"
                + " AND school_year = ? AND kind = ? ORDER BY version DESC LIMIT 1",
            rs ->
                new Version(
                    rs.getString(1), rs.getInt(2), AssessmentStatus.valueOf(rs.getString(3))),
            tenantId,
            schoolId,
            schoolYear,
            kind.name())
        .stream()
        .findFirst();
  }

  @Override
  public void save(Assessment a, String replacesDraftId) {
    if (replacesDraftId != null) {
      execute(
          "DELETE FROM assessment WHERE tenant_id = ? AND id = ? AND status = 'DRAFT'",
          a.tenantId(),
          replacesDraftId);
    }
    LevelSummary s = a.summary();
    Recognition r = a.recognition();
    execute(
        "INSERT INTO assessment (id, tenant_id, school_id, school_year, kind, version, framework_id,"
            + " status, level1_met, level1_total, level2_met, level2_total, level3_met, level3_total,"
            + " level4_met, level4_total, overall_level, summary_line, recorded_by, recorded_at,"
            + " finished_at, cohort_completed, years_of_operation, accreditation_grade,"
            + " national_standard_level, recognition_explanation)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        a.id(),
        a.tenantId(),
        a.schoolId(),
        a.schoolYear().toString(),
        a.kind().name(),
        a.version(),
        a.catalog().frameworkId(),
        a.status().name(),
        s.level1().met(),
        s.level1().total(),
        s.level2().met(),
        s.level2().total(),
        s.level3().met(),
        s.level3().total(),
        s.level4().met(),
        s.level4().total(),
        s.overallLevel(),
        s.line(),
        a.recordedBy(),
        Instant.now(),
        a.finishedAt(),
        a.facts().cohortCompleted(),
        a.facts().yearsOfOperation(),
        r.accreditationGrade(),
        r.nationalStandardLevel(),
        r.explanation());
    for (CriterionResult c : a.results()) {
      execute(
          "INSERT INTO assessment_criterion (tenant_id, assessment_id, code, level, indicators, note,"
              + " evidence) VALUES (?, ?, ?, ?, ?, ?, ?)",
          a.tenantId(),
          a.id(),
          c.code(),
          c.level(),
          IndicatorCodec.encode(c.indicators()),
          c.note(),
          IndicatorCodec.encodeEvidence(c.evidence()));
    }
    a.level4Met()
        .forEach(
            (no, met) ->
                execute(
                    "INSERT INTO assessment_level4 (tenant_id, assessment_id, no, met) VALUES (?, ?, ?, ?)",
                    a.tenantId(),
                    a.id(),
                    no,
                    met));
  }

  @Override
  public List<AssessmentRecord> list(String tenantId, String schoolId, String schoolYear) {
    List<AssessmentRecord> heads =
        schoolYear == null
            ? query(
                "SELECT * FROM assessment WHERE tenant_id = ? AND school_id = ?"
                    + " ORDER BY school_year DESC, kind, version DESC",
                JdbcAssessments::head,
                tenantId,
                schoolId)
            : query(
                "SELECT * FROM assessment WHERE tenant_id = ? AND school_id = ? AND school_year = ?"
                    + " ORDER BY school_year DESC, kind, version DESC",
                JdbcAssessments::head,
                tenantId,
                schoolId,
                schoolYear);
    return heads.stream().map(h -> withDetails(tenantId, h)).toList();
  }

  @Override
  public Optional<AssessmentRecord> find(String tenantId, String assessmentId) {
    return query(
            "SELECT * FROM assessment WHERE tenant_id = ? AND id = ?",
            JdbcAssessments::head,
            tenantId,
            assessmentId)
        .stream()
        .findFirst()
        .map(h -> withDetails(tenantId, h));
  }

  private static AssessmentRecord head(ResultSet rs) throws SQLException {
    return new AssessmentRecord(
        rs.getString("id"),
        rs.getString("school_id"),
        rs.getString("school_year"),
        AssessmentKind.valueOf(rs.getString("kind")),
        rs.getInt("version"),
        AssessmentStatus.valueOf(rs.getString("status")),
        rs.getString("framework_id"),
        new LevelSummary(
            new LevelCount(rs.getInt("level1_met"), rs.getInt("level1_total")),
            new LevelCount(rs.getInt("level2_met"), rs.getInt("level2_total")),
            new LevelCount(rs.getInt("level3_met"), rs.getInt("level3_total")),
            new LevelCount(rs.getInt("level4_met"), rs.getInt("level4_total")),
            rs.getInt("overall_level")),
        new Recognition(
            (Integer) rs.getObject("accreditation_grade", Integer.class),
            (Integer) rs.getObject("national_standard_level", Integer.class),
            rs.getString("recognition_explanation")),
        new SchoolFacts(
            (Boolean) rs.getObject("cohort_completed", Boolean.class),
            (Integer) rs.getObject("years_of_operation", Integer.class)),
        List.of(),
        Map.of(),
        rs.getString("recorded_by"),
        instant(rs.getTimestamp("finished_at")));
  }

  private AssessmentRecord withDetails(String tenantId, AssessmentRecord head) {
    List<CriterionResult> results =
        query(
            "SELECT code, level, indicators, note, evidence FROM assessment_criterion"
                + " WHERE tenant_id = ? AND assessment_id = ?",
            rs ->
                new CriterionResult(
                    rs.getString("code"),
                    rs.getInt("level"),
                    IndicatorCodec.decode(rs.getString("indicators")),
                    rs.getString("note"),
                    IndicatorCodec.decodeEvidence(rs.getString("evidence"))),
            tenantId,
            head.id());
    Map<Integer, Boolean> level4 = new LinkedHashMap<>();
    query(
            "SELECT no, met FROM assessment_level4 WHERE tenant_id = ? AND assessment_id = ? ORDER BY no",
            rs -> Map.entry(rs.getInt(1), rs.getBoolean(2)),
            tenantId,
            head.id())
        .forEach(e -> level4.put(e.getKey(), e.getValue()));
    return head.withDetails(
        results.stream()
            .sorted(java.util.Comparator.comparing(CriterionResult::code, CriterionCodes.ORDER))
            .toList(),
        level4);
  }

  @FunctionalInterface
  private interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private <T> List<T> query(String sql, RowMapper<T> mapper, Object... values) {
    return jdbc.prepareStatement(
        sql,
        statement ->
            unchecked(
                () -> {
                  bind(statement, values);
                  List<T> rows = new ArrayList<>();
                  try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                      rows.add(mapper.map(rs));
                    }
                  }
                  return rows;
                }));
  }

  private int execute(String sql, Object... values) {
    return jdbc.prepareStatement(
        sql,
        statement ->
            unchecked(
                () -> {
                  bind(statement, values);
                  return statement.executeUpdate();
                }));
  }
}
