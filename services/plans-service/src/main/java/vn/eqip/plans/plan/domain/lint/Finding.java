package vn.eqip.plans.plan.domain.lint;

import vn.eqip.plans.plan.domain.PlanRow;

/**
 * A mistake the linter found in a row (or, with no row, in the document around the table): a stable
 * code for clients and a Vietnamese message naming the row (TT number and criterion) and the fix.
 */
public record Finding(String rowId, int rowNo, String code, Severity severity, String message) {

  public static Finding error(int rowNo, PlanRow row, String code, String message) {
    return new Finding(row.rowId(), rowNo, code, Severity.ERROR, where(rowNo, row) + message);
  }

  public static Finding warning(int rowNo, PlanRow row, String code, String message) {
    return new Finding(row.rowId(), rowNo, code, Severity.WARNING, where(rowNo, row) + message);
  }

  /** A finding about the document around the table: no row (rowId null, rowNo 0). */
  public static Finding ofDocument(String code, boolean blocking, String message) {
    return new Finding(null, 0, code, blocking ? Severity.ERROR : Severity.WARNING, message);
  }

  /** "Dòng 15 (Tiêu chí 3.1): " */
  static String where(int rowNo, PlanRow row) {
    return "Dòng " + rowNo + " (" + row.label() + "): ";
  }

  public boolean blocking() {
    return severity == Severity.ERROR;
  }
}
