package vn.eqip.registry.imports;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.tenancy.Roles;
import vn.eqip.platform.web.ProblemException;
import vn.eqip.registry.orgtree.OrgScope;
import vn.eqip.registry.orgtree.OrgUnitKind;
import vn.eqip.registry.schools.School;
import vn.eqip.registry.schools.SchoolLevel;
import vn.eqip.registry.schools.SchoolRepository;
import vn.eqip.registry.schools.SchoolType;

/** The schools as .xlsx: template, import (preview, commit) and export. */
@Controller("/api/registry/schools")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class SchoolSheetController {

  private final SchoolImports imports;
  private final SchoolRepository schools;
  private final OrgScope scope;

  public SchoolSheetController(SchoolImports imports, SchoolRepository schools, OrgScope scope) {
    this.imports = imports;
    this.schools = schools;
    this.scope = scope;
  }

  @Get("/import-template")
  @Secured({Roles.DEPT_ADMIN})
  @Operation(
      summary = "Mẫu .xlsx để nhập trường",
      description =
          "Trang \"Trường\": Mã trường, Tên trường, Cấp học, Loại hình, Đơn vị quản lý (mã),"
              + " Xã/phường, Địa chỉ, Điện thoại, Hiệu trưởng; trang \"Danh mục\": cấp học, loại"
              + " hình và mã các đơn vị trong phạm vi.")
  public HttpResponse<byte[]> template(Caller caller) {
    return xlsx(SchoolWorkbooks.write(List.of(), lists(caller)), "mau-nhap-truong.xlsx");
  }

  @Get("/export")
  @Operation(summary = "Xuất danh sách trường trong phạm vi ra .xlsx (nhập lại được)")
  public HttpResponse<byte[]> export(Caller caller) {
    List<List<String>> rows =
        scope
            .pathPattern(caller)
            .map(p -> schools.findInSubtree(caller.tenantId(), p))
            .orElse(List.of())
            .stream()
            .map(SchoolSheetController::row)
            .toList();
    return xlsx(SchoolWorkbooks.write(rows, lists(caller)), "danh-sach-truong.xlsx");
  }

  @Post(value = "/imports", consumes = MediaType.MULTIPART_FORM_DATA)
  @Secured({Roles.DEPT_ADMIN})
  @Operation(
      summary = "Tải lên .xlsx và xem trước (không ghi trường nào)",
      description =
          "Multipart, phần \"file\". Trả {id, rows:[{rowNumber, values, errors}], validRows,"
              + " invalidRows}. Công thức bị từ chối (không đọc giá trị đã lưu).")
  @ApiResponse(responseCode = "201", description = "Bản xem trước đã lưu")
  @ApiResponse(responseCode = "400", description = "Không phải .xlsx, .zip đổi tên, zip bomb")
  @ApiResponse(responseCode = "413", description = "Tệp trên 10 MB")
  @ApiResponse(responseCode = "422", description = "Trang trống, công thức, ô gộp, sai tiêu đề")
  public HttpResponse<ImportPreview> upload(Caller caller, @Part("file") CompletedFileUpload file) {
    SchoolWorkbooks.checkSize(file.getSize());
    try {
      return HttpResponse.created(imports.preview(caller, file.getFilename(), file.getBytes()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Get("/imports/{id}")
  @Secured({Roles.DEPT_ADMIN})
  public ImportPreview preview(Caller caller, String id) {
    return imports.get(caller, id);
  }

  @Post("/imports/{id}/commit")
  @Secured({Roles.DEPT_ADMIN})
  @Operation(
      summary =
          "Ghi bản xem trước: tất cả hoặc không dòng nào; theo mã trường (trùng mã = cập"
              + " nhật); gọi lại không ghi thêm")
  @ApiResponse(responseCode = "409", description = "Bản xem trước còn lỗi")
  public ImportPreview commit(Caller caller, String id) {
    return imports.commit(caller, id);
  }

  private static List<String> row(School s) {
    return List.of(
        s.code(),
        s.name(),
        LevelCell.format(s.level(), s.levels()),
        SchoolType.find(s.type()).map(SchoolType::label).orElse(s.type()),
        s.orgUnitId(),
        nz(s.commune()),
        nz(s.address()),
        nz(s.phone()),
        nz(s.principalName()));
  }

  private Map<String, List<String>> lists(Caller caller) {
    Map<String, List<String>> lists = new LinkedHashMap<>();
    lists.put(
        "Cấp học", java.util.Arrays.stream(SchoolLevel.values()).map(SchoolLevel::label).toList());
    lists.put(
        "Loại hình", java.util.Arrays.stream(SchoolType.values()).map(SchoolType::label).toList());
    lists.put(
        "Đơn vị quản lý (mã – tên)",
        scope.unitsOf(caller).stream()
            .filter(u -> u.kind() != OrgUnitKind.SCHOOL && u.active())
            .map(u -> u.id() + " – " + u.name())
            .toList());
    return lists;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }

  private static HttpResponse<byte[]> xlsx(byte[] bytes, String fileName) {
    if (bytes == null) {
      throw ProblemException.badRequest("Không tạo được tệp.");
    }
    return HttpResponse.ok(bytes)
        .contentType(SchoolWorkbooks.MEDIA_TYPE)
        .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
  }
}
