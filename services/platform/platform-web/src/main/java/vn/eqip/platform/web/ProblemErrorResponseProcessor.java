package vn.eqip.platform.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.exceptions.response.HateoasErrorResponseProcessor;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders every error the framework produces itself (no route, malformed JSON, a missing or
 * mistyped argument, bean validation) as problem+json with a Vietnamese title, so that a client
 * never sees a second error format.
 */
@Singleton
@Replaces(HateoasErrorResponseProcessor.class)
public class ProblemErrorResponseProcessor implements ErrorResponseProcessor<Problem> {

  @Override
  public MutableHttpResponse<Problem> processResponse(
      ErrorContext context, MutableHttpResponse<?> response) {
    HttpStatus status = response.getStatus();
    String detail =
        context.getErrors().isEmpty()
            ? detailFor(status)
            : context.getErrors().stream()
                .map(e -> e.getMessage())
                .collect(Collectors.joining("; "));
    if (status.getCode() >= 500) {
      // never leak internals (SQL, class names, stack traces) to the user
      detail = detailFor(status);
    }
    List<Problem.FieldError> errors =
        context.getErrors().stream()
            .filter(e -> e.getPath().isPresent())
            .map(e -> new Problem.FieldError(e.getPath().get(), e.getMessage()))
            .toList();
    MutableHttpResponse<Problem> problem =
        Problems.response(
            context.getRequest(),
            status,
            Problems.typeFor(status),
            Problems.titleFor(status),
            detail,
            errors);
    response.getHeaders().forEach((name, values) -> values.forEach(v -> problem.header(name, v)));
    return problem.contentType(Problem.MEDIA_TYPE);
  }

  private static String detailFor(HttpStatus status) {
    return switch (status) {
      case NOT_FOUND -> "Địa chỉ không tồn tại (no such resource).";
      case UNAUTHORIZED -> "Vui lòng đăng nhập lại (a valid bearer token is required).";
      case FORBIDDEN -> "Tài khoản của bạn không có quyền thực hiện thao tác này.";
      default ->
          status.getCode() >= 500
              ? "Đã có lỗi xảy ra phía máy chủ. Mã yêu cầu (request id) giúp bộ phận hỗ trợ tra cứu."
              : status.getReason();
    };
  }
}
