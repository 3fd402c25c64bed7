package vn.eqip.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.eqip.platform.testing.Db;
import vn.eqip.platform.testing.IntegrationTestSupport;
import vn.eqip.registry.imports.SchoolWorkbooks;
import vn.eqip.registry.schools.SchoolLevel;
import vn.eqip.registry.schools.SchoolRepository;

/** Excel import and export of schools, with every file generated here. */
@MicronautTest(transactional = false)
class SchoolImportIT extends IntegrationTestSupport {

  static final String ROOT = "d1000000-0000-4000-8000-000000000001";
  static final String HEMUONG_OFFICE = "d1000000-0000-4000-8000-000000000003";
  static final String MUONGMUON_OFFICE = "d1000000-0000-4000-8000-000000000004";
  static final String HEMUONG = "d1000000-0000-4000-8000-000000000103";
  static final String HCM_ROOT = "c1000000-0000-4000-8000-000000000001";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject SchoolRepository schools;
  @Inject JdbcOperations jdbc;
  @Inject TransactionOperations<Connection> tx;

  @Override
  protected String serviceName() {
    return "registry_import";
  }

  @Override
  protected Map<String, String> extraProperties() {
    return Map.of("eqip.demo.enabled", "true");
  }

  String admin() {
    return tokens.token("admin.dienbien", "dienbien", ROOT, "dept-admin");
  }

  long count(String sql, Object... params) {
    return new Db(jdbc, tx).count(sql, params);
  }

