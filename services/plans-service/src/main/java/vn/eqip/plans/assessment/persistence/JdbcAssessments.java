package vn.eqip.plans.assessment.persistence;

import static vn.eqip.plans.shared.jdbc.Sql.bind;
import static vn.eqip.plans.shared.jdbc.Sql.instant;
import static vn.eqip.plans.shared.jdbc.Sql.unchecked;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import jakarta.inject.Singleton;
import java.sql.ResultSet;
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
import vn.eqip.plans.assessment.domain.LevelCount;
import vn.eqip.plans.assessment.domain.LevelSummary;

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
    return jdbc.prepareStatement(
        "SELECT id, version, status FROM assessment WHERE tenant_id = ? AND school_id = ?"
            + " AND school_year = ? AND kind = ? ORDER BY version DESC LIMIT 1",
        statement ->
            unchecked(
                () -> {
                  bind(statement, tenantId, schoolId, schoolYear, kind.name());
                  try (ResultSet rs = statement.executeQuery()) {
                    return rs.next()
                        ? Optional.of(
                            new Version(
                                rs.getString(1),
                                rs.getInt(2),
                                AssessmentStatus.valueOf(rs.getString(3))))
                        : Optional.<Version>empty();
                  }
                }));
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
    execute(
        "INSERT INTO assessment (id, tenant_id, school_id, school_year, kind, version, framework_id,"
            + " status, level1_met, level1_total, level2_met, level2_total, level3_met, level3_total,"
            + " level4_met, level4_total, overall_level, summary_line, recorded_by, recorded_at,"
            + " finished_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
        a.finishedAt());
    a.criterionLevels()
        .forEach(
            (code, level) ->
                execute(
                    "INSERT INTO assessment_criterion (tenant_id, assessment_id, code, level)"
                        + " VALUES (?, ?, ?, ?)",
                    a.tenantId(),
                    a.id(),
                    code,
                    level));
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
        jdbc.prepareStatement(
            "SELECT * FROM assessment WHERE tenant_id = ? AND school_id = ?"
                + (schoolYear == null ? "" : " AND school_year = ?")
                + " ORDER BY school_year DESC, kind, version DESC",
            statement ->
                unchecked(
                    () -> {
                      if (schoolYear == null) {
                        bind(statement, tenantId, schoolId);
                      } else {
                        bind(statement, tenantId, schoolId, schoolYear);
                      }
                      List<AssessmentRecord> records = new ArrayList<>();
                      try (ResultSet rs = statement.executeQuery()) {
                        while (rs.next()) {
                          records.add(head(rs));
                        }
                      }
                      return records;
                    }));
    return heads.stream().map(h -> withDetails(tenantId, h)).toList();
  }

  private static AssessmentRecord head(ResultSet rs) throws java.sql.SQLException {
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
        Map.of(),
        Map.of(),
        rs.getString("recorded_by"),
        instant(rs.getTimestamp("finished_at")));
  }

  private AssessmentRecord withDetails(String tenantId, AssessmentRecord head) {
    Map<String, Integer> levels = new LinkedHashMap<>();
    Map<Integer, Boolean> level4 = new LinkedHashMap<>();
    jdbc.prepareStatement(
        "SELECT code, level FROM assessment_criterion WHERE tenant_id = ? AND assessment_id = ?",
        statement ->
            unchecked(
                () -> {
                  bind(statement, tenantId, head.id());
                  try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                      levels.put(rs.getString(1), rs.getInt(2));
                    }
                  }
                  return null;
                }));
    jdbc.prepareStatement(
        "SELECT no, met FROM assessment_level4 WHERE tenant_id = ? AND assessment_id = ? ORDER BY no",
        statement ->
            unchecked(
                () -> {
                  bind(statement, tenantId, head.id());
                  try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                      level4.put(rs.getInt(1), rs.getBoolean(2));
                    }
                  }
                  return null;
                }));
    return new AssessmentRecord(
        head.id(),
        head.schoolId(),
        head.schoolYear(),
        head.kind(),
        head.version(),
        head.status(),
        head.frameworkId(),
        head.summary(),
        levels,
        level4,
        head.recordedBy(),
        head.finishedAt());
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
