package vn.eqip.reporting.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import vn.eqip.platform.testing.ConsumerTestSupport;
import vn.eqip.platform.testing.DemoOrgTree;

/**
 * Shared set-up of the reporting ITs: on top of {@link ConsumerTestSupport} (own queue, demo org
 * trees applied through the real consumer, HTTP client), the demo schools, reporting's event
 * builders and helpers to call the API.
 */
public abstract class ReportingTestBase extends ConsumerTestSupport {

  protected Events events;

  @Override
  protected String serviceName() {
    return "reporting";
  }

  /** The org trees, then the schools of both tenants. */
  @Override
  protected List<byte[]> registryEvents() {
    List<byte[]> registry = super.registryEvents();
    for (DemoOrgTree.School school : DemoOrgTree.schools()) {
      registry.add(envelopes.schoolRegistered(school));
    }
    return registry;
  }

  @BeforeEach
  void createEvents() {
    events = new Events(envelopes);
  }

  /** Applies a plan's events of the given types in order, revisions 1, 2, …; returns its id. */
  protected String planThrough(String tenant, String schoolId, String year, String... types)
      throws IOException {
    String planId = UUID.randomUUID().toString();
    int revision = 0;
    for (String type : types) {
      apply(events.plan(type, tenant, planId, schoolId, year, ++revision));
    }
    return planId;
  }

  protected Map<String, Object> rollup(String token, String query) {
    return http.toBlocking()
        .retrieve(
            HttpRequest.GET("/api/reports/rollup?" + query).bearerAuth(token),
            Argument.mapOf(String.class, Object.class));
  }

  /** GET {@code path} (with its query) as JSON. */
  protected Map<String, Object> get(String token, String pathAndQuery) {
    return http.toBlocking()
        .retrieve(
            HttpRequest.GET(pathAndQuery).bearerAuth(token),
            Argument.mapOf(String.class, Object.class));
  }

  /** GET {@code path} (with its query) as bytes (an Excel file). */
  protected byte[] bytes(String token, String pathAndQuery) {
    return http.toBlocking()
        .retrieve(HttpRequest.GET(pathAndQuery).bearerAuth(token), byte[].class);
  }

  /** Every cell of the first sheet as Excel shows it (formats applied), row by row. */
  protected static List<List<String>> cells(byte[] xlsx) throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      DataFormatter formatter = new DataFormatter(Locale.forLanguageTag("vi-VN"));
      List<List<String>> rows = new ArrayList<>();
      for (Row row : workbook.getSheetAt(0)) {
        List<String> values = new ArrayList<>();
        for (Cell cell : row) {
          values.add(
              cell.getCellType() == CellType.FORMULA
                  ? cell.getCellFormula() + "=" + cell.getNumericCellValue()
                  : formatter.formatCellValue(cell));
        }
        rows.add(values);
      }
      return rows;
    }
  }

  /** The first sheet of an Excel file. */
  protected static XSSFSheet sheet(byte[] xlsx) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(xlsx)).getSheetAt(0);
  }

  @SuppressWarnings("unchecked")
  protected static List<Map<String, Object>> list(Map<String, Object> json, String field) {
    return (List<Map<String, Object>>) json.get(field);
  }

  @SuppressWarnings("unchecked")
  protected static Map<String, Object> map(Object json) {
    return (Map<String, Object>) json;
  }

  protected static int num(Object json) {
    return ((Number) json).intValue();
  }

  @SuppressWarnings("unchecked")
  protected static List<Map<String, Object>> items(Map<String, Object> rollup) {
    return (List<Map<String, Object>>) rollup.get("items");
  }

  protected static Map<String, Object> item(Map<String, Object> rollup, String schoolId) {
    return items(rollup).stream()
        .filter(i -> schoolId.equals(i.get("schoolId")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no school " + schoolId + " in " + rollup));
  }

  @SuppressWarnings("unchecked")
  protected static int count(Map<String, Object> rollup, String status) {
    return ((Number) ((Map<String, Object>) rollup.get("plansByStatus")).get(status)).intValue();
  }
}
