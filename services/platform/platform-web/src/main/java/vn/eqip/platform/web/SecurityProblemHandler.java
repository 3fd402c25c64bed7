package vn.eqip.platform.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;

/** 401 and 403 from Micronaut Security as problem+json instead of an empty body. */
@Singleton
@Produces(Problem.MEDIA_TYPE)
@Replaces(DefaultAuthorizationExceptionHandler.class)
public class SecurityProblemHandler
    implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

  @Override
  public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException e) {
    if (e.isForbidden()) {
      return Problems.response(
          request,
          HttpStatus.FORBIDDEN,
          "forbidden",
          Problems.titleFor(HttpStatus.FORBIDDEN),
          "Vai trò của bạn không được phép thực hiện thao tác này (role not allowed).",
          List.of());
    }
    return Problems.response(
            request,
            HttpStatus.UNAUTHORIZED,
            "unauthorized",
            Problems.titleFor(HttpStatus.UNAUTHORIZED),
            "Cần đăng nhập: thiếu mã truy cập, mã đã hết hạn hoặc không hợp lệ"
                + " (missing, expired or invalid bearer token).",
            List.of())
        .header("WWW-Authenticate", "Bearer");
  }
}
