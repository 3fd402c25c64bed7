package vn.eqip.plans.shared;

import io.micronaut.context.env.Environment;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.ZoneId;

/**
 * How long a tenant's reviewers have to decide a submitted plan before it is flagged overdue
 * ({@code eqip.plans.review-days}, or {@code eqip.plans.review-days-by-tenant.<tenant>}), and the
 * time zone the department's dates are read in.
 */
@Singleton
public class ReviewPeriods {

  private final Environment env;

  public ReviewPeriods(Environment env) {
    this.env = env;
  }

  public Duration of(String tenantId) {
    int days =
        env.getProperty("eqip.plans.review-days-by-tenant." + tenantId, Integer.class)
            .orElseGet(() -> env.getProperty("eqip.plans.review-days", Integer.class).orElse(15));
    return Duration.ofDays(days);
  }

  public ZoneId zone() {
    return ZoneId.of(
        env.getProperty("eqip.plans.time-zone", String.class).orElse("Asia/Ho_Chi_Minh"));
  }
}
