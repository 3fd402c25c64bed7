package vn.eqip.reporting.export;

import io.micronaut.core.annotation.Nullable;

/**
 * One column of an exported sheet: its Vietnamese header, how its cells are formatted, its width in
 * characters and what the totals row shows under it.
 */
public record XlsxColumn(String header, Kind kind, int width, Total total) {

  /** How a column's cells are written and formatted. */
  public enum Kind {
    TEXT,
    /** A whole number shown as Vietnamese users read it: 1.234.567. */
    INTEGER,
    /** A fraction (0.2105…) shown as a percentage with one decimal: 21,1%. */
    PERCENT,
    /** A number with two decimals: 1,25. */
    DECIMAL
  }

  /** What the totals row shows in a column. */
  public sealed interface Total {}

  /** Nothing. */
  public record None() implements Total {}

  /** A fixed text ("Tổng cộng"). */
  public record Label(String text) implements Total {}

  /** =COUNTA(…): how many rows have a value. */
  public record CountA() implements Total {}

  /** =COUNTIF(…;"text"): how many rows show {@code text}. */
  public record CountIf(String text) implements Total {}

  /** =SUM(…). */
  public record Sum() implements Total {}

  /**
   * The column {@code numerator}'s sum over column {@code denominator}'s (0-based column indexes):
   * =IF(SUM(den)=0;0;SUM(num)/SUM(den)).
   */
  public record Ratio(int numerator, int denominator) implements Total {}

  /**
   * The mean of this column weighted by column {@code weight}'s values (0-based index):
   * =IF(SUM(w)=0,0,SUMPRODUCT(this,w)/SUM(w)).
   */
  public record WeightedMean(int weight) implements Total {}

  public static XlsxColumn decimal(String header, int width, Total total) {
    return new XlsxColumn(header, Kind.DECIMAL, width, total);
  }

  public static XlsxColumn text(String header, int width) {
    return new XlsxColumn(header, Kind.TEXT, width, new None());
  }

  public static XlsxColumn text(String header, int width, @Nullable Total total) {
    return new XlsxColumn(header, Kind.TEXT, width, total == null ? new None() : total);
  }

  public static XlsxColumn integer(String header, int width, Total total) {
    return new XlsxColumn(header, Kind.INTEGER, width, total);
  }

  public static XlsxColumn percent(String header, int width, Total total) {
    return new XlsxColumn(header, Kind.PERCENT, width, total);
  }
}
