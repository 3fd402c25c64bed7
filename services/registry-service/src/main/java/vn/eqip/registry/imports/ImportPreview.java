package vn.eqip.registry.imports;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * What an upload would do: every row with its values (by Vietnamese header) and its errors in
 * Vietnamese; {@code action} CREATE or UPDATE (a school with that code exists: it is updated).
 */
@Serdeable
public record ImportPreview(
    String id, String status, List<Row> rows, int validRows, int invalidRows) {

  @Serdeable
  public record Row(
      int rowNumber,
      Map<String, String> values,
      List<String> errors,
      @Nullable String action,
      @Nullable String schoolId) {}
}
