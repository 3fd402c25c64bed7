package vn.eqip.registry.catalog;

import io.micronaut.json.tree.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.eqip.platform.web.Problem.FieldError;

/**
 * The rules a catalog file must keep before any of it takes effect (shape of
 * catalog/criteria-2018.json: {@code {frameworks: [{id, schoolLevel, circular, effective,
 * standards: [{no, title, criteria: [{code, title, hasLevel3, indicatorCounts?}]}], level4: [{no,
 * summary, verified?}], rules?: {accreditationPrecondition?}}]}}). Every broken rule is reported,
 * with its place in the file: unknown or duplicate codes, missing titles, level-3 flags that
 * contradict the indicator counts, an id already loaded, an effective date not after the version in
 * force.
 */
final class CatalogFileRules {

  static final Set<String> SCHOOL_LEVELS = Set.of("PRESCHOOL", "PRIMARY", "SECONDARY");
  private static final Pattern ID = Pattern.compile("^[A-Z0-9][A-Z0-9-]{2,39}$");
  private static final Pattern CODE = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})$");

  private CatalogFileRules() {}

  /**
   * @param existingIds versions already loaded (never rewritten)
   * @param latestEffective the newest effective date loaded, per school level
   */
  static List<FieldError> check(
      JsonNode file, Set<String> existingIds, Map<String, LocalDate> latestEffective) {
    List<FieldError> errors = new ArrayList<>();
    JsonNode frameworks = file == null ? null : file.get("frameworks");
    if (frameworks == null || !frameworks.isArray() || frameworks.size() == 0) {
      errors.add(
          new FieldError("frameworks", "Tệp phải có mảng \"frameworks\" với ít nhất một bộ"));
      return errors;
    }
    Set<String> ids = new HashSet<>();
    Map<String, LocalDate> newest = new HashMap<>(latestEffective);
    int i = 0;
    for (JsonNode f : frameworks.values()) {
      String at = "frameworks[" + i++ + "]";
      String id = text(f, "id");
      if (id == null || !ID.matcher(id).matches()) {
        errors.add(
            new FieldError(
                at + ".id", "Mã bộ tiêu chí gồm chữ in hoa, số, gạch ngang (TT17-2025-TH)"));
      } else if (existingIds.contains(id)) {
        errors.add(
            new FieldError(
                at + ".id",
                "Bộ \"" + id + "\" đã được nạp; một phiên bản đã nạp không bao giờ bị ghi đè"));
      } else if (!ids.add(id)) {
        errors.add(new FieldError(at + ".id", "Mã bộ \"" + id + "\" lặp lại trong tệp"));
      }
      String level = text(f, "schoolLevel");
      if (level == null || !SCHOOL_LEVELS.contains(level)) {
        errors.add(
            new FieldError(
                at + ".schoolLevel", "Cấp học phải là PRESCHOOL, PRIMARY hoặc SECONDARY"));
      }
      String circular = text(f, "circular");
      if (circular == null) {
        errors.add(new FieldError(at + ".circular", "Cần số hiệu thông tư"));
      } else if (circular.length() > 40) {
        errors.add(new FieldError(at + ".circular", "Số hiệu thông tư tối đa 40 ký tự"));
      }
      LocalDate effective = date(f, "effective");
      if (effective == null) {
        errors.add(new FieldError(at + ".effective", "Cần ngày hiệu lực dạng 2025-01-25"));
      } else if (level != null && newest.containsKey(level)) {
        LocalDate current = newest.get(level);
        if (!effective.isAfter(current)) {
          errors.add(
              new FieldError(
                  at + ".effective",
                  "Ngày hiệu lực "
                      + effective
                      + " phải sau ngày hiệu lực của phiên bản hiện hành ("
                      + current
                      + "): một sửa đổi không được viết lại năm học đã qua"));
        }
      }
      if (effective != null && level != null) {
        newest.merge(level, effective, (a, b) -> a.isAfter(b) ? a : b);
      }
      standards(f.get("standards"), at, errors);
      level4(f.get("level4"), at, errors);
    }
    return errors;
  }

  private static void standards(JsonNode standards, String at, List<FieldError> errors) {
    if (standards == null || !standards.isArray() || standards.size() == 0) {
      errors.add(new FieldError(at + ".standards", "Cần ít nhất một tiêu chuẩn"));
      return;
    }
    Set<Integer> numbers = new HashSet<>();
    Set<String> codes = new HashSet<>();
    int s = 0;
    for (JsonNode standard : standards.values()) {
      String sAt = at + ".standards[" + s++ + "]";
      Integer no = number(standard, "no");
      if (no == null || no < 1) {
        errors.add(new FieldError(sAt + ".no", "Số tiêu chuẩn phải là số nguyên dương"));
      } else if (!numbers.add(no)) {
        errors.add(new FieldError(sAt + ".no", "Tiêu chuẩn " + no + " lặp lại"));
      }
      if (text(standard, "title") == null) {
        errors.add(new FieldError(sAt + ".title", "Thiếu tên tiêu chuẩn"));
      } else if (text(standard, "title").length() > 255) {
        errors.add(new FieldError(sAt + ".title", "Tên tiêu chuẩn tối đa 255 ký tự"));
      }
      JsonNode criteria = standard.get("criteria");
      if (criteria == null || !criteria.isArray() || criteria.size() == 0) {
        errors.add(new FieldError(sAt + ".criteria", "Cần ít nhất một tiêu chí"));
        continue;
      }
      int c = 0;
      for (JsonNode criterion : criteria.values()) {
        criterion(criterion, sAt + ".criteria[" + c++ + "]", no, codes, errors);
      }
    }
  }

  private static void criterion(
      JsonNode c, String at, Integer standardNo, Set<String> codes, List<FieldError> errors) {
    String code = text(c, "code");
    Matcher m = code == null ? null : CODE.matcher(code);
    if (code == null) {
      errors.add(new FieldError(at + ".code", "Thiếu mã tiêu chí"));
    } else if (!m.matches() || (standardNo != null && Integer.parseInt(m.group(1)) != standardNo)) {
      errors.add(
          new FieldError(
              at + ".code",
              "Mã tiêu chí không hợp lệ: \""
                  + code
                  + "\" (phải có dạng "
                  + (standardNo == null ? "n" : standardNo)
                  + ".m, thuộc tiêu chuẩn của nó)"));
    } else if (!codes.add(code)) {
      errors.add(new FieldError(at + ".code", "Mã tiêu chí \"" + code + "\" lặp lại"));
    }
    if (text(c, "title") == null) {
      errors.add(
          new FieldError(at + ".title", "Thiếu tên tiêu chí" + (code == null ? "" : " " + code)));
    } else if (text(c, "title").length() > 500) {
      errors.add(new FieldError(at + ".title", "Tên tiêu chí tối đa 500 ký tự"));
    }
    JsonNode flag = c.get("hasLevel3");
    if (flag == null || !flag.isBoolean()) {
      errors.add(
          new FieldError(at + ".hasLevel3", "Cần hasLevel3 (true/false): tiêu chí có Mức 3 không"));
      return;
    }
    JsonNode counts = c.get("indicatorCounts");
    if (counts == null) {
      return;
    }
    Integer l1 = number(counts, "level1");
    Integer l2 = number(counts, "level2");
    Integer l3 = number(counts, "level3");
    if (l1 == null || l2 == null || l3 == null || l1 < 0 || l2 < 0 || l3 < 0) {
      errors.add(
          new FieldError(
              at + ".indicatorCounts", "Số chỉ báo level1, level2, level3 là số nguyên ≥ 0"));
    } else if (!flag.getBooleanValue() && l3 > 0) {
      errors.add(
          new FieldError(
              at + ".hasLevel3",
              "Tiêu chí " + code + " ghi không có Mức 3 nhưng có " + l3 + " chỉ báo Mức 3"));
    } else if (flag.getBooleanValue() && l1 > 0 && l3 == 0) {
      errors.add(
          new FieldError(
              at + ".hasLevel3",
              "Tiêu chí " + code + " ghi có Mức 3 nhưng không có chỉ báo Mức 3"));
    }
  }

  private static void level4(JsonNode level4, String at, List<FieldError> errors) {
    if (level4 == null || !level4.isArray()) {
      errors.add(new FieldError(at + ".level4", "Cần mảng level4 (có thể rỗng)"));
      return;
    }
    Set<Integer> numbers = new HashSet<>();
    int r = 0;
    for (JsonNode requirement : level4.values()) {
      String rAt = at + ".level4[" + r++ + "]";
      Integer no = number(requirement, "no");
      if (no == null || no < 1 || !numbers.add(no)) {
        errors.add(
            new FieldError(rAt + ".no", "Số yêu cầu Mức 4 phải là số nguyên dương, không lặp"));
      }
      if (text(requirement, "summary") == null) {
        errors.add(new FieldError(rAt + ".summary", "Thiếu nội dung yêu cầu Mức 4"));
      } else if (text(requirement, "summary").length() > 1000) {
        errors.add(new FieldError(rAt + ".summary", "Nội dung yêu cầu Mức 4 tối đa 1000 ký tự"));
      }
    }
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isString() && !value.getStringValue().isBlank()
        ? value.getStringValue().trim()
        : null;
  }

  private static Integer number(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value != null && value.isNumber() ? value.getIntValue() : null;
  }

  private static LocalDate date(JsonNode node, String field) {
    String value = text(node, field);
    try {
      return value == null ? null : LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
