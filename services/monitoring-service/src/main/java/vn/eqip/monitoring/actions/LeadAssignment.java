package vn.eqip.monitoring.actions;

import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import vn.eqip.platform.outbox.Outbox;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.web.Problem;
import vn.eqip.platform.web.ProblemException;

/** Only the school's principal assigns (or removes) the lead user of an action. */
@Singleton
public class LeadAssignment {

  private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,255}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+");

  private final ActionTracking tracking;
  private final TrackedActionRepository actions;
  private final Outbox outbox;
  private final Clock clock;

  public LeadAssignment(
      ActionTracking tracking, TrackedActionRepository actions, Outbox outbox, Clock clock) {
    this.tracking = tracking;
    this.actions = actions;
    this.outbox = outbox;
    this.clock = clock;
  }

  /** 404 if the caller may not see the action, 403 unless principal, 422 for a bad body. */
  @Transactional
  public ActionView assign(Caller caller, String actionId, AssignLeadRequest request) {
    TrackedAction action =
        tracking.actionForPrincipal(
            caller,
            actionId,
            "Chỉ hiệu trưởng được giao người phụ trách công việc (only the principal assigns leads).");
    String username = trimmed(request == null ? null : request.username());
    String email = trimmed(request == null ? null : request.email());
    List<Problem.FieldError> errors = new ArrayList<>();
    if (username != null && !USERNAME.matcher(username).matches()) {
      errors.add(
          new Problem.FieldError(
              "username", "Tên đăng nhập chỉ gồm chữ, số và . _ @ - (tối đa 255 ký tự)."));
    }
    if (email != null && (email.length() > 255 || !EMAIL.matcher(email).matches())) {
      errors.add(new Problem.FieldError("email", "Địa chỉ e-mail không hợp lệ."));
    }
    if (username == null && email != null) {
      errors.add(new Problem.FieldError("username", "Cần tên đăng nhập của người phụ trách."));
    }
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(
          "Thông tin người phụ trách chưa hợp lệ: "
              + String.join(" ", errors.stream().map(Problem.FieldError::message).toList()),
          errors);
    }
    Instant now = clock.instant();
    if (actions.assignLead(caller.tenantId(), action.id(), username, email, now) == 0) {
      throw ActionTracking.removedByAmendment(action.id());
    }
    outbox.append(
        caller.tenantId(),
        ActionLeadAssigned.TYPE,
        ActionLeadAssigned.VERSION,
        action.id(),
        new ActionLeadAssigned(
            action.id(), action.planId(), action.schoolId(), username, caller.username(), now));
    return tracking
        .visibleAction(caller, actionId)
        .map(a -> tracking.view(caller, a))
        .orElseThrow(() -> new IllegalStateException("Action " + actionId + " vanished"));
  }

  private static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
