package vn.eqip.plans.assessment.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.eqip.plans.assessment.application.AssessmentRecording;
import vn.eqip.plans.assessment.application.RecordAssessment;
import vn.eqip.plans.assessment.domain.AssessmentKind;
import vn.eqip.plans.shared.InvalidInput;
import vn.eqip.platform.tenancy.Caller;

@Controller("/api/plans/assessments")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class AssessmentController {

  private final AssessmentRecording recording;

  public AssessmentController(AssessmentRecording recording) {
    this.recording = recording;
  }

  /** Records levels per criterion; the summary is computed, never sent. */
  @Post
  public HttpResponse<AssessmentResponse> record(
      Caller caller,
      @Header(HttpHeaders.AUTHORIZATION) String authorization,
      @Valid @Body AssessmentRequest request) {
    Map<String, Integer> levels = new LinkedHashMap<>();
    for (var c : request.criteria()) {
      if (levels.put(c.code().trim(), c.level()) != null) {
        throw new InvalidInput(
            "criteria." + c.code(), "Tiêu chí " + c.code() + " được nhập hai lần.");
      }
    }
    Map<Integer, Boolean> level4 = new LinkedHashMap<>();
    if (request.level4() != null) {
      request.level4().forEach(r -> level4.put(r.no(), r.met()));
    }
    var record =
        recording.record(
            caller,
            authorization,
            new RecordAssessment(
                request.schoolId(),
                request.schoolYear(),
                request.kind() == null ? AssessmentKind.SELF : request.kind(),
                levels,
                level4,
                request.finish()));
    return HttpResponse.created(AssessmentResponse.of(record));
  }

  @Get
  public AssessmentResponse.Page list(
      Caller caller,
      @Header(HttpHeaders.AUTHORIZATION) String authorization,
      @QueryValue String schoolId,
      @Nullable @QueryValue String schoolYear) {
    return new AssessmentResponse.Page(
        recording.list(caller, authorization, schoolId, schoolYear).stream()
            .map(AssessmentResponse::of)
            .toList());
  }
}
