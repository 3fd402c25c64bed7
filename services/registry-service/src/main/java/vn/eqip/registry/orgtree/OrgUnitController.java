package vn.eqip.registry.orgtree;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.web.ProblemException;

@Controller("/api/registry/org-units")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class OrgUnitController {

  private final OrgScope scope;

  public OrgUnitController(OrgScope scope) {
    this.scope = scope;
  }

  /** The caller's org unit and everything below it, in tree order. */
  @Get
  public OrgUnitList list(Caller caller) {
    List<OrgUnitView> items = scope.unitsOf(caller).stream().map(OrgUnitView::of).toList();
    return new OrgUnitList(items);
  }

  @Get("/{id}")
  public OrgUnitView get(Caller caller, String id) {
    return scope
        .unit(caller, id)
        .map(OrgUnitView::of)
        .orElseThrow(() -> ProblemException.notFound("đơn vị " + id));
  }
}
