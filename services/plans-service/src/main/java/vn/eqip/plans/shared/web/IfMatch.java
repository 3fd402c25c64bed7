package vn.eqip.plans.shared.web;

import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import vn.eqip.plans.shared.InvalidInput;

/**
 * Optimistic locking over HTTP: a plan's ETag is its revision ({@code "7"}); a change sent with
 * {@code If-Match: "7"} applies only if the plan is still at revision 7.
 */
public final class IfMatch {

  private IfMatch() {}

  /** The revision an If-Match header names; null when absent or {@code *}. */
  public static Integer revision(String header) {
    if (header == null || header.isBlank() || header.trim().equals("*")) {
      return null;
    }
    String value = header.trim();
    if (value.startsWith("W/")) {
      value = value.substring(2);
    }
    value = value.replace("\"", "").trim();
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new InvalidInput(
          "If-Match",
          "Tiêu đề If-Match phải là ETag của kế hoạch như GET trả về, ví dụ \"7\"; nhận được "
              + header
              + ".");
    }
  }

  public static String etag(int revision) {
    return "\"" + revision + "\"";
  }

  /** 200 with the body and the plan's ETag. */
  public static <T> MutableHttpResponse<T> ok(T body, int revision) {
    return HttpResponse.ok(body).header("ETag", etag(revision));
  }
}
