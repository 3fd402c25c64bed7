package vn.eqip.gateway.home;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** The index of the services' API documents. ({@code /} is the web app: see {@code webapp}.) */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "gateway")
public class HomeController {

  static final ApiDocs DOCS =
      new ApiDocs(
          List.of(
              new ApiDocs.Entry(
                  "registry-service", "/api/registry/openapi/eqip-registry-service-0.1.yml"),
              new ApiDocs.Entry("plans-service", "/api/plans/openapi/eqip-plans-service-0.1.yml"),
              new ApiDocs.Entry(
                  "monitoring-service", "/api/monitoring/openapi/eqip-monitoring-service-0.1.yml"),
              new ApiDocs.Entry(
                  "reporting-service", "/api/reports/openapi/eqip-reporting-service-0.1.yml")));

  @Get(uri = "/api/docs", produces = MediaType.APPLICATION_JSON)
  @Operation(summary = "Danh sách tài liệu OpenAPI của các dịch vụ, qua gateway")
  public ApiDocs docs() {
    return DOCS;
  }
}
