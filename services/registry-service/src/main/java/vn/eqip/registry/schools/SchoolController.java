package vn.eqip.registry.schools;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
import java.time.LocalDate;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.tenancy.Roles;

@Controller("/api/registry/schools")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SchoolController {

  private final SchoolDirectory directory;

  public SchoolController(SchoolDirectory directory) {
    this.directory = directory;
  }

  /** The schools the caller may see: their org unit's subtree (a school user: their school). */
  @Get
  public SchoolList list(Caller caller) {
    var items = directory.schoolsOf(caller);
    return new SchoolList(items, items.size());
  }

  /**
   * One school. {@code framework} is the catalog version in force on 1 September of {@code
   * schoolYear}'s first year ("2025-2026"), or today without it.
   */
  @Get("/{id}{?schoolYear}")
  public SchoolView get(Caller caller, String id, @Nullable @QueryValue String schoolYear) {
    LocalDate on =
        schoolYear == null ? LocalDate.now() : SchoolYear.parse(schoolYear).catalogDate();
    return directory.school(caller, id, on);
  }

  @Patch("/{id}")
  @Secured({Roles.DEPT_ADMIN})
  public SchoolView rename(Caller caller, String id, @Valid @Body RenameSchoolRequest request) {
    return directory.rename(caller, id, request.name().trim());
  }
}
