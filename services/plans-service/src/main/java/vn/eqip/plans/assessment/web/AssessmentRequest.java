package vn.eqip.plans.assessment.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import vn.eqip.plans.assessment.domain.AssessmentKind;

@Serdeable
public record AssessmentRequest(
    @NotBlank(message = "Thiếu mã trường (schoolId)") String schoolId,
    @NotBlank(message = "Thiếu năm học (schoolYear), ví dụ 2025-2026") String schoolYear,
    @Nullable AssessmentKind kind,
    @NotNull(message = "Thiếu kết quả các tiêu chí (criteria)")
        List<@Valid CriterionLevel> criteria,
    @Nullable List<@Valid Level4Result> level4,
    boolean finish) {

  @Serdeable
  public record CriterionLevel(
      @NotBlank(message = "Thiếu mã tiêu chí (code)") String code,
      @NotNull(message = "Thiếu mức đạt (level: 0–3)") Integer level) {}

  @Serdeable
  public record Level4Result(
      @NotNull(message = "Thiếu số yêu cầu Mức 4 (no)") Integer no, boolean met) {}
}
