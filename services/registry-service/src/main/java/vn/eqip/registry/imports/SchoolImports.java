package vn.eqip.registry.imports;

import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.web.ProblemException;
import vn.eqip.registry.orgtree.OrgScope;
import vn.eqip.registry.orgtree.OrgTreeEditor;
import vn.eqip.registry.orgtree.OrgUnit;
import vn.eqip.registry.orgtree.OrgUnitKind;
import vn.eqip.registry.orgtree.OrgUnitRequests;
import vn.eqip.registry.schools.School;
import vn.eqip.registry.schools.SchoolEditor;
import vn.eqip.registry.schools.SchoolLevel;
import vn.eqip.registry.schools.SchoolPatch;
import vn.eqip.registry.schools.SchoolRepository;
import vn.eqip.registry.schools.SchoolRequest;
import vn.eqip.registry.schools.SchoolType;
import vn.eqip.registry.schools.SchoolValidator;

/**
 * Excel import of schools: an upload is checked row by row into a stored preview (nothing else is
 * written); the commit writes every row or none, by school code (an existing code is updated, its
 * other fields kept; blank cells change nothing), and is refused while the preview has errors.
 * Committing the same preview again changes nothing.
 */
@Singleton
public class SchoolImports {

  private static final Argument<List<ImportPreview.Row>> ROWS =
      Argument.listOf(ImportPreview.Row.class);

  private final SchoolImportRepository imports;
  private final SchoolRepository schools;
  private final OrgScope scope;
  private final SchoolEditor editor;
  private final OrgTreeEditor tree;
  private final JsonMapper json;

  public SchoolImports(
      SchoolImportRepository imports,
      SchoolRepository schools,
      OrgScope scope,
      SchoolEditor editor,
      OrgTreeEditor tree,
      JsonMapper json) {
    this.imports = imports;
    this.schools = schools;
    this.scope = scope;
    this.editor = editor;
    this.tree = tree;
    this.json = json;
  }

  @Transactional
  public ImportPreview preview(Caller caller, String fileName, byte[] bytes) {
    List<ImportPreview.Row> rows = check(caller, SchoolWorkbooks.read(bytes));
    int invalid = (int) rows.stream().filter(r -> !r.errors().isEmpty()).count();
    SchoolImport saved =
        imports.save(
            new SchoolImport(
                UUID.randomUUID().toString(),
                caller.tenantId(),
                caller.username() == null ? caller.userId() : caller.username(),
                fileName,
                SchoolImport.PREVIEW,
                write(rows),
                rows.size() - invalid,
                invalid,
                null));
    return view(saved, rows);
  }

  public ImportPreview get(Caller caller, String id) {
    SchoolImport stored = find(caller, id);
    return view(stored, read(stored.rowsJson()));
  }

  /** Writes every row of the preview, or none. */
  @Transactional
  public ImportPreview commit(Caller caller, String id) {
    SchoolImport stored = find(caller, id);
    List<ImportPreview.Row> rows = read(stored.rowsJson());
    if (SchoolImport.COMMITTED.equals(stored.status())) {
      return view(stored, rows);
    }
    if (stored.invalidRows() > 0) {
      throw ProblemException.conflict(
          "import-has-errors",
          "Bản xem trước còn "
              + stored.invalidRows()
              + " dòng lỗi: hãy sửa tệp và tải lên lại, không dòng nào được ghi.");
    }
    List<ImportPreview.Row> now =
        check(
            caller,
            rows.stream()
                .map(r -> new SchoolWorkbooks.SheetRow(r.rowNumber(), r.values()))
                .toList());
    List<String> problems = new ArrayList<>();
    now.stream()
        .filter(r -> !r.errors().isEmpty())
        .forEach(r -> problems.add("dòng " + r.rowNumber() + ": " + String.join("; ", r.errors())));
    if (!problems.isEmpty()) {
      throw ProblemException.conflict(
          "import-outdated",
          "Dữ liệu đã thay đổi từ khi xem trước, không dòng nào được ghi: "
              + String.join(" | ", problems));
    }
    for (ImportPreview.Row row : now) {
      apply(caller, row.values());
    }
    imports.markCommitted(caller.tenantId(), id, Instant.now());
    return view(find(caller, id), now);
  }

  private void apply(Caller caller, Map<String, String> v) {
    Optional<School> existing =
        schools.findByTenantIdAndCode(caller.tenantId(), v.get(SchoolWorkbooks.CODE));
    String orgUnitId = v.get(SchoolWorkbooks.ORG_UNIT);
    if (existing.isPresent()) {
      School school = existing.get();
      editor.patch(caller, school.id(), patch(v));
      if (!school.orgUnitId().equals(orgUnitId)) {
        tree.move(caller, school.id(), new OrgUnitRequests.Move(orgUnitId));
      }
    } else {
      editor.create(caller, request(v));
    }
  }

