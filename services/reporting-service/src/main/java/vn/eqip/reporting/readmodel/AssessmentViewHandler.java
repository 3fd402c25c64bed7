package vn.eqip.reporting.readmodel;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.util.Set;
import vn.eqip.platform.outbox.EventEnvelope;
import vn.eqip.platform.outbox.EventHandler;

/** Keeps assessment_view from finished self and external assessments. */
@Singleton
public class AssessmentViewHandler implements EventHandler {

  public static final String ASSESSMENT_FINISHED = "plans.AssessmentFinished.v1";

  private final JsonMapper json;
  private final AssessmentViews assessments;

  public AssessmentViewHandler(JsonMapper json, AssessmentViews assessments) {
    this.json = json;
    this.assessments = assessments;
  }

  @Override
  public Set<String> routingKeys() {
    return Set.of(ASSESSMENT_FINISHED);
  }

  @Override
  public void handle(EventEnvelope event) {
    AssessmentFinished a = Payloads.read(json, event, AssessmentFinished.class);
    assessments.apply(
        event.tenantId(),
        Payloads.required(a.schoolId(), "schoolId", event),
        Payloads.required(a.schoolYear(), "schoolYear", event),
        Payloads.required(a.kind(), "kind", event),
        Payloads.required(a.assessmentId(), "assessmentId", event),
        a.version() == null ? 1 : a.version(),
        a,
        Payloads.occurredAt(a.finishedAt(), event));
  }
}
