package vn.eqip.registry.orgtree;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A unit as the API shows it; {@code status} and {@code closedOn} came with issue 3. */
@Serdeable
public record OrgUnitView(
    String id,
    @Nullable String parentId,
    OrgUnitKind kind,
    String name,
    String path,
    String status,
    @Nullable String closedOn) {

  static OrgUnitView of(OrgUnit unit) {
    return new OrgUnitView(
        unit.id(),
        unit.parentId(),
        unit.kind(),
        unit.name(),
        unit.path(),
        unit.status(),
        unit.closedOn() == null ? null : unit.closedOn().toString());
  }
}
