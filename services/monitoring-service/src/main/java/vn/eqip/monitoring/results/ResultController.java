package vn.eqip.monitoring.results;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import vn.eqip.monitoring.actions.ActionView;
import vn.eqip.platform.tenancy.Caller;

/** Year-end results (kết quả cuối năm) of tracked actions. */
@Controller("/api/monitoring/actions")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class ResultController {

  private final ResultRecording recording;

  public ResultController(ResultRecording recording) {
    this.recording = recording;
  }

  /** Records (or corrects) the action's year-end result; answers the action. */
  @Put("/{id}/result")
  public ActionView record(Caller caller, String id, @Nullable @Body RecordResultRequest request) {
    return recording.record(caller, id, request);
  }
}
