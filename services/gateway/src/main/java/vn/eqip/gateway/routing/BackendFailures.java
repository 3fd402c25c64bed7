package vn.eqip.gateway.routing;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.client.exceptions.ReadTimeoutException;
import java.util.List;
import vn.eqip.platform.web.Problem;
import vn.eqip.platform.web.Problems;

/**
 * Turns a failed call to a service into the answer the user sees: 504 when the service did not
 * answer in time, 503 when it could not be reached at all. Never the exception text, which names
 * hosts and ports.
 */
final class BackendFailures {

  private BackendFailures() {}

  static MutableHttpResponse<Problem> toProblem(
      HttpRequest<?> request, Backend backend, Throwable failure) {
    boolean timedOut = isTimeout(failure);
    HttpStatus status = timedOut ? HttpStatus.GATEWAY_TIMEOUT : HttpStatus.SERVICE_UNAVAILABLE;
    String detail =
        timedOut
            ? "Dịch vụ "
                + backend.name()
                + " không phản hồi kịp (the service did not answer in time)."
            : "Không kết nối được tới dịch vụ "
                + backend.name()
                + " (the service cannot be reached).";
    return Problems.response(
        request,
        status,
        timedOut ? "backend-timeout" : "backend-unavailable",
        Problems.titleFor(HttpStatus.SERVICE_UNAVAILABLE),
        detail + " Vui lòng thử lại sau ít phút.",
        List.of());
  }

  static boolean isTimeout(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ReadTimeoutException || t instanceof java.util.concurrent.TimeoutException) {
        return true;
      }
    }
    return false;
  }
}
