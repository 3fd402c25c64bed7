package vn.eqip.platform.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;

/** Builds problem+json responses; the one place that knows the response shape. */
public final class Problems {

  private Problems() {}

  public static MutableHttpResponse<Problem> response(
      HttpRequest<?> request,
      HttpStatus status,
      String type,
      String title,
      String detail,
      List<Problem.FieldError> errors) {
    Problem problem =
        new Problem(
            Problem.TYPE_PREFIX + type,
            title,
            status.getCode(),
            detail,
            request == null ? null : request.getPath(),
            request == null ? null : RequestIds.of(request),
            errors == null || errors.isEmpty() ? null : errors);
    return HttpResponse.<Problem>status(status).contentType(Problem.MEDIA_TYPE).body(problem);
  }

  /** A user-facing title for a status produced by the framework rather than by our code. */
  public static String titleFor(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> "Yêu cầu không hợp lệ (Bad request)";
      case UNAUTHORIZED -> "Chưa đăng nhập hoặc phiên đã hết hạn (Unauthorized)";
      case FORBIDDEN -> "Không có quyền thực hiện (Forbidden)";
      case NOT_FOUND -> "Không tìm thấy (Not found)";
      case METHOD_NOT_ALLOWED -> "Phương thức không được hỗ trợ (Method not allowed)";
      case NOT_ACCEPTABLE, UNSUPPORTED_MEDIA_TYPE ->
          "Định dạng không được hỗ trợ (Unsupported media type)";
      case CONFLICT -> "Không thể thực hiện lúc này (Conflict)";
      case UNPROCESSABLE_ENTITY -> "Dữ liệu chưa hợp lệ (Validation failed)";
      case REQUEST_ENTITY_TOO_LARGE -> "Dữ liệu gửi lên quá lớn (Payload too large)";
      case SERVICE_UNAVAILABLE, BAD_GATEWAY, GATEWAY_TIMEOUT ->
          "Dịch vụ tạm thời không sẵn sàng, vui lòng thử lại (Service unavailable)";
      default ->
          status.getCode() >= 500
              ? "Lỗi hệ thống, vui lòng thử lại sau (Internal error)"
              : "Yêu cầu không được chấp nhận";
    };
  }

  /** A slug for a framework-produced status. */
  public static String typeFor(HttpStatus status) {
    return switch (status) {
      case UNAUTHORIZED -> "unauthorized";
      case FORBIDDEN -> "forbidden";
      case NOT_FOUND -> "not-found";
      case BAD_REQUEST -> "bad-request";
      case UNPROCESSABLE_ENTITY -> "validation";
      default -> status.getCode() >= 500 ? "internal" : "http-" + status.getCode();
    };
  }
}
