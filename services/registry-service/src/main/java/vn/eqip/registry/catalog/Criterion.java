package vn.eqip.registry.catalog;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("criterion")
public record Criterion(
    @EmbeddedId Key key,
    int standardNo,
    String standardTitle,
    String title,
    boolean hasLevel3,
    int sortOrder) {

  @Embeddable
  public record Key(
      @io.micronaut.data.annotation.MappedProperty("framework_id") String frameworkId,
      @io.micronaut.data.annotation.MappedProperty("code") String code) {}
}
