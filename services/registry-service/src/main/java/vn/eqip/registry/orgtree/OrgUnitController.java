package vn.eqip.registry.orgtree;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.tenancy.Roles;
import vn.eqip.platform.web.ProblemException;

@Controller("/api/registry/org-units")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class OrgUnitController {

  private final OrgScope scope;
  private final OrgTreeEditor editor;

  public OrgUnitController(OrgScope scope, OrgTreeEditor editor) {
    this.scope = scope;
    this.editor = editor;
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

  @Post
  @Secured({Roles.DEPT_ADMIN})
  @Operation(
      summary = "Tạo đơn vị dưới một đơn vị trong phạm vi (dept-admin)",
      description = "{parentId, kind: DISTRICT_OFFICE|COMMUNE_OFFICE|CLUSTER, name}; 201")
  public HttpResponse<OrgUnitView> create(Caller caller, @Body OrgUnitRequests.Create request) {
    return HttpResponse.created(OrgUnitView.of(editor.create(caller, request)));
  }

  @Patch("/{id}")
  @Secured({Roles.DEPT_ADMIN})
  @Operation(summary = "Đổi tên đơn vị (dept-admin) {name}")
  public OrgUnitView rename(Caller caller, String id, @Body OrgUnitRequests.Rename request) {
    return OrgUnitView.of(editor.rename(caller, id, request));
  }

  @Post("/{id}/move")
  @Secured({Roles.DEPT_ADMIN})
  @Operation(
      summary = "Chuyển đơn vị cùng cây con sang đơn vị cấp trên mới (dept-admin)",
      description =
          "{newParentId}; viết lại đường dẫn của cả cây con trong một giao dịch; 422 khi chuyển"
              + " vào chính nó hoặc cấp dưới của nó; publishes OrgUnitRegistered cho mọi nút")
  public OrgUnitView move(Caller caller, String id, @Body OrgUnitRequests.Move request) {
    return OrgUnitView.of(editor.move(caller, id, request));
  }

  @Post("/{id}/close")
  @Secured({Roles.DEPT_ADMIN})
  @Operation(
      summary = "Đóng đơn vị không còn đơn vị/trường trực thuộc đang hoạt động (dept-admin)",
      description = "{closedOn?} (mặc định hôm nay); 409 khi còn đơn vị con đang hoạt động")
  public OrgUnitView close(
      Caller caller, String id, @Nullable @Body OrgUnitRequests.Close request) {
    return OrgUnitView.of(editor.close(caller, id, request));
  }
}
