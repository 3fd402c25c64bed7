package vn.eqip.registry.orgtree;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** Bodies of the org tree's changes; checked by {@link OrgTreeEditor} (422 naming the field). */
public final class OrgUnitRequests {

  private OrgUnitRequests() {}

  /** A new unit under {@code parentId}; kind is DISTRICT_OFFICE, COMMUNE_OFFICE or CLUSTER. */
  @Serdeable
  public record Create(@Nullable String parentId, @Nullable String kind, @Nullable String name) {}

  @Serdeable
  public record Rename(@Nullable String name) {}

  @Serdeable
  public record Move(@Nullable String newParentId) {}

  /** {@code closedOn} defaults to today. */
  @Serdeable
  public record Close(@Nullable String closedOn) {}
}
