package vn.eqip.platform.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 9457 problem detail. {@code title} and {@code detail} are written for the user, in
 * Vietnamese first; {@code type} is a stable machine-readable slug.
 */
@Serdeable
public record Problem(
    String type,
    String title,
    int status,
    @Nullable String detail,
    @Nullable String instance,
    @Nullable String requestId,
    @Nullable List<FieldError> errors) {

  public static final String MEDIA_TYPE = "application/problem+json";
  public static final String TYPE_PREFIX = "https://eqip.vn/problems/";

  /** One invalid input, named so the user can find and fix it. */
  @Serdeable
  public record FieldError(String field, String message) {}
}
