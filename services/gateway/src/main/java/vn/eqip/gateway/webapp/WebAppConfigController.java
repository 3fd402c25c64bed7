package vn.eqip.gateway.webapp;

import io.micronaut.context.annotation.Value;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The web app's sign-in settings, read before anyone is signed in (nothing secret in it). */
@Controller("/api/config")
@Secured(SecurityRule.IS_ANONYMOUS)
@Tag(name = "gateway")
public class WebAppConfigController {

  private final WebAppConfig config;

  public WebAppConfigController(
      @Value("${eqip.security.issuer}") String issuer,
      @Value("${eqip.web.client-id:eqip-web}") String clientId) {
    this.config = WebAppConfig.of(issuer, clientId);
  }

  @Get(produces = MediaType.APPLICATION_JSON)
  @Operation(summary = "Cấu hình đăng nhập của ứng dụng web (Keycloak, realm, client)")
  public WebAppConfig config() {
    return config;
  }
}
