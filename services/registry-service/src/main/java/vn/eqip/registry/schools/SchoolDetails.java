package vn.eqip.registry.schools;

import io.micronaut.core.annotation.Nullable;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/** The editable fields of a school, validated (see {@link SchoolValidator}). */
public record SchoolDetails(
    String code,
    String name,
    SchoolLevel level,
    List<SchoolLevel> includedLevels,
    SchoolType type,
    SchoolStatus status,
    @Nullable String commune,
    @Nullable String address,
    @Nullable String phone,
    @Nullable String principalName,
    @Nullable LocalDate openedOn,
    @Nullable LocalDate closedOn,
    @Nullable String mergedIntoId) {

  public SchoolDetails withName(String newName) {
    return new SchoolDetails(
        code,
        newName,
        level,
        includedLevels,
        type,
        status,
        commune,
        address,
        phone,
        principalName,
        openedOn,
        closedOn,
        mergedIntoId);
  }

  static String joinLevels(List<SchoolLevel> levels) {
    if (levels == null || levels.isEmpty()) {
      return null;
    }
    return levels.stream().map(Enum::name).collect(Collectors.joining(","));
  }
}
