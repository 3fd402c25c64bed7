package vn.eqip.plans.authoring.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** Request bodies of the authoring API. */
public final class PlanRequests {

  private PlanRequests() {}

  /**
   * {@code startFrom}: EMPTY (default), LAST_YEAR (a copy of last year's plan, a year later) or
   * ASSESSMENT (a row for every criterion below {@code targetLevel}, 1–4).
   */
  @Serdeable
  public record CreatePlanRequest(
      @NotBlank(message = "Thiếu mã trường (schoolId)") String schoolId,
      @NotBlank(message = "Thiếu năm học (schoolYear), ví dụ 2026-2027") String schoolYear,
      @Nullable String startFrom,
      @Nullable Integer targetLevel) {

    public CreatePlanRequest(String schoolId, String schoolYear) {
      this(schoolId, schoolYear, null, null);
    }
  }

  @Serdeable
  public record AddRowRequest(
      @Nullable String criterionCode,
      @Nullable Integer level4No,
      @NotBlank(message = "Thiếu kết quả cần đạt (target)") @Size(max = 2000) String target,
      @Nullable List<@Valid ActionRequest> actions) {}

  /** {@code id}: when replacing a row (PUT), the id of the action this one continues. */
  @Serdeable
  public record ActionRequest(
      @Nullable @Size(max = 36) String id,
      @NotBlank(message = "Thiếu nội dung công việc (description)") @Size(max = 4000)
          String description,
      @NotBlank(message = "Thiếu người/bộ phận chủ trì (lead)") @Size(max = 500) String lead,
      @Nullable @Size(max = 1000) String partners,
      @Nullable @Size(max = 500) String timeline,
      @Nullable @Size(max = 500) String budget) {}

  @Serdeable
  public record MoveRowRequest(
      @NotNull(message = "Thiếu vị trí mới (position), tính từ 1") @Min(1) Integer position) {}

  /**
   * PATCH of the document fields: a field left out (null) is unchanged, a given one replaces the
   * stored value (lists whole), an empty text clears it.
   */
  @Serdeable
  public record DocumentRequest(
      @Nullable @Size(max = 255) String superiorBody,
      @Nullable @Size(max = 255) String schoolName,
      @Nullable
          @Size(max = 30)
          @Pattern(
              regexp = "[\\p{Lu}\\p{Nd}]*",
              message = "Chữ viết tắt chỉ gồm chữ in hoa và số, ví dụ THĐP")
          String abbreviation,
      @Nullable @Size(max = 100) String place,
      @Nullable LocalDate issuedOn,
      @Nullable @Size(max = 500) String title,
      @Nullable @Size(max = 50) List<@Size(max = 4000) String> purposes,
      @Nullable @Size(max = 50) List<@Size(max = 4000) String> legalBases,
      @Nullable @Size(max = 20000) String orientation,
      @Nullable @Size(max = 30) List<@Valid RoleRequest> implementation,
      @Nullable @Size(max = 30) List<@Size(max = 500) String> recipients,
      @Nullable @Size(max = 255) String signerTitle,
      @Nullable @Size(max = 255) String signerName) {}

  @Serdeable
  public record RoleRequest(
      @NotBlank(message = "Thiếu vai trò (role), ví dụ Hiệu trưởng") @Size(max = 500) String role,
      @Nullable @Size(max = 10000) String duties) {}
}
