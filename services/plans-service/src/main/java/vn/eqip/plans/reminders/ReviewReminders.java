package vn.eqip.plans.reminders;

import io.micronaut.context.annotation.Value;
import io.micronaut.scheduling.annotation.Scheduled;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.eqip.plans.shared.ReviewPeriods;
import vn.eqip.platform.mail.Mailer;

/**
 * Once a day, per tenant: every submitted plan whose review is overdue (submitted + the tenant's
 * review period is past) or due within {@code eqip.plans.reminders.due-soon-days} (3) days gets one
 * e-mail to each active reviewer who decides it now (the level the approval chain awaits; for the
 * default chain the reviewers of the nearest unit above the school that has any). Never twice for
 * the same plan, reviewer and day ({@link ReviewReminderLedger}); a failed send is retried by the
 * next run. {@code eqip.plans.reminders.enabled} and {@code .cron} (01:00 UTC = 08:00 in Việt Nam).
 */
@Singleton
public class ReviewReminders {

  private static final Logger LOG = LoggerFactory.getLogger(ReviewReminders.class);

  private final DueReviews dueReviews;
  private final ReviewReminderLedger ledger;
  private final Mailer mailer;
  private final ReviewPeriods periods;
  private final Clock clock;
  private final boolean enabled;
  private final int dueSoonDays;

  public ReviewReminders(
      DueReviews dueReviews,
      ReviewReminderLedger ledger,
      Mailer mailer,
      ReviewPeriods periods,
      Clock clock,
      @Value("${eqip.plans.reminders.enabled:false}") boolean enabled,
      @Value("${eqip.plans.reminders.due-soon-days:3}") int dueSoonDays) {
    this.dueReviews = dueReviews;
    this.ledger = ledger;
    this.mailer = mailer;
    this.periods = periods;
    this.clock = clock;
    this.enabled = enabled;
    this.dueSoonDays = dueSoonDays;
  }

  @Scheduled(cron = "${eqip.plans.reminders.cron:0 0 1 * * *}")
  void daily() {
    if (!enabled) {
      return;
    }
    Instant now = clock.instant();
    for (String tenant : dueReviews.tenants()) {
      try {
        remind(tenant, now);
      } catch (RuntimeException e) {
        LOG.error("Review reminders of tenant {} failed", tenant, e);
      }
    }
  }

  /** Sends the tenant's reminders of the day {@code now} falls on; answers how many were sent. */
  public int remind(String tenantId, Instant now) {
    ZoneId zone = periods.zone();
    Duration period = periods.of(tenantId);
    LocalDate today = now.atZone(zone).toLocalDate();
    // every plan whose due date can be within the next dueSoonDays days (checked by date below)
    Instant submittedBefore = now.minus(period).plus(Duration.ofDays(dueSoonDays + 1L));
    int sent = 0;
    for (DueReview review : dueReviews.submittedBefore(tenantId, submittedBefore)) {
      Instant dueAt = review.submittedAt().plus(period);
      LocalDate dueOn = dueAt.atZone(zone).toLocalDate();
      DueState state;
      if (dueAt.isBefore(now)) {
        state = DueState.OVERDUE;
      } else if (!dueOn.isAfter(today.plusDays(dueSoonDays))) {
        state = DueState.DUE_SOON;
      } else {
        continue;
      }
      List<Reviewer> reviewers = dueReviews.awaitedReviewers(tenantId, review);
      for (Reviewer reviewer : reviewers) {
        if (!ledger.claim(tenantId, review.planId(), reviewer.id(), today, state, dueOn, now)) {
          continue;
        }
        ReviewReminderMail mail =
            ReviewReminderMail.of(
                review,
                reviewer,
                state,
                dueOn,
                today,
                review.submittedAt().atZone(zone).toLocalDate());
        try {
          mailer.send(List.of(reviewer.email()), mail.subject(), mail.body());
          sent++;
        } catch (RuntimeException e) {
          ledger.release(tenantId, review.planId(), reviewer.id(), today);
          LOG.warn(
              "Review reminder of plan {} to reviewer {} of tenant {} not sent",
              review.planId(),
              reviewer.id(),
              tenantId,
              e);
        }
      }
    }
    return sent;
  }
}
