package vn.eqip.monitoring.actions;

import java.util.Arrays;
import java.util.Optional;

/** Where an action of an approved plan stands (tình trạng thực hiện). */
public enum ActionStatus {
  NOT_STARTED("chưa bắt đầu"),
  IN_PROGRESS("đang thực hiện"),
  DONE("hoàn thành"),
  PAUSED("tạm dừng");

  private final String label;

  ActionStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<ActionStatus> parse(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String wanted = value.trim();
    return Arrays.stream(values()).filter(s -> s.name().equals(wanted)).findFirst();
  }
}
