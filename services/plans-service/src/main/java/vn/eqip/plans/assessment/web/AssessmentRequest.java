package vn.eqip.plans.assessment.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import vn.eqip.plans.assessment.domain.AssessmentKind;

/**
 * An assessment as a school or an evaluation team enters it. Per criterion: the level, or the met
 * indicators per level from which the level is computed (or both, which must agree).
 */
@Serdeable
public record AssessmentRequest(
    @NotBlank(message = "Thiếu mã trường (schoolId)") String schoolId,
    @NotBlank(message = "Thiếu năm học (schoolYear), ví dụ 2025-2026") String schoolYear,
    @Nullable AssessmentKind kind,
    @NotNull(message = "Thiếu kết quả các tiêu chí (criteria)")
        List<@Valid CriterionEntry> criteria,
    @Nullable List<@Valid Level4Result> level4,
    @Nullable SchoolFactsEntry schoolFacts,
    boolean finish) {

  /**
   * @param indicators met indicator letters by level, e.g. {"1": ["a","b","c"], "2": ["a"]}
   */
  @Serdeable
  public record CriterionEntry(
      @NotBlank(message = "Thiếu mã tiêu chí (code)") String code,
      @Nullable Integer level,
      @Nullable Map<String, List<String>> indicators,
      @Nullable @Size(max = 1000, message = "Ghi chú tối đa 1.000 ký tự") String note,
      @Nullable @Size(max = 50, message = "Tối đa 50 minh chứng cho một tiêu chí")
          List<@Size(max = 200) String> evidence) {}

  @Serdeable
  public record Level4Result(
      @NotNull(message = "Thiếu số yêu cầu Mức 4 (no)") Integer no, boolean met) {}

  /** Facts the accreditation preconditions need (Điều 34), declared with an external evaluation. */
  @Serdeable
  public record SchoolFactsEntry(
      @Nullable Boolean cohortCompleted, @Nullable Integer yearsOfOperation) {}
}
