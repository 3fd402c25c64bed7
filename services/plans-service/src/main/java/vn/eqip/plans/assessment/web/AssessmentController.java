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
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.eqip.plans.assessment.application.AssessmentRecording;
import vn.eqip.plans.assessment.application.RecordAssessment;
import vn.eqip.plans.assessment.domain.AssessmentKind;
import vn.eqip.plans.assessment.domain.CriterionResult;
import vn.eqip.plans.assessment.domain.SchoolFacts;
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

  /** Records results per criterion; the summary and recognition are computed, never sent. */
  @Post
  public HttpResponse<AssessmentResponse> record(
      Caller caller,
      @Header(HttpHeaders.AUTHORIZATION) String authorization,
      @Valid @Body AssessmentRequest request) {
    var facts = request.schoolFacts();
    var record =
        recording.record(
            caller,
            authorization,
            new RecordAssessment(
                request.schoolId(),
                request.schoolYear(),
                request.kind() == null ? AssessmentKind.SELF : request.kind(),
                criteria(request.criteria()),
                level4(request.level4()),
                facts == null
                    ? SchoolFacts.NONE
                    : new SchoolFacts(facts.cohortCompleted(), facts.yearsOfOperation()),
                request.finish()));
    return HttpResponse.created(AssessmentResponse.of(record));
  }

  /** A school's assessments over the years (one school year with {@code schoolYear}). */
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

  @Get("/{id}")
  public AssessmentResponse get(
      Caller caller, @Header(HttpHeaders.AUTHORIZATION) String authorization, String id) {
    return AssessmentResponse.of(recording.get(caller, authorization, id));
  }

  /** Which criteria rose or fell since the previous finished assessment of the same kind. */
  @Get("/{id}/comparison")
  public AssessmentResponse.ComparisonResponse comparison(
      Caller caller, @Header(HttpHeaders.AUTHORIZATION) String authorization, String id) {
    var result = recording.compare(caller, authorization, id);
    var current = result.current();
    var previous = result.previous();
    return new AssessmentResponse.ComparisonResponse(
        current.id(),
        current.schoolYear(),
        current.summary().line(),
        previous == null
            ? null
            : new AssessmentResponse.Previous(
                previous.id(),
                previous.schoolYear(),
                previous.version(),
                previous.summary().line()),
        result.comparison() == null
            ? List.of()
            : result.comparison().rose().stream()
                .map(c -> new AssessmentResponse.Change(c.code(), c.from(), c.to()))
                .toList(),
        result.comparison() == null
            ? List.of()
            : result.comparison().fell().stream()
                .map(c -> new AssessmentResponse.Change(c.code(), c.from(), c.to()))
                .toList(),
        result.comparison() == null ? 0 : result.comparison().unchanged());
  }

  private static List<CriterionResult> criteria(List<AssessmentRequest.CriterionEntry> entries) {
    Set<String> seen = new HashSet<>();
    List<CriterionResult> results = new ArrayList<>();
    for (var entry : entries) {
      String code = entry.code().trim();
      if (!seen.add(code)) {
        throw new InvalidInput("criteria." + code, "Tiêu chí " + code + " được nhập hai lần.");
      }
      results.add(
          new CriterionResult(
              code,
              entry.level(),
              indicators(code, entry.indicators()),
              entry.note() == null || entry.note().isBlank() ? null : entry.note().trim(),
              entry.evidence()));
    }
    return results;
  }

  private static Map<Integer, Set<String>> indicators(
      String code, Map<String, List<String>> byLevel) {
    Map<Integer, Set<String>> indicators = new LinkedHashMap<>();
    if (byLevel == null) {
      return indicators;
    }
    for (var e : byLevel.entrySet()) {
      int level;
      try {
        level = Integer.parseInt(e.getKey().trim());
      } catch (NumberFormatException ex) {
        throw new InvalidInput(
            "criteria." + code,
            "Tiêu chí "
                + code
                + ": mức của chỉ báo phải là 1, 2 hoặc 3, nhận được \""
                + e.getKey()
                + "\".");
      }
      Set<String> letters = new LinkedHashSet<>();
      e.getValue().forEach(letter -> letters.add(letter.trim().toLowerCase(java.util.Locale.ROOT)));
      indicators.put(level, letters);
    }
    return indicators;
  }

  private static Map<Integer, Boolean> level4(List<AssessmentRequest.Level4Result> results) {
    Map<Integer, Boolean> level4 = new LinkedHashMap<>();
    if (results != null) {
      for (var r : results) {
        if (level4.put(r.no(), r.met()) != null) {
          throw new InvalidInput(
              "level4." + r.no(), "Yêu cầu Mức 4 số " + r.no() + " được nhập hai lần.");
        }
      }
    }
    return level4;
  }
}
