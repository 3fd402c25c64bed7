package vn.eqip.registry.schools;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A school as the API shows it. The first nine fields are what other services read; the rest came
 * with issue 3 (additive).
 *
 * @param framework the criteria catalog for the school's level in force today, or on 1 September of
 *     the school year asked for
 * @param includedLevels the levels of a MULTI_LEVEL school (empty otherwise)
 * @param openedOn,closedOn ISO dates; closedOn is the day of the merge or closure
 */
@Serdeable
public record SchoolView(
    String id,
    String code,
    String name,
    SchoolLevel level,
    String levelLabel,
    String type,
    String orgUnitId,
    String status,
    @Nullable String framework,
    List<SchoolLevel> includedLevels,
    String typeLabel,
    @Nullable String commune,
    @Nullable String address,
    @Nullable String phone,
    @Nullable String principalName,
    @Nullable String openedOn,
    @Nullable String closedOn,
    @Nullable String mergedIntoId) {

  static SchoolView of(School s, @Nullable String framework) {
    return new SchoolView(
        s.id(),
        s.code(),
        s.name(),
        s.level(),
        s.level().label(),
        s.type(),
        s.orgUnitId(),
        s.status(),
        framework,
        s.levels(),
        SchoolType.parse(s.type()).label(),
        s.commune(),
        s.address(),
        s.phone(),
        s.principalName(),
        s.openedOn() == null ? null : s.openedOn().toString(),
        s.closedOn() == null ? null : s.closedOn().toString(),
        s.mergedIntoId());
  }
}
