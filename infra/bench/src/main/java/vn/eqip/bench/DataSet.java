package vn.eqip.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Writes the national data set straight into reporting's read models (the tables its event handlers
 * fill), with batched multi-row inserts: 34 tenants (one department each, the largest with 3,000
 * schools), communes of 30 schools, three school years of SELF assessments, a plan per school and
 * year, and for the current year's approved plans 5–60 rows with one action each and its progress.
 */
final class DataSet {

  /**
   * The school year in progress (in Vietnam, years start on 1 September) and the two before it: the
   * roll-up is measured on the current year, which reports read from school_view (a past year's
   * read the school history instead: reporting-service README, "Year over year").
   */
  static final String[] YEARS = yearsUpToNow();

  static final String CURRENT = YEARS[2];
  static final int COMMUNE_SIZE = 30;

  private static String[] yearsUpToNow() {
    java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    int start = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
    String[] years = new String[3];
    for (int i = 0; i < 3; i++) {
      int y = start - 2 + i;
      years[i] = y + "-" + (y + 1);
    }
    return years;
  }

  private static final String[] LEVELS = {
    "PRESCHOOL", "PRIMARY", "LOWER_SECONDARY", "UPPER_SECONDARY"
  };
  private static final String[] LEVEL_NAMES = {"Mầm non", "Tiểu học", "THCS", "THPT"};
  private static final String[] PLACES = {
    "Hẹ Muông", "Thanh Xương", "Mường Mươn", "Bản Phủ", "Nà Tấu", "Mường Phăng", "Pú Nhi",
    "Định Phước", "Đắk Mil", "Ea Kar", "Cẩm Thủy", "Quỳnh Lưu", "Hương Khê", "Ân Thi"
  };

  /** One tenant as generated. */
  record Tenant(String id, String rootId, int schools, List<String> communeIds) {}

  final List<Tenant> tenants = new ArrayList<>();
  long schools;
  long orgUnits;
  long plans;
  long assessments;
  long actions;

  private final Random random = new Random(7);
  private final Timestamp now = Timestamp.from(Instant.parse("2026-01-15T03:00:00Z"));

  /** Tenant sizes: the first has {@code largest}, the others share the rest unevenly. */
  static int[] sizes(int tenantCount, int total, int largest) {
    int[] sizes = new int[tenantCount];
    sizes[0] = largest;
    double[] weights = new double[tenantCount];
    double sum = 0;
    for (int i = 1; i < tenantCount; i++) {
      weights[i] = 600 + (i * 379) % 1650;
      sum += weights[i];
    }
    int rest = total - largest;
    int assigned = 0;
    for (int i = 1; i < tenantCount; i++) {
      sizes[i] = Math.min(largest - 1, (int) Math.round(rest * weights[i] / sum));
      assigned += sizes[i];
    }
    sizes[tenantCount - 1] += rest - assigned;
    return sizes;
  }

  static String uuid(int tenant, int kind, long n) {
    return new UUID(
            0xB0000000_0000_4000L | ((long) tenant << 20),
            (0x8000L << 48) | ((long) kind << 40) | n)
        .toString();
  }

