package vn.eqip.reporting.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Runs in a child JVM on reporting-service's fat jar (so it uses the service's own {@link
 * XlsxReport}, columns and labels): loads the roll-up rows of the given tenants with the service's
 * roll-up query, then writes them either as the service's export ({@code ours}: styles, number
 * formats, totals with formulas, frozen header, auto filter) or as a bare POI SXSSF loop writing
 * the same cell values ({@code bare}), and prints the write time and the peak heap.
 *
 * <p>Arguments: jdbcUrl user password mode(ours|bare) schoolYear iterations tenant...
 */
public final class ExportBench {

  private ExportBench() {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    String user = args[1];
    String password = args[2];
    String mode = args[3];
    String year = args[4];
    int iterations = Integer.parseInt(args[5]);
    List<String> tenants = List.of(args).subList(6, args.length);
    String sql = rollupSql();

    long loadStart = System.nanoTime();
    List<Object[]> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url, user, password)) {
      for (String tenant : tenants) {
        Map<String, String> units = new HashMap<>();
        try (PreparedStatement ps =
            c.prepareStatement("SELECT id, name FROM org_unit_view WHERE tenant_id = ?")) {
          ps.setString(1, tenant);
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              units.put(rs.getString(1), rs.getString(2));
            }
          }
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          ps.setString(1, year);
          ps.setString(2, year);
          ps.setString(3, tenant);
          ps.setString(4, "%");
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              rows.add(values(rs, rows.size() + 1, units));
            }
          }
        }
      }
    }
    long loadMs = (System.nanoTime() - loadStart) / 1_000_000;

    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    System.gc();
    long baseline = memory.getHeapMemoryUsage().getUsed();
    // heap in use (live objects and garbage not yet collected), sampled every 2 ms while writing
    AtomicLong peakUsed = new AtomicLong();
    AtomicBoolean running = new AtomicBoolean(true);
    Thread sampler =
        new Thread(
            () -> {
              while (running.get()) {
                peakUsed.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                  Thread.sleep(2);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();
    // "both": the two writers alternate in one JVM on the same rows, so that load from elsewhere
    // hits them alike
    List<String> modes = mode.equals("both") ? List.of("bare", "ours") : List.of(mode);
    Map<String, long[]> times = new HashMap<>();
    Map<String, Long> peaks = new HashMap<>();
    Map<String, Integer> sizes = new HashMap<>();
    for (int i = 0; i < iterations; i++) {
      for (String m : modes) {
        System.gc();
        peakUsed.set(memory.getHeapMemoryUsage().getUsed());
        long start = System.nanoTime();
        byte[] file = m.equals("ours") ? ours(rows) : bare(rows);
        times.computeIfAbsent(m, k -> new long[iterations])[i] =
            (System.nanoTime() - start) / 1_000_000;
        peaks.merge(m, peakUsed.get(), Math::max);
        sizes.put(m, file.length);
      }
    }
    running.set(false);
    sampler.join();
    for (String m : modes) {
      long[] t = times.get(m);
      java.util.Arrays.sort(t);
      System.out.printf(
          "RESULT mode=%s rows=%d loadMs=%d writeMsMin=%d writeMsMedian=%d bytes=%d"
              + " heapBeforeMb=%.1f peakHeapUsedMb=%.1f maxHeapMb=%.0f%n",
          m,
          rows.size(),
          loadMs,
          t[0],
          t[t.length / 2],
          sizes.get(m),
          baseline / 1048576.0,
          peaks.get(m) / 1048576.0,
          Runtime.getRuntime().maxMemory() / 1048576.0);
    }
  }

  /** RollupQuery.SQL, read from the service's class so that the bench runs the very same query. */
  static String rollupSql() throws ReflectiveOperationException {
    var field = Class.forName("vn.eqip.reporting.rollup.RollupQuery").getDeclaredField("SQL");
    field.setAccessible(true);
    return (String) field.get(null);
  }

  /** The cells ReportExports.rollup writes for one school. */
  private static Object[] values(ResultSet rs, int n, Map<String, String> units)
      throws SQLException {
    boolean assessed = rs.getString("a_year") != null;
    String status = rs.getString("plan_status");
    Integer met = assessed ? rs.getInt("level3_met") : null;
    Integer total = assessed ? rs.getInt("level3_total") : null;
    String unit = rs.getString("org_unit_id");
    return new Object[] {
      n,
      rs.getString("code"),
      rs.getString("name"),
      Labels.schoolLevel(rs.getString("level")),
      unit == null ? null : units.getOrDefault(unit, unit),
      Labels.planStatus(status == null ? "NONE" : status),
      assessed ? rs.getString("a_year") : null,
      assessed ? rs.getString("summary_line") : null,
      assessed ? rs.getInt("overall_level") : null,
      met,
      total,
      total == null || total == 0 ? null : (double) met / total
    };
  }

  static byte[] ours(List<Object[]> rows) {
    try (XlsxReport xlsx =
        new XlsxReport(
            "Tổng hợp",
            "TỔNG HỢP KẾ HOẠCH VÀ KẾT QUẢ TỰ ĐÁNH GIÁ",
            "Đơn vị: … · Năm học: … · Ngày xuất: …",
            ReportExports.ROLLUP_COLUMNS)) {
      for (Object[] row : rows) {
        xlsx.row(row);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      xlsx.write(out);
      return out.toByteArray();
    }
  }

  /**
   * The same cells with nothing else: POI's default streaming workbook (window of 100 rows, inline
   * strings), no styles, no totals, no filter.
   */
  static byte[] bare(List<Object[]> rows) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(XlsxReport.ROW_WINDOW)) {
      SXSSFSheet sheet = workbook.createSheet("Tổng hợp");
      int r = XlsxReport.HEADER_ROW + 1;
      for (Object[] values : rows) {
        Row row = sheet.createRow(r++);
        for (int i = 0; i < values.length; i++) {
          Cell cell = row.createCell(i);
          Object v = values[i];
          if (v instanceof Number number) {
            cell.setCellValue(number.doubleValue());
          } else if (v != null) {
            cell.setCellValue(v.toString());
          }
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      workbook.dispose();
      return out.toByteArray();
    }
  }
}
