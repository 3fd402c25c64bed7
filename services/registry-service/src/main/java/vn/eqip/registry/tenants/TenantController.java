package vn.eqip.registry.tenants;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.eqip.platform.tenancy.Roles;
import vn.eqip.platform.tenancy.TokenClaims;

/** The platform operator's tenants. The platform-admin has no tenant claim: no Caller here. */
@Controller("/api/registry/tenants")
@Secured({Roles.PLATFORM_ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "tenants")
public class TenantController {

  private final TenantOnboarding onboarding;

  public TenantController(TenantOnboarding onboarding) {
    this.onboarding = onboarding;
  }

  @Post
  @Operation(
      summary = "Tiếp nhận một Sở mới (platform-admin); publishes TenantOnboarded",
      description =
          "{id, name, admin: {username, email, firstName, lastName}}: the tenant, its root org"
              + " unit (DEPARTMENT, OrgUnitRegistered), its Keycloak group tenant-{id} and its"
              + " first dept-admin (UserCreated, temporaryPassword returned once), all or"
              + " nothing, Keycloak included.")
  @ApiResponse(responseCode = "201", description = "Đã tạo")
  @ApiResponse(
      responseCode = "409",
      description = "duplicate-tenant / duplicate-username / duplicate-email")
  @ApiResponse(responseCode = "422", description = "errors[] theo trường")
  @ApiResponse(responseCode = "503", description = "Keycloak hoặc CSDL lỗi; không có gì được tạo")
  public HttpResponse<TenantView> onboard(
      Authentication authentication, @Body TenantRequest request) {
    Object username = authentication.getAttributes().get(TokenClaims.USERNAME);
    return HttpResponse.created(
        onboarding.onboard(username instanceof String s ? s : authentication.getName(), request));
  }

  @Get
  @Operation(summary = "Mọi Sở (platform-admin)")
  public TenantList list() {
    return onboarding.list();
  }

  @Post("/{id}/suspension")
  @Operation(
      summary = "Tạm ngừng một Sở (platform-admin); publishes TenantSuspended",
      description =
          "Data kept. The registry answers 403 tenant-suspended to its users at once (its other"
              + " instances within 30 s); other services learn it from TenantSuspended.")
  @ApiResponse(responseCode = "404", description = "Không có Sở này")
  public TenantView suspend(String id) {
    return onboarding.suspend(id);
  }

  @Post("/{id}/resumption")
  @Operation(summary = "Cho một Sở hoạt động lại (platform-admin); publishes TenantResumed")
  @ApiResponse(responseCode = "404", description = "Không có Sở này")
  public TenantView resume(String id) {
    return onboarding.resume(id);
  }
}