  /**
   * Each row with its errors: those of the fields, the org unit, and codes repeated in the file.
   */
  private List<ImportPreview.Row> check(Caller caller, List<SchoolWorkbooks.SheetRow> sheet) {
    Map<String, Integer> firstRowOfCode = new HashMap<>();
    List<ImportPreview.Row> rows = new ArrayList<>();
    for (SchoolWorkbooks.SheetRow row : sheet) {
      Map<String, String> v = row.values();
      List<String> errors = new ArrayList<>();
      String code = v.get(SchoolWorkbooks.CODE);
      Optional<School> existing = Optional.empty();
      if (!code.isEmpty()) {
        Integer first = firstRowOfCode.putIfAbsent(code.toLowerCase(), row.rowNumber());
        if (first != null) {
          errors.add("Mã trường " + code + " trùng với dòng " + first + " trong tệp");
        }
        existing = schools.findByTenantIdAndCode(caller.tenantId(), code);
        if (existing.isPresent() && scope.unit(caller, existing.get().id()).isEmpty()) {
          errors.add("Mã trường " + code + " đã thuộc một trường ngoài phạm vi của bạn");
        }
      }
      if (!v.get(SchoolWorkbooks.LEVEL).isEmpty()
          && LevelCell.parse(v.get(SchoolWorkbooks.LEVEL)).isEmpty()) {
        errors.add("Cấp học không hợp lệ: \"" + v.get(SchoolWorkbooks.LEVEL) + "\"");
      }
      if (!v.get(SchoolWorkbooks.TYPE).isEmpty()
          && SchoolType.find(v.get(SchoolWorkbooks.TYPE)).isEmpty()) {
        errors.add("Loại hình không hợp lệ: \"" + v.get(SchoolWorkbooks.TYPE) + "\"");
      }
      checkOrgUnit(caller, v.get(SchoolWorkbooks.ORG_UNIT), errors);
      SchoolRequest request =
          existing.isPresent() ? SchoolRequest.of(existing.get()).overlay(patch(v)) : request(v);
      SchoolValidator.validate(request).errors().stream()
          .filter(
              e ->
                  !e.field().equals("level") && !e.field().equals("type")
                      || isBlankCell(v, e.field()))
          .map(e -> e.message())
          .forEach(errors::add);
      rows.add(
          new ImportPreview.Row(
              row.rowNumber(),
              v,
              List.copyOf(errors),
              existing.isPresent() ? "UPDATE" : "CREATE",
              existing.map(School::id).orElse(null)));
    }
    return rows;
  }

  private static boolean isBlankCell(Map<String, String> v, String field) {
    return field.equals("level")
        ? v.get(SchoolWorkbooks.LEVEL).isEmpty()
        : v.get(SchoolWorkbooks.TYPE).isEmpty();
  }

  private void checkOrgUnit(Caller caller, String id, List<String> errors) {
    if (id.isEmpty()) {
      errors.add("Thiếu đơn vị quản lý (mã)");
      return;
    }
    Optional<OrgUnit> unit = scope.unit(caller, id);
    if (unit.isEmpty()) {
      errors.add("Không tìm thấy đơn vị quản lý có mã \"" + id + "\" trong phạm vi của bạn");
    } else if (unit.get().kind() == OrgUnitKind.SCHOOL || !unit.get().active()) {
      errors.add("Đơn vị quản lý \"" + id + "\" không nhận trường (là trường hoặc đã đóng)");
    }
  }

  private static SchoolRequest request(Map<String, String> v) {
    Optional<LevelCell> level = LevelCell.parse(v.get(SchoolWorkbooks.LEVEL));
    return new SchoolRequest(
        v.get(SchoolWorkbooks.CODE),
        v.get(SchoolWorkbooks.NAME),
        level.map(l -> l.level().name()).orElse(v.get(SchoolWorkbooks.LEVEL)),
        level.map(LevelCell::includedNames).orElse(null),
        SchoolType.find(v.get(SchoolWorkbooks.TYPE))
            .map(Enum::name)
            .orElse(v.get(SchoolWorkbooks.TYPE)),
        v.get(SchoolWorkbooks.ORG_UNIT),
        blank(v.get(SchoolWorkbooks.COMMUNE)),
        blank(v.get(SchoolWorkbooks.ADDRESS)),
        blank(v.get(SchoolWorkbooks.PHONE)),
        blank(v.get(SchoolWorkbooks.PRINCIPAL)),
        null,
        null,
        null,
        null);
  }

  /**
   * The cells of a row as a partial edit: blank cells change nothing. A single level clears the
   * included levels; "Phổ thông nhiều cấp học" alone keeps them.
   */
  private static SchoolPatch patch(Map<String, String> v) {
    Optional<LevelCell> level = LevelCell.parse(v.get(SchoolWorkbooks.LEVEL));
    List<String> included =
        level
            .map(l -> l.level() == SchoolLevel.MULTI_LEVEL ? l.includedNames() : List.<String>of())
            .orElse(null);
    return new SchoolPatch(
        blank(v.get(SchoolWorkbooks.CODE)),
        blank(v.get(SchoolWorkbooks.NAME)),
        level.map(l -> l.level().name()).orElse(blank(v.get(SchoolWorkbooks.LEVEL))),
        included,
        SchoolType.find(v.get(SchoolWorkbooks.TYPE))
            .map(Enum::name)
            .orElse(blank(v.get(SchoolWorkbooks.TYPE))),
        blank(v.get(SchoolWorkbooks.COMMUNE)),
        blank(v.get(SchoolWorkbooks.ADDRESS)),
        blank(v.get(SchoolWorkbooks.PHONE)),
        blank(v.get(SchoolWorkbooks.PRINCIPAL)),
        null,
        null,
        null,
        null);
  }

  private static String blank(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  private SchoolImport find(Caller caller, String id) {
    return imports
        .findByTenantIdAndId(caller.tenantId(), id)
        .orElseThrow(() -> ProblemException.notFound("lần nhập " + id));
  }

  private ImportPreview view(SchoolImport stored, List<ImportPreview.Row> rows) {
    return new ImportPreview(
        stored.id(), stored.status(), rows, stored.validRows(), stored.invalidRows());
  }

  private String write(List<ImportPreview.Row> rows) {
    try {
      return json.writeValueAsString(rows);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<ImportPreview.Row> read(String text) {
    try {
      return json.readValue(text, ROWS);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
