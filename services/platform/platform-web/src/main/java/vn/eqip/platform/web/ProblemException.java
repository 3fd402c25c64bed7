package vn.eqip.platform.web;

import io.micronaut.http.HttpStatus;
import java.util.List;

/**
 * A failure the user can act on. Thrown by application code; rendered as problem+json by {@link
 * ProblemExceptionHandler}. Messages are Vietnamese first, English in parentheses where it helps.
 */
public class ProblemException extends RuntimeException {

  private final HttpStatus status;
  private final String type;
  private final String title;
  private final List<Problem.FieldError> errors;

  public ProblemException(HttpStatus status, String type, String title, String detail) {
    this(status, type, title, detail, List.of());
  }

  public ProblemException(
      HttpStatus status,
      String type,
      String title,
      String detail,
      List<Problem.FieldError> errors) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
    this.errors = List.copyOf(errors);
  }

  public static ProblemException notFound(String what) {
    return new ProblemException(
        HttpStatus.NOT_FOUND,
        "not-found",
        "Không tìm thấy (Not found)",
        "Không tìm thấy " + what + " hoặc bạn không có quyền xem.");
  }

  public static ProblemException forbidden(String detail) {
    return new ProblemException(
        HttpStatus.FORBIDDEN, "forbidden", "Không có quyền thực hiện (Forbidden)", detail);
  }

  public static ProblemException badRequest(String detail) {
    return new ProblemException(
        HttpStatus.BAD_REQUEST, "bad-request", "Yêu cầu không hợp lệ (Bad request)", detail);
  }

  public static ProblemException invalid(String detail, List<Problem.FieldError> errors) {
    return new ProblemException(
        HttpStatus.UNPROCESSABLE_ENTITY,
        "validation",
        "Dữ liệu chưa hợp lệ (Validation failed)",
        detail,
        errors);
  }

  public static ProblemException conflict(String type, String detail) {
    return new ProblemException(
        HttpStatus.CONFLICT, type, "Không thể thực hiện lúc này (Conflict)", detail);
  }

  public HttpStatus status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }

  public List<Problem.FieldError> errors() {
    return errors;
  }
}
