package vn.eqip.registry.catalog;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;

/**
 * A criterion (tiêu chí) of a catalog version, with how many indicators (chỉ báo) each of its
 * levels has: 0 at level 3 when the criterion has no level-3 requirements, 0 at every level when
 * the version does not say.
 */
@MappedEntity("criterion")
public record Criterion(
    @EmbeddedId Key key,
    int standardNo,
    String standardTitle,
    String title,
    boolean hasLevel3,
    int sortOrder,
    @MappedProperty("indicators_level1") int indicatorsLevel1,
    @MappedProperty("indicators_level2") int indicatorsLevel2,
    @MappedProperty("indicators_level3") int indicatorsLevel3) {

  @Embeddable
  public record Key(
      @MappedProperty("framework_id") String frameworkId, @MappedProperty("code") String code) {}
}
