package vn.eqip.platform.tenancy;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import java.util.Optional;

/** The caller's bearer token, forwarded as is when a service calls another on the user's behalf. */
public final class BearerToken {

  private BearerToken() {}

  public static Optional<String> authorizationHeader(HttpRequest<?> request) {
    return request
        .getHeaders()
        .getFirst(HttpHeaders.AUTHORIZATION)
        .filter(value -> value.regionMatches(true, 0, "Bearer ", 0, 7));
  }
}
