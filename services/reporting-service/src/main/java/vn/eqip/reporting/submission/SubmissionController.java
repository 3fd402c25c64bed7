package vn.eqip.reporting.submission;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import vn.eqip.platform.tenancy.Caller;

@Controller("/api/reports")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SubmissionController {

  private final Submissions submissions;

  public SubmissionController(Submissions submissions) {
    this.submissions = submissions;
  }

  /**
   * Plan submission status per school for a school year (schools without a plan shown), with the
   * dates of first submission and approval, and which schools are late against the deadline.
   */
  @Get("/submissions")
  public SubmissionView submissions(
      Caller caller,
      @Nullable @QueryValue String schoolYear,
      @Nullable @QueryValue String orgUnitId) {
    return submissions.submissions(caller, schoolYear, orgUnitId);
  }
}
