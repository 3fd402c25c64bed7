package vn.eqip.registry.catalog;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * A whole catalog as other services read it (plans-service validates and counts with it).
 *
 * @param accreditationPrecondition what Điều 34 khoản 1 điểm a asks besides the external evaluation
 * @param accreditationPreconditionText the circular's wording of it, when recorded
 */
@Serdeable
public record CatalogView(
    String id,
    String schoolLevel,
    String circular,
    LocalDate effectiveFrom,
    AccreditationPrecondition accreditationPrecondition,
    @Nullable String accreditationPreconditionText,
    List<CriterionView> criteria,
    List<Level4View> level4Requirements) {

  @Serdeable
  public record CriterionView(
      String code,
      int standardNo,
      String standardTitle,
      String title,
      boolean hasLevel3,
      IndicatorCounts indicatorCounts) {}

  /**
   * How many indicators (chỉ báo a, b, c…) each level of a criterion has (Điều 6 khoản 2: level k
   * is reached when every indicator of levels 1..k is met); all 0 when the version does not say.
   */
  @Serdeable
  public record IndicatorCounts(int level1, int level2, int level3) {}

  @Serdeable
  public record Level4View(int no, String summary, boolean verified) {}
}
