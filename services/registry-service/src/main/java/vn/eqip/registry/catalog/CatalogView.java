package vn.eqip.registry.catalog;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** A whole catalog as other services read it (plans-service validates and counts with it). */
@Serdeable
public record CatalogView(
    String id,
    String schoolLevel,
    String circular,
    LocalDate effectiveFrom,
    List<CriterionView> criteria,
    List<Level4View> level4Requirements) {

  @Serdeable
  public record CriterionView(
      String code, int standardNo, String standardTitle, String title, boolean hasLevel3) {}

  @Serdeable
  public record Level4View(int no, String summary, boolean verified) {}
}
