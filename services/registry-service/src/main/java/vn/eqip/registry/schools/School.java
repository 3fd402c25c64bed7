package vn.eqip.registry.schools;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.data.annotation.MappedProperty;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * A school of a tenant; its id is also its node in the org tree. {@code nameFolded} is always
 * {@link SchoolNames#fold(String)} of the name: build schools through the constructor helpers here
 * so that it never goes stale.
 *
 * @param includedLevels for a MULTI_LEVEL school, the levels it includes, comma-separated
 * @param closedOn the day the school was merged or closed (status MERGED or CLOSED)
 * @param mergedIntoId the school it was merged into (status MERGED)
 */
@MappedEntity("school")
public record School(
    @Id String id,
    String tenantId,
    String code,
    String name,
    @Nullable String nameFolded,
    SchoolLevel level,
    @Nullable String includedLevels,
    @MappedProperty("school_type") String type,
    String orgUnitId,
    String status,
    @Nullable String commune,
    @Nullable String address,
    @Nullable String phone,
    @Nullable String principalName,
    @Nullable LocalDate openedOn,
    @Nullable LocalDate closedOn,
    @Nullable String mergedIntoId) {

  /** A new active school with only the required fields. */
  public static School basic(
      String id,
      String tenantId,
      String code,
      String name,
      SchoolLevel level,
      String type,
      String orgUnitId) {
    return new School(
        id,
        tenantId,
        code,
        name,
        SchoolNames.fold(name),
        level,
        null,
        type,
        orgUnitId,
        SchoolStatus.ACTIVE.name(),
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  /** This school with the editable fields of {@code d}; the folded name follows the name. */
  public School with(SchoolDetails d) {
    return new School(
        id,
        tenantId,
        d.code(),
        d.name(),
        SchoolNames.fold(d.name()),
        d.level(),
        SchoolDetails.joinLevels(d.includedLevels()),
        d.type().name(),
        orgUnitId,
        d.status().name(),
        d.commune(),
        d.address(),
        d.phone(),
        d.principalName(),
        d.openedOn(),
        d.closedOn(),
        d.mergedIntoId());
  }

  public School withName(String newName) {
    return with(details().withName(newName));
  }

  public School withOrgUnit(String newOrgUnitId) {
    return new School(
        id,
        tenantId,
        code,
        name,
        nameFolded,
        level,
        includedLevels,
        type,
        newOrgUnitId,
        status,
        commune,
        address,
        phone,
        principalName,
        openedOn,
        closedOn,
        mergedIntoId);
  }

  /** The editable fields as they are now. */
  public SchoolDetails details() {
    return new SchoolDetails(
        code,
        name,
        level,
        levels(),
        SchoolType.parse(type),
        SchoolStatus.valueOf(status),
        commune,
        address,
        phone,
        principalName,
        openedOn,
        closedOn,
        mergedIntoId);
  }

  public List<SchoolLevel> levels() {
    if (includedLevels == null || includedLevels.isBlank()) {
      return List.of();
    }
    return Arrays.stream(includedLevels.split(",")).map(SchoolLevel::valueOf).toList();
  }
}
