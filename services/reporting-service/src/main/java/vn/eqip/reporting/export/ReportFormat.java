package vn.eqip.reporting.export;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import vn.eqip.platform.web.ProblemException;

/**
 * The {@code format} parameter every report takes: absent or {@code json} for the JSON report,
 * {@code xlsx} for the same report as an Excel file; anything else is 400.
 */
public final class ReportFormat {

  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private ReportFormat() {}

  /** True for {@code format=xlsx}, false for none or {@code json}; 400 otherwise. */
  public static boolean isXlsx(@Nullable String format) {
    if (format == null || format.isBlank() || format.trim().equalsIgnoreCase("json")) {
      return false;
    }
    if (format.trim().equalsIgnoreCase("xlsx")) {
      return true;
    }
    throw ProblemException.badRequest(
        "Định dạng không hợp lệ: format chỉ nhận json hoặc xlsx (format must be json or xlsx).");
  }

  /** The JSON report. */
  public static <T> HttpResponse<T> json(T body) {
    return HttpResponse.ok(body).contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  /** An Excel file named {@code <name>-<schoolYear>.xlsx}. */
  public static HttpResponse<byte[]> file(byte[] body, String name, String schoolYear) {
    return HttpResponse.ok(body)
        .contentType(MediaType.of(XLSX))
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + name + "-" + schoolYear.trim() + ".xlsx\"");
  }
}
