package vn.eqip.plans.plan.domain;

/**
 * The number and symbol of the plan as an administrative document: "56/KH-THĐP", shown as "Số:
 * 56/KH-THĐP". KH is the symbol of a plan (Kế hoạch); the abbreviation is the issuing school's.
 * Numbers run per tenant, school and calendar year (administrative numbering restarts on 1 January)
 * and are assigned once, on the plan's first submission.
 */
public record DocumentNumber(int number, int year, String abbreviation) {

  public String symbol() {
    return number + "/KH-" + abbreviation;
  }

  /** "Số: 56/KH-THĐP" */
  public String line() {
    return "Số: " + symbol();
  }
}
