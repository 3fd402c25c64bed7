package vn.eqip.monitoring.results;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import vn.eqip.monitoring.actions.ActionTracking;
import vn.eqip.platform.tenancy.Caller;

/** Year-end results per plan row, from the results recorded on its actions. */
@Controller("/api/monitoring/plans/{planId}/row-results")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class RowResultController {

  private final ActionTracking tracking;

  public RowResultController(ActionTracking tracking) {
    this.tracking = tracking;
  }

  @Get
  @Operation(
      summary = "Kết quả cuối năm theo từng dòng của kế hoạch (tiêu chí / yêu cầu Mức 4)",
      description =
          "Từ kết quả của các công việc trong dòng: đạt khi mọi công việc đạt, chưa đạt khi không"
              + " công việc nào đạt, còn lại đạt một phần; chưa có khi còn công việc chưa ghi kết"
              + " quả (actionsWithResult/actions). Chỉ các công việc đang có hiệu lực; trong phạm vi"
              + " của người gọi như danh sách công việc.")
  public RowResults list(Caller caller, String planId) {
    return new RowResults(RowResult.of(tracking.list(caller, planId, null)));
  }

  @Serdeable
  public record RowResults(List<RowResult> items) {}
}
