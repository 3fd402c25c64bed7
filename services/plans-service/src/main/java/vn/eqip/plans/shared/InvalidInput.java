package vn.eqip.plans.shared;

import java.util.List;

/**
 * Input that breaks a rule of the domain, with one message per offending field, written for the
 * user (Vietnamese). Rendered as 422 problem+json with the field list.
 */
public class InvalidInput extends RuntimeException {

  private final List<Violation> violations;

  public InvalidInput(String field, String message) {
    this(List.of(new Violation(field, message)));
  }

  public InvalidInput(List<Violation> violations) {
    super(violations.stream().map(Violation::message).reduce((a, b) -> a + " " + b).orElse(""));
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }

  public record Violation(String field, String message) {}
}
