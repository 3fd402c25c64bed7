package vn.eqip.registry.schools;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.registry.orgtree.OrgUnit;
import vn.eqip.registry.orgtree.OrgUnitHistory;
import vn.eqip.registry.orgtree.OrgUnitMembership;
import vn.eqip.registry.orgtree.OrgUnitRepository;

/** Which org unit a school belonged to, and when. */
@Singleton
public class SchoolHistory {

  private final OrgUnitHistory history;
  private final OrgUnitRepository units;

  public SchoolHistory(OrgUnitHistory history, OrgUnitRepository units) {
    this.history = history;
    this.units = units;
  }

  /** The memberships of a school the caller may see; with a year, those overlapping it. */
  View of(Caller caller, School school, @Nullable SchoolYear year) {
    LocalDate from = year == null ? null : year.catalogDate();
    LocalDate to = from == null ? null : from.plusYears(1);
    List<Membership> items =
        history.of(caller.tenantId(), school.id()).stream()
            .filter(m -> from == null || overlaps(m, from, to))
            .map(m -> membership(caller.tenantId(), m))
            .toList();
    return new View(school.id(), year == null ? null : year.toString(), items);
  }

  private static boolean overlaps(OrgUnitMembership m, LocalDate from, LocalDate to) {
    boolean endsAfterStart = m.validTo() == null || m.validTo().isAfter(from);
    boolean startsBeforeEnd = m.validFrom().isBefore(to);
    boolean empty = m.validTo() != null && !m.validTo().isAfter(m.validFrom());
    return endsAfterStart && startsBeforeEnd && !empty;
  }

  private Membership membership(String tenantId, OrgUnitMembership m) {
    OrgUnit unit = units.findByTenantIdAndId(tenantId, m.parentId()).orElse(null);
    return new Membership(
        m.parentId(),
        unit == null ? null : unit.name(),
        unit == null ? null : unit.path(),
        m.validFrom().toString(),
        m.validTo() == null ? null : m.validTo().toString());
  }

  /** A school's memberships; {@code schoolYear} when asked for one. */
  @Serdeable
  public record View(String schoolId, @Nullable String schoolYear, List<Membership> items) {}

  /** One org unit during [validFrom, validTo); validTo absent = still in force. */
  @Serdeable
  public record Membership(
      String orgUnitId,
      @Nullable String orgUnitName,
      @Nullable String orgUnitPath,
      String validFrom,
      @Nullable String validTo) {}
}
