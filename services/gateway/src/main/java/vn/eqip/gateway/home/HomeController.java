package vn.eqip.gateway.home;

import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/** The gateway's own pages: a short landing page and the index of the services' API documents. */
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

  private static final String LANDING =
      """
      <!DOCTYPE html>
      <html lang="vi">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>EQIP – Nền tảng cải tiến chất lượng giáo dục</title>
      </head>
      <body>
      <main>
      <h1>EQIP – Nền tảng cải tiến chất lượng giáo dục</h1>
      <p>Cổng API của EQIP: tự đánh giá, kế hoạch cải tiến chất lượng, theo dõi và báo cáo
      cho các Sở GD&amp;ĐT và nhà trường.</p>
      <ul>
      <li><a href="/api/docs">Tài liệu API (OpenAPI) của các dịch vụ</a></li>
      <li><a href="/health">Tình trạng hệ thống</a></li>
      </ul>
      <p>Ứng dụng web dành cho người dùng sẽ được phục vụ tại đây trong phiên bản sau.</p>
      </main>
      </body>
      </html>
      """;

  @Get(produces = MediaType.TEXT_HTML + ";charset=utf-8")
  @Operation(summary = "Trang giới thiệu (landing page)")
  public String landing() {
    return LANDING;
  }

  @Get(uri = "/api/docs", produces = MediaType.APPLICATION_JSON)
  @Operation(summary = "Danh sách tài liệu OpenAPI của các dịch vụ, qua gateway")
  public ApiDocs docs() {
    return DOCS;
  }
}
