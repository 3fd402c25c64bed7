package vn.eqip.monitoring.actions;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * The part of plans.PlanApproved.v1 (and plans.PlanAmendmentDiscarded.v1, the same payload) this
 * service reads (a tolerant reader: other fields are ignored).
 */
@Serdeable
public record PlanApproved(
    @Nullable String planId,
    @Nullable String schoolId,
    @Nullable String schoolYear,
    @Nullable String status,
    @Nullable Integer revision,
    @Nullable List<Row> rows) {

  public List<Row> rowsOrEmpty() {
    return rows == null ? List.of() : rows;
  }

  public int revisionOrZero() {
    return revision == null ? 0 : revision;
  }

  @Serdeable
  public record Row(
      @Nullable String rowId, @Nullable String criterionCode, @Nullable List<Action> actions) {

    public List<Action> actionsOrEmpty() {
      return actions == null ? List.of() : actions;
    }
  }

  @Serdeable
  public record Action(
      @Nullable String actionId,
      @Nullable String description,
      @Nullable String lead,
      @Nullable String timeline,
      @Nullable String budget,
      @Nullable String timelineStart,
      @Nullable String timelineEnd,
      @Nullable Boolean recurring) {

    /** The start date if it is an ISO date (yyyy-MM-dd); anything else is no date. */
    public LocalDate startDate() {
      return isoDate(timelineStart);
    }

    public LocalDate endDate() {
      return isoDate(timelineEnd);
    }

    public boolean isRecurring() {
      return Boolean.TRUE.equals(recurring);
    }

    private static LocalDate isoDate(String value) {
      if (value == null || value.isBlank()) {
        return null;
      }
      try {
        return LocalDate.parse(
            value.trim().length() > 10 ? value.trim().substring(0, 10) : value.trim());
      } catch (DateTimeParseException e) {
        return null;
      }
    }
  }
}