  void generate(Connection c, int tenantCount, int total, int largest) throws SQLException {
    c.setAutoCommit(false);
    try (var st = c.createStatement()) {
      st.execute("SET unique_checks = 0");
      st.execute("SET foreign_key_checks = 0");
    }
    int[] sizes = sizes(tenantCount, total, largest);
    try (Batch units =
            new Batch(
                c,
                "INSERT INTO org_unit_view (id, tenant_id, parent_id, kind, name, path) VALUES (?,?,?,?,?,?)");
        Batch schoolRows =
            new Batch(
                c,
                "INSERT INTO school_view (tenant_id, id, code, name, level, school_type, org_unit_id, path,"
                    + " status, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)");
        Batch planRows =
            new Batch(
                c,
                "INSERT INTO plan_view (tenant_id, plan_id, school_id, school_year, status, revision,"
                    + " updated_at, first_submitted_at, approved_at) VALUES (?,?,?,?,?,?,?,?,?)");
        Batch assessmentRows =
            new Batch(
                c,
                "INSERT INTO assessment_view (tenant_id, school_id, school_year, kind, assessment_id,"
                    + " framework, version, level1_met, level1_total, level2_met, level2_total,"
                    + " level3_met, level3_total, level4_met, level4_total, overall_level, summary_line,"
                    + " finished_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
        Batch actionRows =
            new Batch(
                c,
                "INSERT INTO action_view (tenant_id, action_id, plan_id, school_id, school_year,"
                    + " plan_revision, criterion_code, standard_code, budget_vnd, status, percent_done,"
                    + " money_spent, reported_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)");
        Batch years =
            new Batch(
                c,
                "INSERT INTO school_year_view (tenant_id, school_year, submission_deadline,"
                    + " progress_report_dates, status, updated_at) VALUES (?,?,?,?,?,?)")) {
      for (int t = 0; t < tenantCount; t++) {
        String tenant = String.format("bench-%02d", t + 1);
        String root = uuid(t, 1, 0);
        String rootPath = "/" + root + "/";
        units.add(root, tenant, null, "DEPARTMENT", "Sở GD&ĐT Tỉnh " + (t + 1), rootPath);
        orgUnits++;
        List<String> communes = new ArrayList<>();
        String communeId = null;
        String communePath = null;
        for (int s = 0; s < sizes[t]; s++) {
          if (s % COMMUNE_SIZE == 0) {
            int n = s / COMMUNE_SIZE;
            communeId = uuid(t, 2, n);
            communePath = rootPath + communeId + "/";
            communes.add(communeId);
            units.add(
                communeId,
                tenant,
                root,
                "COMMUNE_OFFICE",
                "Phòng VH-XH xã " + PLACES[n % PLACES.length] + " " + (n + 1),
                communePath);
            orgUnits++;
          }
          school(
              t,
              tenant,
              s,
              communeId,
              communePath,
              units,
              schoolRows,
              planRows,
              assessmentRows,
              actionRows);
        }
        for (String year : YEARS) {
          int start = Integer.parseInt(year.substring(0, 4));
          years.add(
              tenant,
              year,
              java.sql.Date.valueOf(start + "-10-15"),
              (start + 1) + "-01-15," + (start + 1) + "-05-15",
              year.equals(CURRENT) ? "OPEN" : "CLOSED",
              now);
        }
        tenants.add(new Tenant(tenant, root, sizes[t], communes));
      }
    }
    c.commit();
  }

  private void school(
      int t,
      String tenant,
      int s,
      String communeId,
      String communePath,
      Batch units,
      Batch schoolRows,
      Batch planRows,
      Batch assessmentRows,
      Batch actionRows)
      throws SQLException {
    String id = uuid(t, 3, s);
    int lvl = random.nextInt(LEVELS.length);
    String name =
        "Trường "
            + LEVEL_NAMES[lvl]
            + " "
            + PLACES[random.nextInt(PLACES.length)]
            + " số "
            + (s + 1);
    String path = communePath + id + "/";
    units.add(id, tenant, communeId, "SCHOOL", name, path);
    orgUnits++;
    schoolRows.add(
        tenant,
        id,
        String.format("%02d%06d", t + 1, s + 1),
        name,
        LEVELS[lvl],
        random.nextInt(10) == 0 ? "TU_THUC" : "CONG_LAP",
        communeId,
        path,
        "ACTIVE",
        now);
    schools++;
    for (int y = 0; y < YEARS.length; y++) {
      String year = YEARS[y];
      // assessments: 95% of schools each year
      if (random.nextInt(100) < 95) {
        int l2 = 20 + random.nextInt(8);
        int l3 = random.nextInt(20);
        int overall = l2 == 27 ? (l3 >= 12 ? 3 : 2) : 1;
        assessmentRows.add(
            tenant,
            id,
            year,
            "SELF",
            uuid(t, 4 + y, s),
            "TT17-2018-TH",
            1 + random.nextInt(2),
            27,
            27,
            l2,
            27,
            l3,
            19,
            0,
            5,
            overall,
            "Mức 1: 27/27 · Mức 2: " + l2 + "/27 · Mức 3: " + l3 + "/19 · Mức 4: 0/5",
            now);
        assessments++;
      }
      // plans: current year 10% none, 10% draft, 15% submitted, 5% returned, 60% approved
      int p = random.nextInt(100);
      boolean current = year.equals(CURRENT);
      String status =
          !current
              ? "APPROVED"
              : p < 10
                  ? null
                  : p < 20 ? "DRAFT" : p < 35 ? "SUBMITTED" : p < 40 ? "RETURNED" : "APPROVED";
      if (status == null) {
        continue;
      }
      String planId = uuid(t, 8 + y, s);
      planRows.add(
          tenant,
          planId,
          id,
          year,
          status,
          1,
          now,
          status.equals("DRAFT") ? null : now,
          status.equals("APPROVED") ? now : null);
      plans++;
      if (current && status.equals("APPROVED")) {
        int rows = 5 + random.nextInt(56);
        for (int a = 0; a < rows; a++) {
          int standard = 1 + random.nextInt(5);
          int pct = random.nextInt(5) * 25;
          long budget = random.nextInt(4) == 0 ? -1 : (1 + random.nextInt(50)) * 1_000_000L;
          actionRows.add(
              tenant,
              new UUID(planId.hashCode() * 31L + t, ((long) s << 16) | a).toString(),
              planId,
              id,
              year,
              1,
              standard + "." + (1 + random.nextInt(6)),
              String.valueOf(standard),
              budget < 0 ? null : budget,
              pct == 100 ? "DONE" : pct == 0 ? "NOT_STARTED" : "IN_PROGRESS",
              pct,
              budget < 0 ? 0L : budget * pct / 100,
              now);
          actions++;
        }
      }
    }
  }

  /** A prepared INSERT executed in batches (the driver rewrites them as multi-row inserts). */
  static final class Batch implements AutoCloseable {
    private final Connection c;
    private final PreparedStatement ps;
    private int pending;

    Batch(Connection c, String sql) throws SQLException {
      this.c = c;
      this.ps = c.prepareStatement(sql);
    }

    void add(Object... values) throws SQLException {
      for (int i = 0; i < values.length; i++) {
        ps.setObject(i + 1, values[i]);
      }
      ps.addBatch();
      if (++pending == 2000) {
        flush();
      }
    }

    private void flush() throws SQLException {
      if (pending > 0) {
        ps.executeBatch();
        c.commit();
        pending = 0;
      }
    }

    @Override
    public void close() throws SQLException {
      flush();
      ps.close();
    }
  }
}
