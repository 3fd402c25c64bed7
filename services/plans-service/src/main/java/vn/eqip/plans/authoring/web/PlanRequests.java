package vn.eqip.plans.authoring.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Request bodies of the authoring API. */
public final class PlanRequests {

  private PlanRequests() {}

  @Serdeable
  public record CreatePlanRequest(
      @NotBlank(message = "Thiếu mã trường (schoolId)") String schoolId,
      @NotBlank(message = "Thiếu năm học (schoolYear), ví dụ 2026-2027") String schoolYear) {}

  @Serdeable
  public record AddRowRequest(
      @Nullable String criterionCode,
      @Nullable Integer level4No,
      @NotBlank(message = "Thiếu kết quả cần đạt (target)") @Size(max = 2000) String target,
      @Nullable List<@Valid ActionRequest> actions) {}

  @Serdeable
  public record ActionRequest(
      @NotBlank(message = "Thiếu nội dung công việc (description)") @Size(max = 4000)
          String description,
      @NotBlank(message = "Thiếu người/bộ phận chủ trì (lead)") @Size(max = 500) String lead,
      @Nullable @Size(max = 1000) String partners,
      @Nullable @Size(max = 500) String timeline,
      @Nullable @Size(max = 500) String budget) {}
}
