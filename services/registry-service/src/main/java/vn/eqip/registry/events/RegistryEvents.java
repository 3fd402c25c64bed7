package vn.eqip.registry.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import vn.eqip.registry.orgtree.OrgUnit;
import vn.eqip.registry.schools.School;

/**
 * Events the registry publishes (source {@code registry}, schema version 1). Each carries a full
 * snapshot so that consumers can upsert and tolerate reordering. See docs/architecture.md.
 */
public final class RegistryEvents {

  public static final String ORG_UNIT_REGISTERED = "OrgUnitRegistered";
  public static final String SCHOOL_REGISTERED = "SchoolRegistered";
  public static final String SCHOOL_UPDATED = "SchoolUpdated";

  private RegistryEvents() {}

  @Serdeable
  public record OrgUnitChanged(
      String id, @Nullable String parentId, String kind, String name, String path) {
    public static OrgUnitChanged of(OrgUnit unit) {
      return new OrgUnitChanged(
          unit.id(), unit.parentId(), unit.kind().name(), unit.name(), unit.path());
    }
  }

  @Serdeable
  public record SchoolChanged(
      String id,
      String code,
      String name,
      String level,
      String type,
      String orgUnitId,
      String path,
      String status,
      @Nullable String framework) {
    public static SchoolChanged of(School school, String path, String framework) {
      return new SchoolChanged(
          school.id(),
          school.code(),
          school.name(),
          school.level().name(),
          school.type(),
          school.orgUnitId(),
          path,
          school.status(),
          framework);
    }
  }
}
