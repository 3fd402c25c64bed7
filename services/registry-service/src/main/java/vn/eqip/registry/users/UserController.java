package vn.eqip.registry.users;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.tenancy.Roles;

/**
 * A dept-admin's accounts: reviewers of an org unit, principals and staff of a school, created in
 * Keycloak and in the registry. Only accounts whose org unit lies in the caller's subtree are seen.
 */
@Controller("/api/registry/users")
@Secured({Roles.DEPT_ADMIN})
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "users")
public class UserController {

  private final UserAdministration users;

  public UserController(UserAdministration users) {
    this.users = users;
  }

  @Post
  @Operation(
      summary = "Tạo người dùng (dept-admin); publishes UserCreated",
      description =
          "{username, email, firstName, lastName, role: reviewer|principal|staff, orgUnitId}."
              + " The account is created in Keycloak with the attributes tenant (from the token)"
              + " and org_unit and the realm role, in the tenant's group, with a temporary"
              + " password returned once as temporaryPassword; then in the registry. Keycloak"
              + " failure: nothing written; registry failure: the Keycloak account is deleted.")
  @ApiResponse(responseCode = "201", description = "Đã tạo; temporaryPassword chỉ trả về lần này")
  @ApiResponse(
      responseCode = "403",
      description = "Vai trò platform-admin/dept-admin, hoặc tenant khác Sở của mình")
  @ApiResponse(responseCode = "409", description = "duplicate-username / duplicate-email")
  @ApiResponse(
      responseCode = "422",
      description = "errors[] theo trường; đơn vị ngoài phạm vi hoặc không hợp vai trò")
  @ApiResponse(responseCode = "503", description = "Keycloak không sẵn sàng; không có gì thay đổi")
  public HttpResponse<UserView> create(Caller caller, @Body UserRequest request) {
    return HttpResponse.created(users.create(caller, request));
  }

  @Get
  @Operation(
      summary = "Danh sách người dùng trong phạm vi (dept-admin)",
      description =
          "orgUnitId narrows to that unit's subtree; role; active=true|false; page from 0, size"
              + " 1–200 (default 50); sorted by username.")
  @ApiResponse(responseCode = "400", description = "page, size hoặc role sai (errors[0].field)")
  public UserList list(
      Caller caller,
      @QueryValue @Nullable String orgUnitId,
      @QueryValue @Nullable String role,
      @QueryValue @Nullable Boolean active,
      @QueryValue @Nullable Integer page,
      @QueryValue @Nullable Integer size) {
    return users.list(caller, orgUnitId, role, active, page, size);
  }

  @Get("/{id}")
  @Operation(summary = "Một người dùng (dept-admin)")
  @ApiResponse(responseCode = "404", description = "Ngoài phạm vi hoặc không tồn tại")
  public UserView get(Caller caller, String id) {
    return users.get(caller, id);
  }

  @Post("/{id}/deactivation")
  @Operation(
      summary = "Khóa tài khoản (dept-admin); publishes UserDeactivated",
      description = "Disabled in Keycloak (sessions ended), then inactive in the registry.")
  @ApiResponse(responseCode = "403", description = "Tài khoản quản trị")
  @ApiResponse(responseCode = "404", description = "Ngoài phạm vi hoặc không tồn tại")
  public UserView deactivate(Caller caller, String id) {
    return users.deactivate(caller, id);
  }

  @Post("/{id}/reactivation")
  @Operation(summary = "Mở lại tài khoản (dept-admin); publishes UserReactivated")
  public UserView reactivate(Caller caller, String id) {
    return users.reactivate(caller, id);
  }

  @Post("/{id}/reassignment")
  @Operation(
      summary = "Điều chuyển đơn vị và/hoặc đổi vai trò (dept-admin); publishes UserReassigned",
      description =
          "{orgUnitId?, role?}: the org_unit attribute and the realm role in Keycloak, then the"
              + " registry. The person's current tokens keep the old claims until they expire.")
  @ApiResponse(responseCode = "403", description = "Vai trò platform-admin/dept-admin")
  @ApiResponse(responseCode = "422", description = "Đơn vị ngoài phạm vi hoặc không hợp vai trò")
  public UserView reassign(Caller caller, String id, @Body UserReassignment change) {
    return users.reassign(caller, id, change);
  }
}
