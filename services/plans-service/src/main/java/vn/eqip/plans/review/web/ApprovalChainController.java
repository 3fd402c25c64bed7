package vn.eqip.plans.review.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import vn.eqip.plans.review.application.ApprovalChains;
import vn.eqip.platform.tenancy.Caller;

/** The tenant's approval chain: which levels above a school decide its plan, in order. */
@Controller("/api/plans/settings/approval-chain")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ApprovalChainController {

  private final ApprovalChains chains;

  public ApprovalChainController(ApprovalChains chains) {
    this.chains = chains;
  }

  @Get
  @Operation(summary = "Quy trình phê duyệt kế hoạch của đơn vị (các cấp, từ gần trường nhất)")
  public ChainResponse read(Caller caller) {
    return ChainResponse.of(chains.setting(caller));
  }

  @Put
  @Operation(
      summary = "Đặt quy trình phê duyệt (dept-admin)",
      description =
          "{kinds: [DISTRICT_OFFICE, DEPARTMENT]}: các loại đơn vị phía trên trường được quyết định,"
              + " lần lượt từ gần trường nhất, cấp trên chỉ quyết định sau khi cấp dưới đã duyệt."
              + " Danh sách rỗng: một cấp, bất kỳ cán bộ thẩm định nào có phạm vi chứa trường."
              + " Áp dụng cho các lần gửi duyệt từ nay; lần gửi đang chờ giữ quy trình lúc gửi.")
  public ChainResponse set(Caller caller, @Body ChainRequest request) {
    return ChainResponse.of(chains.set(caller, request.kinds()));
  }

  @Serdeable
  public record ChainRequest(@Nullable @Size(max = 10) List<String> kinds) {}

  /** {@code kinds} empty: one level (any reviewer in scope). */
  @Serdeable
  public record ChainResponse(
      List<String> kinds, @Nullable String updatedBy, @Nullable Instant updatedAt) {

    static ChainResponse of(Optional<ApprovalChains.Setting> setting) {
      return setting
          .map(s -> new ChainResponse(s.kinds(), s.updatedBy(), s.updatedAt()))
          .orElse(new ChainResponse(List.of(), null, null));
    }
  }
}
