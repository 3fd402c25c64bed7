package vn.eqip.registry.schools;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Patch;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.Valid;
import java.time.LocalDate;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.tenancy.Roles;

@Controller("/api/registry/schools")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SchoolController {

  private final SchoolDirectory directory;
  private final SchoolEditor editor;
  private final SchoolHistory history;

  public SchoolController(SchoolDirectory directory, SchoolEditor editor, SchoolHistory history) {
    this.directory = directory;
    this.editor = editor;
    this.history = history;
  }

  /** The schools the caller may see: their org unit's subtree (a school user: their school). */
  @Get("{?q,level,type,status,orgUnitId,page,size,sort}")
  @Operation(
      summary = "Danh sách trường (search, filter, page, sort)",
      description =
          "q: tên không phân biệt dấu (\"he muong\" tìm được \"Hẹ Muông\") hoặc mã; level: cấp"
              + " học (một trường nhiều cấp khớp mọi cấp nó gồm); type, status; orgUnitId: cây"
              + " con của đơn vị; page từ 0, size 1–500 (mặc định 50); sort=name|code.")
  public SchoolList list(
      Caller caller,
      @Nullable @QueryValue String q,
      @Nullable @QueryValue String level,
      @Nullable @QueryValue String type,
      @Nullable @QueryValue String status,
      @Nullable @QueryValue String orgUnitId,
      @Nullable @QueryValue Integer page,
      @Nullable @QueryValue Integer size,
      @Nullable @QueryValue String sort) {
    return directory.search(
        caller, SchoolQuery.parse(q, level, type, status, orgUnitId, page, size, sort));
  }

  /**
   * One school. {@code framework} is the catalog version in force on 1 September of {@code
   * schoolYear}'s first year ("2025-2026"), or today without it.
   */
  @Get("/{id}{?schoolYear}")
  public SchoolView get(Caller caller, String id, @Nullable @QueryValue String schoolYear) {
    LocalDate on =
        schoolYear == null ? LocalDate.now() : SchoolYear.parse(schoolYear).catalogDate();
    return directory.school(caller, id, on);
  }

  /** The org units the school belonged to, optionally only those of one school year. */
  @Get("/{id}/history{?schoolYear}")
  @Operation(
      summary = "Lịch sử đơn vị quản lý của trường",
      description =
          "Mỗi khoảng [validFrom, validTo) một đơn vị; với schoolYear chỉ những khoảng giao với"
              + " năm học đó (1/9 – 31/8).")
  public SchoolHistory.View history(
      Caller caller, String id, @Nullable @QueryValue String schoolYear) {
    return history.of(
        caller,
        directory.visibleSchool(caller, id),
        schoolYear == null ? null : SchoolYear.parse(schoolYear));
  }

  @Post
  @Secured({Roles.DEPT_ADMIN})
  @Operation(summary = "Thêm trường (dept-admin)")
  @ApiResponse(responseCode = "201", description = "Đã tạo; publishes SchoolRegistered")
  @ApiResponse(responseCode = "409", description = "Mã trường đã có trong tenant")
  @ApiResponse(responseCode = "422", description = "Dữ liệu chưa hợp lệ, errors[] theo trường")
  public HttpResponse<SchoolView> create(Caller caller, @Body SchoolRequest request) {
    return HttpResponse.created(editor.create(caller, request));
  }

  @Put("/{id}")
  @Secured({Roles.DEPT_ADMIN})
  @Operation(summary = "Sửa toàn bộ thông tin trường (dept-admin); publishes SchoolUpdated")
  public SchoolView update(Caller caller, String id, @Body SchoolRequest request) {
    return editor.update(caller, id, request);
  }

  @Patch("/{id}")
  @Secured({Roles.DEPT_ADMIN})
  @Operation(summary = "Sửa một phần thông tin trường (dept-admin); publishes SchoolUpdated")
  public SchoolView patch(Caller caller, String id, @Valid @Body SchoolPatch patch) {
    return editor.patch(caller, id, patch);
  }
}
