package vn.eqip.reporting.scope;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import vn.eqip.platform.orgscope.OrgScopes;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.web.ProblemException;
import vn.eqip.reporting.rollup.SchoolYear;

/** Turns a report's parameters into a {@link ReportScope} the caller may see. */
@Singleton
public class ReportScopes {

  private final OrgScopes scopes;
  private final Clock clock = Clock.systemUTC();

  public ReportScopes(OrgScopes scopes) {
    this.scopes = scopes;
  }

  /** Whether {@code year} is over ({@link SchoolsOfYear#isOver}) now. */
  public boolean isOver(SchoolYear year) {
    return SchoolsOfYear.isOver(year, clock.instant());
  }

  /**
   * The school year (400 if missing or malformed) and {@code orgUnitId} (the caller's own unit when
   * null); a unit outside the caller's subtree, unknown or of another tenant is 404.
   */
  public ReportScope resolve(
      Caller caller, @Nullable String schoolYear, @Nullable String orgUnitId) {
    SchoolYear year =
        SchoolYear.parse(schoolYear)
            .orElseThrow(
                () ->
                    ProblemException.badRequest(
                        "Năm học không hợp lệ: cần tham số schoolYear dạng 2026-2027, gồm hai năm"
                            + " liền nhau (schoolYear must look like 2026-2027)."));
    String unit = orgUnitId == null || orgUnitId.isBlank() ? caller.orgUnitId() : orgUnitId.trim();
    String path = scopes.pathOf(caller.tenantId(), unit).orElse(null);
    if (!unit.equals(caller.orgUnitId())) {
      // the same rule as OrgScopes.contains, with one query less (the unit's path is needed anyway)
      String own = scopes.pathOf(caller.tenantId(), caller.orgUnitId()).orElse(null);
      if (own == null || path == null || !path.startsWith(own)) {
        throw ProblemException.notFound("đơn vị " + unit);
      }
    }
    return new ReportScope(
        caller.tenantId(), year, unit, path, SchoolsOfYear.isOver(year, clock.instant()));
  }
}