  static byte[] workbook(List<String> header, List<List<String>> rows) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = wb.createSheet("Trường");
      List<List<String>> all = new ArrayList<>();
      if (header != null) {
        all.add(header);
      }
      all.addAll(rows);
      for (int r = 0; r < all.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < all.get(r).size(); c++) {
          row.createCell(c).setCellValue(all.get(r).get(c));
        }
      }
      wb.write(out);
      return out.toByteArray();
    }
  }

  static byte[] schoolsFile(List<List<String>> rows) throws IOException {
    return workbook(SchoolWorkbooks.HEADERS, rows);
  }

  static List<String> row(
      String code, String name, String level, String orgUnit, String principal) {
    return List.of(
        code, name, level, "Công lập", orgUnit, "xã Mường Mươn", "Bản Co Đứa", "", principal);
  }

  HttpResponse<Map> upload(byte[] bytes, String fileName) {
    MultipartBody body =
        MultipartBody.builder()
            .addPart("file", fileName, MediaType.of(SchoolWorkbooks.MEDIA_TYPE), bytes)
            .build();
    return http.toBlocking()
        .exchange(
            HttpRequest.POST("/api/registry/schools/imports", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .bearerAuth(admin()),
            Map.class);
  }

  Map<?, ?> commit(Object id) {
    return http.toBlocking()
        .retrieve(
            HttpRequest.POST("/api/registry/schools/imports/" + id + "/commit", "")
                .bearerAuth(admin()),
            Map.class);
  }

  HttpClientResponseException refused(byte[] bytes) {
    return assertThrows(HttpClientResponseException.class, () -> upload(bytes, "truong.xlsx"));
  }

  static List<String> errorsOf(Map<?, ?> preview, int index) {
    Map<?, ?> row = (Map<?, ?>) ((List<?>) preview.get("rows")).get(index);
    return ((List<?>) row.get("errors")).stream().map(Object::toString).toList();
  }

  @Test
  void the_template_has_the_vietnamese_headers_and_the_callers_org_units() throws IOException {
    byte[] bytes =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/registry/schools/import-template").bearerAuth(admin()),
                byte[].class);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Row header = wb.getSheetAt(0).getRow(0);
      List<String> headers = new ArrayList<>();
      header.forEach(c -> headers.add(c.getStringCellValue()));
      assertEquals(
          List.of(
              "Mã trường",
              "Tên trường",
              "Cấp học",
              "Loại hình",
              "Đơn vị quản lý (mã)",
              "Xã/phường",
              "Địa chỉ",
              "Điện thoại",
              "Hiệu trưởng"),
          headers);
      List<String> units = new ArrayList<>();
      wb.getSheet("Danh mục")
          .forEach(r -> units.add(r.getCell(2) == null ? "" : r.getCell(2).getStringCellValue()));
      assertTrue(units.stream().anyMatch(u -> u.startsWith(HEMUONG_OFFICE)), units.toString());
      assertTrue(units.stream().noneMatch(u -> u.startsWith(HEMUONG)), units.toString());
    }
  }

  @Test
  void a_valid_file_is_previewed_then_committed_whole_and_reimporting_updates_without_duplicates()
      throws IOException {
    byte[] file =
        schoolsFile(
            List.of(
                row(
                    "IMP-001",
                    "Trường Mầm non Hoa Ban Mường Mươn",
                    "Mầm non",
                    MUONGMUON_OFFICE,
                    "Lường Thị Đào"),
                row(
                    "11710301",
                    "Trường PTDTBT Tiểu học xã Hẹ Muông",
                    "Tiểu học",
                    HEMUONG_OFFICE,
                    "Quàng Văn Đức")));
    long before = count("SELECT COUNT(*) FROM school WHERE tenant_id = 'dienbien'");
    HttpResponse<Map> response = upload(file, "truong.xlsx");
    assertEquals(HttpStatus.CREATED, response.getStatus());
    Map<?, ?> preview = response.body();
    assertEquals(2, ((Number) preview.get("validRows")).intValue());
    assertEquals(0, ((Number) preview.get("invalidRows")).intValue());
    Map<?, ?> first = (Map<?, ?>) ((List<?>) preview.get("rows")).get(0);
    assertEquals(2, ((Number) first.get("rowNumber")).intValue());
    assertEquals("CREATE", first.get("action"));
    assertEquals(
        "Trường Mầm non Hoa Ban Mường Mươn", ((Map<?, ?>) first.get("values")).get("Tên trường"));
    assertEquals("UPDATE", ((Map<?, ?>) ((List<?>) preview.get("rows")).get(1)).get("action"));
    // the preview writes no school
    assertTrue(schools.findByTenantIdAndCode("dienbien", "IMP-001").isEmpty());

    Map<?, ?> committed = commit(preview.get("id"));
    assertEquals("COMMITTED", committed.get("status"));
    var created = schools.findByTenantIdAndCode("dienbien", "IMP-001").orElseThrow();
    assertEquals("Lường Thị Đào", created.principalName());
    assertEquals(MUONGMUON_OFFICE, created.orgUnitId());
    assertEquals(
        "Quàng Văn Đức",
        schools.findByTenantIdAndId("dienbien", HEMUONG).orElseThrow().principalName());
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ? AND event_type = 'SchoolRegistered'",
            created.id()));

    // committing again writes nothing more
    commit(preview.get("id"));
    assertEquals(
        1,
        count(
            "SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ? AND event_type = 'SchoolRegistered'",
            created.id()));

    // the same codes again, one renamed: updates, never duplicates
    byte[] again =
        schoolsFile(
            List.of(
                row(
                    "IMP-001",
                    "Trường Mầm non Hoa Ban",
                    "Mầm non",
                    MUONGMUON_OFFICE,
                    "Lường Thị Đào"),
                row(
                    "11710301",
                    "Trường PTDTBT Tiểu học xã Hẹ Muông",
                    "Tiểu học",
                    HEMUONG_OFFICE,
                    "Quàng Văn Đức")));
    Map<?, ?> second = upload(again, "lan2.xlsx").body();
    assertEquals("UPDATE", ((Map<?, ?>) ((List<?>) second.get("rows")).get(0)).get("action"));
    commit(second.get("id"));
    assertEquals(
        1, count("SELECT COUNT(*) FROM school WHERE tenant_id = 'dienbien' AND code = 'IMP-001'"));
    assertEquals(
        "Trường Mầm non Hoa Ban",
        schools.findByTenantIdAndCode("dienbien", "IMP-001").orElseThrow().name());
    // one school was created in all, the other row updated Hẹ Muông
    assertEquals(before + 1, count("SELECT COUNT(*) FROM school WHERE tenant_id = 'dienbien'"));
  }

  @Test
  void rows_with_errors_are_shown_in_vietnamese_and_the_commit_is_refused_writing_nothing()
      throws IOException {
    byte[] file =
        schoolsFile(
            List.of(
                row("ERR-1", "Trường A", "Tiểu học", MUONGMUON_OFFICE, ""),
                row("ERR-1", "Trường B", "Tiểu học", MUONGMUON_OFFICE, ""),
                row("ERR-2", "Trường C", "Tiểu học", "khong-co-don-vi", ""),
                row("ERR-3", "Trường D", "Đại học", MUONGMUON_OFFICE, ""),
                row("ERR-4", "", "Tiểu học", MUONGMUON_OFFICE, "")));
    Map<?, ?> preview = upload(file, "loi.xlsx").body();
    assertEquals(1, ((Number) preview.get("validRows")).intValue());
    assertEquals(4, ((Number) preview.get("invalidRows")).intValue());
    assertEquals(List.of(), errorsOf(preview, 0));
    assertEquals(List.of("Mã trường ERR-1 trùng với dòng 2 trong tệp"), errorsOf(preview, 1));
    assertTrue(
        errorsOf(preview, 2).get(0).startsWith("Không tìm thấy đơn vị quản lý"),
        errorsOf(preview, 2).toString());
    assertEquals(List.of("Cấp học không hợp lệ: \"Đại học\""), errorsOf(preview, 3));
    assertEquals(List.of("Tên trường không được để trống"), errorsOf(preview, 4));

    HttpClientResponseException e =
        assertThrows(HttpClientResponseException.class, () -> commit(preview.get("id")));
    assertEquals(HttpStatus.CONFLICT, e.getStatus());
    assertEquals(0, count("SELECT COUNT(*) FROM school WHERE code LIKE 'ERR-%'"));
  }

  void assertRefused(HttpStatus status, String detailPart, byte[] bytes) {
    long before = count("SELECT COUNT(*) FROM school_import");
    HttpClientResponseException e = refused(bytes);
    assertEquals(status, e.getStatus(), detailPart);
    assertEquals(
        "application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
    String detail = e.getResponse().getBody(Map.class).orElseThrow().get("detail").toString();
    assertTrue(detail.contains(detailPart), detail);
    assertEquals(before, count("SELECT COUNT(*) FROM school_import"));
  }

  static byte[] zip(String name, byte[] content) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(name));
      zip.write(content);
      zip.closeEntry();
    }
    return out.toByteArray();
  }

  @Test
  void bad_files_get_a_clear_problem_and_write_nothing() throws IOException {
    assertRefused(
        HttpStatus.BAD_REQUEST,
        "không phải là tệp Excel",
        "Mã trường,Tên trường\n1,A\n".getBytes(StandardCharsets.UTF_8));
    assertRefused(
        HttpStatus.BAD_REQUEST,
        "không phải tệp Excel .xlsx hợp lệ",
        zip("truong.csv", "1,A".getBytes(StandardCharsets.UTF_8)));
    assertRefused(HttpStatus.UNPROCESSABLE_ENTITY, "Trang tính trống", workbook(null, List.of()));
    assertRefused(HttpStatus.UNPROCESSABLE_ENTITY, "không có dòng dữ liệu", schoolsFile(List.of()));
    assertRefused(
        HttpStatus.UNPROCESSABLE_ENTITY,
        "Dòng tiêu đề không đúng mẫu",
        workbook(List.of("Code", "Name"), List.of(List.of("1", "A"))));

    try (XSSFWorkbook wb =
            new XSSFWorkbook(
                new ByteArrayInputStream(
                    schoolsFile(List.of(row("F-1", "A", "Tiểu học", MUONGMUON_OFFICE, "")))));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.getSheetAt(0).getRow(1).getCell(7).setCellFormula("1+1");
      wb.write(out);
      assertRefused(HttpStatus.UNPROCESSABLE_ENTITY, "H2 chứa công thức", out.toByteArray());
    }
    try (XSSFWorkbook wb =
            new XSSFWorkbook(
                new ByteArrayInputStream(
                    schoolsFile(List.of(row("M-1", "A", "Tiểu học", MUONGMUON_OFFICE, "")))));
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      wb.getSheetAt(0).addMergedRegion(new CellRangeAddress(1, 1, 5, 6));
      wb.write(out);
      assertRefused(HttpStatus.UNPROCESSABLE_ENTITY, "ô gộp (F2:G2)", out.toByteArray());
    }

    byte[] junk = new byte[10 * 1024 * 1024 + 1024];
    Arrays.fill(junk, (byte) 'x');
    junk[0] = 'P';
    junk[1] = 'K';
    junk[2] = 3;
    junk[3] = 4;
    assertRefused(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "tối đa 10 MB", junk);

    List<List<String>> bomb = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      bomb.add(row("B-" + i, i + "a".repeat(30000), "Tiểu học", MUONGMUON_OFFICE, ""));
    }
    assertRefused(HttpStatus.BAD_REQUEST, "zip bomb", schoolsFile(bomb));
    assertEquals(
        0, count("SELECT COUNT(*) FROM school WHERE code LIKE 'B-%' OR code IN ('F-1','M-1')"));
  }

  @Test
  void the_export_lists_the_callers_schools_and_reimports_as_updates() throws IOException {
    String principal = tokens.token("principal.hemuong", "dienbien", HEMUONG, "principal");
    byte[] own =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/registry/schools/export").bearerAuth(principal),
                byte[].class);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(own))) {
      assertEquals(1, wb.getSheetAt(0).getLastRowNum());
      assertEquals("11710301", wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue());
    }

    byte[] all =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/registry/schools/export").bearerAuth(admin()), byte[].class);
    long before = count("SELECT COUNT(*) FROM school WHERE tenant_id = 'dienbien'");
    Map<?, ?> preview = upload(all, "xuat.xlsx").body();
    assertEquals(0, ((Number) preview.get("invalidRows")).intValue(), preview.toString());
    assertEquals(before, ((Number) preview.get("validRows")).longValue());
    commit(preview.get("id"));
    assertEquals(before, count("SELECT COUNT(*) FROM school WHERE tenant_id = 'dienbien'"));
  }

  @Test
  void another_tenant_can_neither_see_nor_commit_an_import() throws IOException {
    Map<?, ?> preview =
        upload(
                schoolsFile(List.of(row("ISO-1", "Trường X", "Tiểu học", MUONGMUON_OFFICE, ""))),
                "x.xlsx")
            .body();
    String adminHcm = tokens.token("admin.hcm", "hcm", HCM_ROOT, "dept-admin");
    for (MutableHttpRequest<?> request :
        List.of(
            HttpRequest.GET("/api/registry/schools/imports/" + preview.get("id")),
            HttpRequest.POST(
                "/api/registry/schools/imports/" + preview.get("id") + "/commit", ""))) {
      assertEquals(
          HttpStatus.NOT_FOUND,
          assertThrows(
                  HttpClientResponseException.class,
                  () -> http.toBlocking().exchange(request.bearerAuth(adminHcm)))
              .getStatus());
    }
    assertTrue(schools.findByTenantIdAndCode("dienbien", "ISO-1").isEmpty());
    assertTrue(schools.findByTenantIdAndCode("hcm", "ISO-1").isEmpty());
  }

  @Test
  void a_multi_level_school_is_imported_from_its_levels_and_exported_the_same_way()
      throws IOException {
    Map<?, ?> preview =
        upload(
                schoolsFile(
                    List.of(
                        row(
                            "MULTI-1",
                            "Trường PTDTBT TH và THCS Mường Mươn",
                            "Tiểu học, THCS",
                            MUONGMUON_OFFICE,
                            ""),
                        row(
                            "MULTI-2",
                            "Trường nhiều cấp thiếu cấp",
                            "Phổ thông nhiều cấp học",
                            MUONGMUON_OFFICE,
                            ""))),
                "nhieu-cap.xlsx")
            .body();
    assertEquals(List.of(), errorsOf(preview, 0));
    assertEquals(
        List.of("Trường phổ thông nhiều cấp học phải gồm ít nhất hai cấp học"),
        errorsOf(preview, 1));

    Map<?, ?> good =
        upload(
                schoolsFile(
                    List.of(
                        row(
                            "MULTI-1",
                            "Trường PTDTBT TH và THCS Mường Mươn",
                            "Tiểu học, THCS",
                            MUONGMUON_OFFICE,
                            ""))),
                "nhieu-cap.xlsx")
            .body();
    commit(good.get("id"));
    var school = schools.findByTenantIdAndCode("dienbien", "MULTI-1").orElseThrow();
    assertEquals(SchoolLevel.MULTI_LEVEL, school.level());
    assertEquals(List.of(SchoolLevel.PRIMARY, SchoolLevel.LOWER_SECONDARY), school.levels());

    byte[] all =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/registry/schools/export").bearerAuth(admin()), byte[].class);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(all))) {
      boolean found = false;
      for (Row r : wb.getSheetAt(0)) {
        if (r.getCell(0).getStringCellValue().equals("MULTI-1")) {
          assertEquals("Tiểu học, Trung học cơ sở", r.getCell(2).getStringCellValue());
          found = true;
        }
      }
      assertTrue(found);
    }
  }

  @Test
  void a_request_over_the_server_limit_is_413_problem_json_too() {
    byte[] huge = new byte[13 * 1024 * 1024];
    Arrays.fill(huge, (byte) 'x');
    long before = count("SELECT COUNT(*) FROM school_import");
    HttpClientResponseException e = refused(huge);
    assertEquals(HttpStatus.REQUEST_ENTITY_TOO_LARGE, e.getStatus());
    assertEquals(
        "application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
    assertEquals(before, count("SELECT COUNT(*) FROM school_import"));
  }
}
