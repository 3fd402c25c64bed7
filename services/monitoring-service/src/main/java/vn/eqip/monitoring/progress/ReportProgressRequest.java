package vn.eqip.monitoring.progress;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;

/**
 * A progress report as sent; checked by {@link ProgressReport#from} so that every mistake comes
 * back at once, in Vietnamese, with the field it concerns. {@code moneySpent}: the total spent so
 * far on the action, in đồng (absent: unchanged).
 */
@Serdeable
public record ReportProgressRequest(
    @Nullable String status,
    @Nullable Integer percentDone,
    @Nullable String note,
    @Nullable BigDecimal moneySpent) {

  public ReportProgressRequest(String status, Integer percentDone, String note) {
    this(status, percentDone, note, null);
  }
}
