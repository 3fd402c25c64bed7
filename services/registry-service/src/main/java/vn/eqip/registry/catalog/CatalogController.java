package vn.eqip.registry.catalog;

import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import java.util.List;
import vn.eqip.platform.web.ProblemException;

/** The criteria catalogs: read-only for every authenticated user. */
@Controller("/api/registry/frameworks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class CatalogController {

  private final Catalogs catalogs;

  public CatalogController(Catalogs catalogs) {
    this.catalogs = catalogs;
  }

  /** Every catalog version with its denominators and accreditation precondition. */
  @Get
  public List<FrameworkSummary> list() {
    return catalogs.all();
  }

  /** One version: criteria with indicator counts per level, level-4 requirements, precondition. */
  @Get("/{id}")
  public CatalogView get(String id) {
    return catalogs.catalog(id).orElseThrow(() -> ProblemException.notFound("bộ tiêu chí " + id));
  }
}
