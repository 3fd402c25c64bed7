package vn.eqip.registry.catalog;

import io.micronaut.data.annotation.Embeddable;
import io.micronaut.data.annotation.EmbeddedId;
import io.micronaut.data.annotation.MappedEntity;

@MappedEntity("level4_requirement")
public record Level4Requirement(@EmbeddedId Key key, String summary, boolean verified) {

  @Embeddable
  public record Key(
      @io.micronaut.data.annotation.MappedProperty("framework_id") String frameworkId,
      @io.micronaut.data.annotation.MappedProperty("no") int no) {}
}
