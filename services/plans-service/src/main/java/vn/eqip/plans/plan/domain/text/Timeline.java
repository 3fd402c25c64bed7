package vn.eqip.plans.plan.domain.text;

import java.time.LocalDate;

/**
 * A timeline cell (Thời gian thực hiện và hoàn thành) as the school wrote it and the dates it
 * stands for where they can be known. The original text is always kept.
 *
 * @param start the first day, null when unknown
 * @param end the last day, null when unknown or open ("Từ năm học 2023-2024")
 * @param recurring done continuously ("Thực hiện thường xuyên", "… và các năm tiếp theo"): never
 *     overdue
 * @param understood false when the text is written but not read (start and end are then null)
 */
public record Timeline(
    String text, LocalDate start, LocalDate end, boolean recurring, boolean understood) {

  static Timeline unreadable(String text) {
    return new Timeline(text, null, null, false, false);
  }

  public boolean empty() {
    return text == null || text.isBlank();
  }

  /** True when both ends are known and the end comes before the start. */
  public boolean endsBeforeItStarts() {
    return start != null && end != null && end.isBefore(start);
  }
}
