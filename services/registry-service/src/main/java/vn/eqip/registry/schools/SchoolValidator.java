package vn.eqip.registry.schools;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.eqip.platform.web.Problem.FieldError;

/**
 * Checks a {@link SchoolRequest} field by field and says, in Vietnamese, everything that is wrong
 * at once. Pure: what needs the database (duplicate code, the org unit, the merge target) is
 * checked by the caller.
 */
public final class SchoolValidator {

  private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,32}");
  private static final Pattern PHONE = Pattern.compile("[0-9 +().-]{6,20}");

  private SchoolValidator() {}

  /** The details when everything is valid, otherwise the errors. */
  public static Result validate(SchoolRequest r) {
    List<FieldError> errors = new ArrayList<>();
    String code = trim(r.code());
    if (code == null) {
      errors.add(new FieldError("code", "Mã trường không được để trống"));
    } else if (!CODE.matcher(code).matches()) {
      errors.add(
          new FieldError("code", "Mã trường chỉ gồm chữ, số, '.', '_', '-' và tối đa 32 ký tự"));
    }
    String name = trim(r.name());
    if (name == null) {
      errors.add(new FieldError("name", "Tên trường không được để trống"));
    } else if (name.length() > 255) {
      errors.add(new FieldError("name", "Tên trường tối đa 255 ký tự"));
    }
    Optional<SchoolLevel> level = SchoolLevel.find(r.level());
    if (level.isEmpty()) {
      errors.add(
          new FieldError(
              "level",
              r.level() == null || r.level().isBlank()
                  ? "Cấp học không được để trống"
                  : "Cấp học không hợp lệ: \"" + r.level() + "\""));
    }
    List<SchoolLevel> included = includedLevels(r, level.orElse(null), errors);
    Optional<SchoolType> type = SchoolType.find(r.type());
    if (type.isEmpty()) {
      errors.add(
          new FieldError(
              "type",
              r.type() == null || r.type().isBlank()
                  ? "Loại hình trường không được để trống"
                  : "Loại hình trường không hợp lệ: \"" + r.type() + "\""));
    }
    String phone = trim(r.phone());
    if (phone != null && !PHONE.matcher(phone).matches()) {
      errors.add(new FieldError("phone", "Số điện thoại không hợp lệ: \"" + phone + "\""));
    }
    checkLength("commune", "Xã/phường", r.commune(), 255, errors);
    checkLength("address", "Địa chỉ", r.address(), 500, errors);
    checkLength("principalName", "Tên hiệu trưởng", r.principalName(), 255, errors);
    LocalDate openedOn = date("openedOn", "Ngày thành lập", r.openedOn(), errors);
    LocalDate closedOn = date("closedOn", "Ngày sáp nhập/giải thể", r.closedOn(), errors);
    SchoolStatus status = status(r, closedOn, errors);
    if (openedOn != null && closedOn != null && closedOn.isBefore(openedOn)) {
      errors.add(new FieldError("closedOn", "Ngày sáp nhập/giải thể trước ngày thành lập"));
    }
    if (!errors.isEmpty()) {
      return new Result(null, List.copyOf(errors));
    }
    return new Result(
        new SchoolDetails(
            code,
            name,
            level.orElseThrow(),
            included,
            type.orElseThrow(),
            status,
            trim(r.commune()),
            trim(r.address()),
            phone,
            trim(r.principalName()),
            openedOn,
            status == SchoolStatus.ACTIVE ? null : closedOn,
            status == SchoolStatus.MERGED ? trim(r.mergedIntoId()) : null),
        List.of());
  }

  private static List<SchoolLevel> includedLevels(
      SchoolRequest r, SchoolLevel level, List<FieldError> errors) {
    List<String> given = r.includedLevels() == null ? List.of() : r.includedLevels();
    if (level != SchoolLevel.MULTI_LEVEL) {
      if (!given.isEmpty() && level != null) {
        errors.add(
            new FieldError(
                "includedLevels",
                "Chỉ trường phổ thông nhiều cấp học mới có các cấp học thành phần"));
      }
      return List.of();
    }
    LinkedHashSet<SchoolLevel> levels = new LinkedHashSet<>();
    for (String text : given) {
      Optional<SchoolLevel> found = SchoolLevel.find(text);
      if (found.isEmpty() || found.get() == SchoolLevel.MULTI_LEVEL) {
        errors.add(new FieldError("includedLevels", "Cấp học không hợp lệ: \"" + text + "\""));
      } else {
        levels.add(found.get());
      }
    }
    if (levels.size() < 2) {
      errors.add(
          new FieldError(
              "includedLevels", "Trường phổ thông nhiều cấp học phải gồm ít nhất hai cấp học"));
    }
    return List.copyOf(levels);
  }

  private static SchoolStatus status(SchoolRequest r, LocalDate closedOn, List<FieldError> errors) {
    SchoolStatus status;
    try {
      status =
          r.status() == null || r.status().isBlank()
              ? SchoolStatus.ACTIVE
              : SchoolStatus.valueOf(r.status().trim());
    } catch (IllegalArgumentException e) {
      errors.add(
          new FieldError(
              "status",
              "Trạng thái không hợp lệ: \"" + r.status() + "\" (ACTIVE, MERGED, CLOSED)"));
      return SchoolStatus.ACTIVE;
    }
    if (status != SchoolStatus.ACTIVE && closedOn == null && r.closedOn() == null) {
      errors.add(
          new FieldError("closedOn", "Cần ngày sáp nhập/giải thể khi trường không còn hoạt động"));
    }
    if (status == SchoolStatus.MERGED && trim(r.mergedIntoId()) == null) {
      errors.add(new FieldError("mergedIntoId", "Cần trường được sáp nhập vào"));
    }
    return status;
  }

  private static LocalDate date(String field, String label, String text, List<FieldError> errors) {
    if (trim(text) == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, label + " phải có dạng 2025-09-01: \"" + text + "\""));
      return null;
    }
  }

  private static void checkLength(
      String field, String label, String value, int max, List<FieldError> errors) {
    if (value != null && value.trim().length() > max) {
      errors.add(new FieldError(field, label + " tối đa " + max + " ký tự"));
    }
  }

  static String trim(String s) {
    if (s == null) {
      return null;
    }
    String t = s.trim();
    return t.isEmpty() ? null : t;
  }

  /** Either valid details or the errors. */
  public record Result(SchoolDetails details, List<FieldError> errors) {
    public boolean valid() {
      return errors.isEmpty();
    }
  }
}
