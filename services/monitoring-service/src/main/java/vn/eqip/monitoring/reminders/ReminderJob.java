package vn.eqip.monitoring.reminders;

import io.micronaut.context.annotation.Value;
import io.micronaut.context.env.Environment;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.eqip.monitoring.actions.DueState;
import vn.eqip.monitoring.actions.TrackedAction;
import vn.eqip.monitoring.actions.TrackedActionRepository;
import vn.eqip.monitoring.time.TenantCalendar;
import vn.eqip.platform.mail.Mailer;

/**
 * Once a day, per tenant: every action not done that is overdue or due within 14 days (the tenant's
 * calendar) gets one e-mail to its lead ({@code leadEmail}) and the school's principal ({@code
 * eqip.reminders.principal-emails.<schoolId>}). Never twice for the same action on the same day
 * ({@link ReminderLedger}); a failed send is retried by the next run.
 */
@Singleton
public class ReminderJob {

  private static final Logger LOG = LoggerFactory.getLogger(ReminderJob.class);

  private final TrackedActionRepository actions;
  private final ReminderLedger ledger;
  private final Mailer mailer;
  private final TenantCalendar calendar;
  private final Environment environment;
  private final Clock clock;
  private final boolean enabled;

  public ReminderJob(
      TrackedActionRepository actions,
      ReminderLedger ledger,
      Mailer mailer,
      TenantCalendar calendar,
      Environment environment,
      Clock clock,
      @Value("${eqip.reminders.enabled:true}") boolean enabled) {
    this.actions = actions;
    this.ledger = ledger;
    this.mailer = mailer;
    this.calendar = calendar;
    this.environment = environment;
    this.clock = clock;
    this.enabled = enabled;
  }

  @Scheduled(cron = "${eqip.reminders.cron:0 0 1 * * *}")
  void daily() {
    if (!enabled) {
      return;
    }
    for (String tenant : ledger.tenants()) {
      try {
        remind(tenant);
      } catch (RuntimeException e) {
        LOG.error("Reminders of tenant {} failed", tenant, e);
      }
    }
  }

  /** Sends today's reminders of one tenant; answers how many e-mails were sent by this call. */
  public int remind(String tenantId) {
    LocalDate today = calendar.today(tenantId);
    int sent = 0;
    for (TrackedAction action :
        actions.findOpenEndingBetween(
            tenantId, LocalDate.of(1, 1, 1), today.plusDays(DueState.SOON_DAYS))) {
      DueState state = DueState.of(action, today);
      if (state != DueState.OVERDUE && state != DueState.DUE_SOON) {
        continue;
      }
      List<String> to = recipients(action);
      if (to.isEmpty()) {
        continue;
      }
      if (!ledger.claim(
          tenantId, action.id(), today, state.name(), String.join(",", to), clock.instant())) {
        continue;
      }
      try {
        mailer.send(to, subject(action, state), body(action, state));
        sent++;
      } catch (RuntimeException e) {
        ledger.release(tenantId, action.id(), today);
        LOG.warn("Reminder for action {} of tenant {} not sent", action.id(), tenantId, e);
      }
    }
    return sent;
  }

  private List<String> recipients(TrackedAction action) {
    Set<String> to = new LinkedHashSet<>();
    if (action.leadEmail() != null && !action.leadEmail().isBlank()) {
      to.add(action.leadEmail());
    }
    environment
        .getProperty("eqip.reminders.principal-emails." + action.schoolId(), String.class)
        .filter(e -> !e.isBlank())
        .ifPresent(to::add);
    return new ArrayList<>(to);
  }

  private static String subject(TrackedAction action, DueState state) {
    String what = state == DueState.OVERDUE ? "Công việc quá hạn" : "Công việc sắp đến hạn";
    return "[EQIP] " + what + ": " + shorten(action.description(), 80);
  }

  private static String body(TrackedAction action, DueState state) {
    String when =
        state == DueState.OVERDUE
            ? "đã quá hạn từ ngày " + action.timelineEnd()
            : "sẽ đến hạn vào ngày " + action.timelineEnd();
    return "Kính gửi thầy/cô,\n\nCông việc \""
        + action.description()
        + "\" (tiêu chí "
        + (action.criterionCode() == null ? "-" : action.criterionCode())
        + ", năm học "
        + action.schoolYear()
        + ") "
        + when
        + ", hiện "
        + action.status().label()
        + " ("
        + action.percentDone()
        + "%).\nXin cập nhật tiến độ trên EQIP.\n\nThư gửi tự động, mỗi ngày một lần.";
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }
}
