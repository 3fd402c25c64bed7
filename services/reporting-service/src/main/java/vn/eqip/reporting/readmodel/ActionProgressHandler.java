package vn.eqip.reporting.readmodel;

import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.util.Set;
import vn.eqip.platform.outbox.EventEnvelope;
import vn.eqip.platform.outbox.EventHandler;

/** Keeps action_view's progress side; a report older than the stored one changes nothing. */
@Singleton
public class ActionProgressHandler implements EventHandler {

  public static final String PROGRESS_REPORTED = "monitoring.ActionProgressReported.v1";

  private final JsonMapper json;
  private final ActionViews actions;

  public ActionProgressHandler(JsonMapper json, ActionViews actions) {
    this.json = json;
    this.actions = actions;
  }

  @Override
  public Set<String> routingKeys() {
    return Set.of(PROGRESS_REPORTED);
  }

  @Override
  public void handle(EventEnvelope event) {
    ActionProgress p = Payloads.read(json, event, ActionProgress.class);
    int percent = p.percentDone() == null ? 0 : Math.max(0, Math.min(100, p.percentDone()));
    actions.progress(
        event.tenantId(),
        Payloads.required(p.actionId(), "actionId", event),
        Payloads.required(p.planId(), "planId", event),
        Payloads.required(p.schoolId(), "schoolId", event),
        Payloads.required(p.status(), "status", event),
        percent,
        p.moneySpent(),
        Payloads.occurredAt(p.reportedAt(), event));
  }
}
