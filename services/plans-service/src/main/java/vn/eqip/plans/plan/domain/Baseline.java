package vn.eqip.plans.plan.domain;

/**
 * The assessment a plan starts from (Căn cứ: the latest finished self-assessment when the plan was
 * started), with its summary line as it stood then.
 */
public record Baseline(String assessmentId, String schoolYear, String summaryLine) {}
