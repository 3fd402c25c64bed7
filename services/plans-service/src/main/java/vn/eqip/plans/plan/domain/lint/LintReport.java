package vn.eqip.plans.plan.domain.lint;

import java.util.List;

/** The findings of a plan, blocking errors first; submission is refused while errors remain. */
public record LintReport(List<Finding> errors, List<Finding> warnings) {

  public LintReport {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  public boolean blocksSubmission() {
    return !errors.isEmpty();
  }

  public List<String> codes() {
    return java.util.stream.Stream.concat(errors.stream(), warnings.stream())
        .map(Finding::code)
        .toList();
  }
}
