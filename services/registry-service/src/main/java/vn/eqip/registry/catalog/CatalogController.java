package vn.eqip.registry.catalog;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import vn.eqip.platform.tenancy.Roles;
import vn.eqip.platform.web.ProblemException;

/** The criteria catalogs: read-only for every authenticated user. */
@Controller("/api/registry/frameworks")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class CatalogController {

  private final Catalogs catalogs;
  private final CatalogLoader loader;
  private final JsonMapper json;

  public CatalogController(Catalogs catalogs, CatalogLoader loader, JsonMapper json) {
    this.catalogs = catalogs;
    this.loader = loader;
    this.json = json;
  }

  /** A platform-admin loads new catalog versions from a JSON file, without a release. */
  @Post(consumes = MediaType.APPLICATION_JSON)
  @Secured({Roles.PLATFORM_ADMIN})
  @Operation(
      summary = "Nạp phiên bản bộ tiêu chí mới từ tệp JSON (platform-admin)",
      description =
          "The shape of catalog/criteria-2018.json: {frameworks: [{id, schoolLevel"
              + " (PRESCHOOL|PRIMARY|SECONDARY), circular, effective, standards: [{no, title,"
              + " criteria: [{code, title, hasLevel3, indicatorCounts?}]}], level4: [{no, summary,"
              + " verified?}], rules?: {accreditationPrecondition?}}]}. All checked first: a new id,"
              + " an effective date after the newest version of its school level, codes n.m of"
              + " their standard and unique, titles present, hasLevel3 consistent with the level-3"
              + " indicators. The bundled catalog/criteria-2025-tt22.json is the version amended by"
              + " TT22/2024 from 2025-01-25.")
  @ApiResponse(responseCode = "201", description = "The loaded versions with their counts")
  @ApiResponse(responseCode = "400", description = "Not JSON")
  @ApiResponse(responseCode = "422", description = "errors[] with every problem and its place")
  public HttpResponse<List<FrameworkSummary>> load(@Body String file) {
    JsonNode tree;
    try {
      tree = json.readValue(file, JsonNode.class);
    } catch (IOException | RuntimeException e) {
      throw ProblemException.badRequest("Tệp không phải JSON hợp lệ: " + e.getMessage());
    }
    List<String> ids = loader.loadUploaded(tree);
    return HttpResponse.created(
        ids.stream()
            .map(catalogs::catalog)
            .flatMap(Optional::stream)
            .map(FrameworkSummary::of)
            .toList());
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
