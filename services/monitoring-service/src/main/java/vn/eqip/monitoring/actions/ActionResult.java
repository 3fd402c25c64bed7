package vn.eqip.monitoring.actions;

import java.util.Arrays;
import java.util.Optional;

/** The year-end result of an action (kết quả cuối năm), recorded by the principal. */
public enum ActionResult {
  ACHIEVED("đạt"),
  PARTLY_ACHIEVED("đạt một phần"),
  NOT_ACHIEVED("chưa đạt");

  private final String label;

  ActionResult(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<ActionResult> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String wanted = value.trim();
    return Arrays.stream(values()).filter(r -> r.name().equals(wanted)).findFirst();
  }
}
