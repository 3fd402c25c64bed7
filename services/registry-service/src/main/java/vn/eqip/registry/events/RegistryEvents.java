package vn.eqip.registry.events;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import vn.eqip.registry.orgtree.OrgUnit;
import vn.eqip.registry.schools.School;

/**
 * Events the registry publishes (source {@code registry}, schema version 1). Each carries a full
 * snapshot so that consumers can upsert and tolerate reordering. See docs/architecture.md. Fields
 * after the first ones of each payload were added by issue 3 (optional, additive).
 */
public final class RegistryEvents {

  public static final String ORG_UNIT_REGISTERED = "OrgUnitRegistered";
  public static final String SCHOOL_REGISTERED = "SchoolRegistered";
  public static final String SCHOOL_UPDATED = "SchoolUpdated";
  public static final String SCHOOL_YEAR_OPENED = "SchoolYearOpened";
  public static final String SCHOOL_YEAR_CLOSED = "SchoolYearClosed";

  private RegistryEvents() {}

  /** {id, parentId, kind, name, path} and, additive, {status, closedOn}. */
  @Serdeable
  public record OrgUnitChanged(
      String id,
      @Nullable String parentId,
      String kind,
      String name,
      String path,
      @Nullable String status,
      @Nullable String closedOn) {
    public static OrgUnitChanged of(OrgUnit unit) {
      return new OrgUnitChanged(
          unit.id(),
          unit.parentId(),
          unit.kind().name(),
          unit.name(),
          unit.path(),
          unit.status(),
          unit.closedOn() == null ? null : unit.closedOn().toString());
    }
  }

  /**
   * {id, code, name, level, type, orgUnitId, path, status, framework} and, additive,
   * {includedLevels, commune, address, phone, principalName, openedOn, closedOn, mergedIntoId}.
   */
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
      @Nullable String framework,
      List<String> includedLevels,
      @Nullable String commune,
      @Nullable String address,
      @Nullable String phone,
      @Nullable String principalName,
      @Nullable String openedOn,
      @Nullable String closedOn,
      @Nullable String mergedIntoId) {
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
          framework,
          school.levels().stream().map(Enum::name).toList(),
          school.commune(),
          school.address(),
          school.phone(),
          school.principalName(),
          school.openedOn() == null ? null : school.openedOn().toString(),
          school.closedOn() == null ? null : school.closedOn().toString(),
          school.mergedIntoId());
    }
  }
}
