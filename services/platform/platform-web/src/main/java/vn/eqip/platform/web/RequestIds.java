package vn.eqip.platform.web;

import io.micronaut.http.HttpRequest;
import java.util.UUID;
import java.util.regex.Pattern;

/** The request id that ties a user's error report to the log lines of every service it crossed. */
public final class RequestIds {

  public static final String HEADER = "X-Request-Id";
  public static final String ATTRIBUTE = "eqip.requestId";
  public static final String MDC_KEY = "requestId";
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  private RequestIds() {}

  /**
   * The id of this request: the attribute set by the filter, else a well-formed header, else new.
   */
  public static String of(HttpRequest<?> request) {
    return request
        .getAttribute(ATTRIBUTE, String.class)
        .orElseGet(
            () ->
                request
                    .getHeaders()
                    .getFirst(HEADER)
                    .filter(id -> SAFE.matcher(id).matches())
                    .orElseGet(() -> UUID.randomUUID().toString()));
  }
}
