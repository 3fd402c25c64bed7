package vn.eqip.plans.plan.domain.text;

/**
 * A budget cell (Dự kiến kinh phí) as the school wrote it and what it means: an amount in whole
 * đồng, a source of money without an amount ("Nguồn kinh phí ngành"), both, nothing, or text we
 * cannot read. The original text is always kept.
 *
 * @param amountVnd whole đồng, 0 for "Không"; null when no amount is written or it is unreadable
 * @param source where the money comes from, when the text names it; null otherwise
 */
public record Budget(String text, Long amountVnd, String source, Reading reading) {

  public enum Reading {
    /** Nothing written. */
    EMPTY,
    /** An amount (possibly 0, possibly with a source). */
    AMOUNT,
    /** A source of money without an amount. */
    SOURCE,
    /** Written, but not an amount or a source we recognise. */
    UNREADABLE
  }

  public boolean unreadable() {
    return reading == Reading.UNREADABLE;
  }
}
