package vn.eqip.registry.schoolyears;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.Instant;
import java.time.LocalDate;

/** A school year of a tenant; status OPEN or CLOSED. */
@MappedEntity("school_year")
public record OpenedSchoolYear(
    @EmbeddedId Key key,
    LocalDate submissionDeadline,
    String progressReportDates,
    String status,
    String openedBy,
    @Nullable Instant closedAt) {

  static final String OPEN = "OPEN";
  static final String CLOSED = "CLOSED";

  @Embeddable
  public record Key(
      @MappedProperty("tenant_id") String tenantId,
      @MappedProperty("school_year") String schoolYear) {}
}
