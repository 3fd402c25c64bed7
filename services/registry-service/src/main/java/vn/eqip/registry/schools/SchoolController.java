package vn.eqip.registry.schools;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import jakarta.validation.Valid;
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

  @Get("/{id}")
  public SchoolView get(Caller caller, String id) {
    return directory.school(caller, id);
  }

  @Patch("/{id}")
  @Secured({Roles.DEPT_ADMIN})
  public SchoolView rename(Caller caller, String id, @Valid @Body RenameSchoolRequest request) {
    return directory.rename(caller, id, request.name().trim());
  }
}
