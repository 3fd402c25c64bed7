package vn.eqip.registry.schools;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A school as a client sends it (POST and PUT). Everything is text so that a wrong value becomes a
 * 422 naming the field rather than an unreadable body; {@link SchoolValidator} checks it.
 *
 * @param orgUnitId the org unit the school belongs to (POST only; PUT moves through the org tree)
 * @param includedLevels the levels of a MULTI_LEVEL school, e.g. ["PRIMARY", "LOWER_SECONDARY"]
 * @param status ACTIVE (default), MERGED (with mergedIntoId and closedOn) or CLOSED (with closedOn)
 * @param openedOn,closedOn ISO dates, "2025-09-01"
 */
@Serdeable
public record SchoolRequest(
    @Nullable String code,
    @Nullable String name,
    @Nullable String level,
    @Nullable List<String> includedLevels,
    @Nullable String type,
    @Nullable String orgUnitId,
    @Nullable String commune,
    @Nullable String address,
    @Nullable String phone,
    @Nullable String principalName,
    @Nullable String status,
    @Nullable String openedOn,
    @Nullable String closedOn,
    @Nullable String mergedIntoId) {

  /** The request that would leave {@code school} as it is. */
  public static SchoolRequest of(School school) {
    return new SchoolRequest(
        school.code(),
        school.name(),
        school.level().name(),
        school.levels().stream().map(Enum::name).toList(),
        school.type(),
        school.orgUnitId(),
        school.commune(),
        school.address(),
        school.phone(),
        school.principalName(),
        school.status(),
        school.openedOn() == null ? null : school.openedOn().toString(),
        school.closedOn() == null ? null : school.closedOn().toString(),
        school.mergedIntoId());
  }

  /** This request with every non-null field of {@code patch} laid over it. */
  public SchoolRequest overlay(SchoolPatch patch) {
    return new SchoolRequest(
        pick(patch.code(), code),
        pick(patch.name(), name),
        pick(patch.level(), level),
        patch.includedLevels() != null ? patch.includedLevels() : includedLevels,
        pick(patch.type(), type),
        orgUnitId,
        pick(patch.commune(), commune),
        pick(patch.address(), address),
        pick(patch.phone(), phone),
        pick(patch.principalName(), principalName),
        pick(patch.status(), status),
        pick(patch.openedOn(), openedOn),
        pick(patch.closedOn(), closedOn),
        pick(patch.mergedIntoId(), mergedIntoId));
  }

  private static String pick(String patched, String current) {
    return patched != null ? patched : current;
  }
}
