package vn.eqip.registry.orgtree;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

@Serdeable
public record OrgUnitView(
    String id, @Nullable String parentId, OrgUnitKind kind, String name, String path) {

  static OrgUnitView of(OrgUnit unit) {
    return new OrgUnitView(unit.id(), unit.parentId(), unit.kind(), unit.name(), unit.path());
  }
}
