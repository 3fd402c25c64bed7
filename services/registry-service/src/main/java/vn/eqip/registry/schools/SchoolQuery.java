package vn.eqip.registry.schools;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import java.util.List;
import vn.eqip.platform.web.Problem;
import vn.eqip.platform.web.ProblemException;
import vn.eqip.registry.orgtree.OrgScope;

/**
 * The filters of {@code GET /api/registry/schools}, checked: a wrong value is a 400 naming the
 * parameter. {@code q} matches the name without diacritics, or the code.
 */
public record SchoolQuery(
    @Nullable String q,
    @Nullable SchoolLevel level,
    @Nullable SchoolType type,
    @Nullable SchoolStatus status,
    @Nullable String orgUnitId,
    int page,
    int size,
    String sort) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 500;

  public static SchoolQuery parse(
      String q,
      String level,
      String type,
      String status,
      String orgUnitId,
      Integer page,
      Integer size,
      String sort) {
    String sortBy = sort == null || sort.isBlank() ? "name" : sort.trim();
    if (!sortBy.equals("name") && !sortBy.equals("code")) {
      throw bad("sort", "Sắp xếp theo \"name\" hoặc \"code\", nhận được \"" + sort + "\"");
    }
    int p = page == null ? 0 : page;
    int s = size == null ? DEFAULT_SIZE : size;
    if (p < 0) {
      throw bad("page", "Trang bắt đầu từ 0");
    }
    if (s < 1 || s > MAX_SIZE) {
      throw bad("size", "Số dòng mỗi trang từ 1 đến " + MAX_SIZE);
    }
    return new SchoolQuery(
        SchoolValidator.trim(q),
        blank(level)
            ? null
            : SchoolLevel.find(level)
                .orElseThrow(() -> bad("level", "Cấp học không hợp lệ: \"" + level + "\"")),
        blank(type)
            ? null
            : SchoolType.find(type)
                .orElseThrow(() -> bad("type", "Loại hình không hợp lệ: \"" + type + "\"")),
        blank(status) ? null : statusOf(status),
        SchoolValidator.trim(orgUnitId),
        p,
        s,
        sortBy);
  }

  /** The LIKE pattern of {@code q} over the folded name, or null without q. */
  @Nullable
  String likePattern() {
    return q == null ? null : "%" + OrgScope.escapeLike(SchoolNames.fold(q)) + "%";
  }

  long offset() {
    return (long) page * size;
  }

  private static SchoolStatus statusOf(String status) {
    try {
      return SchoolStatus.valueOf(status.trim());
    } catch (IllegalArgumentException e) {
      throw bad("status", "Trạng thái không hợp lệ: \"" + status + "\" (ACTIVE, MERGED, CLOSED)");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static ProblemException bad(String field, String message) {
    return new ProblemException(
        HttpStatus.BAD_REQUEST,
        "bad-request",
        "Yêu cầu không hợp lệ (Bad request)",
        message,
        List.of(new Problem.FieldError(field, message)));
  }
}
