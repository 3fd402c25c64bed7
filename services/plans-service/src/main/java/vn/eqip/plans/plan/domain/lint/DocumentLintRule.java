package vn.eqip.plans.plan.domain.lint;

import java.util.List;
import vn.eqip.plans.plan.domain.PlanDocument;

/** One check of the linter over the document around the table (title, purposes, bases…). */
public interface DocumentLintRule {

  List<Finding> check(PlanDocument document, LintContext context);
}
