package vn.eqip.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micronaut.core.type.Argument;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.eqip.platform.testing.EventEnvelopes;
import vn.eqip.platform.testing.TestTokens;
import vn.eqip.reporting.testing.ReportingTestBase;

/**
 * Merged and moved schools roll up under the org unit of their school year (issue 7), against a
 * hand-computed fixture in a tenant of its own ("lichsu"): Sở P with Phòng D1 (communes C1, C2) and
 * Phòng D2 (commune C3), as the registry published it over time.
 *
 * <p>Registered 01/01/2020: S1 Trường Tiểu học Ngọc Lâm, S2 Trường Mầm non Hoa Ban and S4 Trường
 * THCS Ẳng Nưa under C1, S3 Trường Mầm non Sơn Ca under C2. 15/08/2025: S2 merged into S3 (still
 * under C1). 15/09/2025 (school year 2025-2026): S1 moved to C3 (district D2). 01/10/2025: commune
 * C2 moved from D1 to D2 (the registry republishes S3 with its new path). S2 is no school of
 * 2025-2026 or later (merged before 1/09/2025): not in those years' reports. SELF assessments,
 * overall level and level-2/level-3 criteria met, 2024-2025 → 2025-2026: S1 1 (20, 2) → 2 (27, 5):
 * UP; S2 2 (25, 3) → merged, none: ONLY_FROM; S3 1 (18, 0) → 2 (25, 6): UP; S4 2 (27, 8) → 2 (27,
 * 9): SAME.
 *
 * <p>By hand. D1, 2024-2025 → 2025-2026: the four schools (in D1 in one year or both); 2024-2025
 * figures of all four (levels 1: S1, S3; 2: S2, S4; level 2 met 20 + 25 + 18 + 27 = 90, level 3 2 +
 * 3 + 0 + 8 = 13); 2025-2026 figures of the schools still in D1 that year: S4 only (S2 has none).
 * Units: C1 (today's child: S1's 2024-2025, S2, S4) and C2 (a child in 2024-2025, now under D2:
 * S3's 2024-2025 only). D2: S1 and S3, 2025-2026 figures only (levels 2, 2), units C2 (S3) and C3
 * (S1).
 */
@MicronautTest(transactional = false)
class SchoolYearOrgUnitIT extends ReportingTestBase {

  static final String TENANT = "lichsu";
  static final String FROM = "2024-2025";
  static final String TO = "2025-2026";

  static final String P = "e1000000-0000-4000-8000-000000000001";
  static final String D1 = "e1000000-0000-4000-8000-000000000011";
  static final String D2 = "e1000000-0000-4000-8000-000000000012";
  static final String C1 = "e1000000-0000-4000-8000-000000000021";
  static final String C2 = "e1000000-0000-4000-8000-000000000022";
  static final String C3 = "e1000000-0000-4000-8000-000000000023";
  static final String S1 = "e1000000-0000-4000-8000-000000000101";
  static final String S2 = "e1000000-0000-4000-8000-000000000102";
  static final String S3 = "e1000000-0000-4000-8000-000000000103";
  static final String S4 = "e1000000-0000-4000-8000-000000000104";

  private boolean seeded;

  @BeforeEach
  void seed() throws Exception {
    if (seeded) {
      return;
    }
    // the org tree as it stands today (org_unit_view keeps the latest)
    unit(P, null, "DEPARTMENT", "Sở GD&ĐT P", "/" + P + "/");
    unit(D1, P, "DISTRICT_OFFICE", "Phòng GD&ĐT D1", path(P, D1));
    unit(D2, P, "DISTRICT_OFFICE", "Phòng GD&ĐT D2", path(P, D2));
    unit(C1, D1, "COMMUNE_OFFICE", "Xã C1", path(P, D1, C1));
    unit(C2, D2, "COMMUNE_OFFICE", "Xã C2", path(P, D2, C2));
    unit(C3, D2, "COMMUNE_OFFICE", "Xã C3", path(P, D2, C3));
    unit(S1, C3, "SCHOOL", "Trường Tiểu học Ngọc Lâm", path(P, D2, C3, S1));
    unit(S2, C1, "SCHOOL", "Trường Mầm non Hoa Ban", path(P, D1, C1, S2));
    unit(S3, C2, "SCHOOL", "Trường Mầm non Sơn Ca", path(P, D2, C2, S3));
    unit(S4, C1, "SCHOOL", "Trường THCS Ẳng Nưa", path(P, D1, C1, S4));

    // the school snapshots over time, delivered newest first
    school(
        "SchoolUpdated",
        S3,
        "Trường Mầm non Sơn Ca",
        "PRESCHOOL",
        C2,
        path(P, D2, C2, S3),
        "ACTIVE",
        "2025-10-01T03:00:00Z");
    school(
        "SchoolUpdated",
        S1,
        "Trường Tiểu học Ngọc Lâm",
        "PRIMARY",
        C3,
        path(P, D2, C3, S1),
        "ACTIVE",
        "2025-09-15T03:00:00Z");
    school(
        "SchoolUpdated",
        S2,
        "Trường Mầm non Hoa Ban",
        "PRESCHOOL",
        C1,
        path(P, D1, C1, S2),
        "MERGED",
        "2025-08-15T03:00:00Z");
    for (String[] s :
        new String[][] {
          {S1, "Trường Tiểu học Ngọc Lâm", "PRIMARY", C1},
          {S2, "Trường Mầm non Hoa Ban", "PRESCHOOL", C1},
          {S3, "Trường Mầm non Sơn Ca", "PRESCHOOL", C2},
          {S4, "Trường THCS Ẳng Nưa", "LOWER_SECONDARY", C1}
        }) {
      school(
          "SchoolRegistered",
          s[0],
          s[1],
          s[2],
          s[3],
          path(P, D1, s[3], s[0]),
          "ACTIVE",
          "2020-01-01T03:00:00Z");
    }

    assess(S1, FROM, 1, 27, 20, 27, 2, 19);
    assess(S1, TO, 2, 27, 27, 27, 5, 19);
    assess(S2, FROM, 2, 25, 25, 25, 3, 15);
    assess(S3, FROM, 1, 25, 18, 25, 0, 15);
    assess(S3, TO, 2, 25, 25, 25, 6, 15);
    assess(S4, FROM, 2, 27, 27, 27, 8, 19);
    assess(S4, TO, 2, 27, 27, 27, 9, 19);
    seeded = true;
  }

  private static String path(String... ids) {
    return "/" + String.join("/", ids) + "/";
  }

  private void unit(String id, String parent, String kind, String name, String path)
      throws Exception {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", id);
    p.put("parentId", parent);
    p.put("kind", kind);
    p.put("name", name);
    p.put("path", path);
    apply(
        envelopes.envelope(EventEnvelopes.newId(), "registry", "OrgUnitRegistered", TENANT, id, p));
  }

  private void school(
      String type,
      String id,
      String name,
      String level,
      String orgUnitId,
      String path,
      String status,
      String occurredAt)
      throws Exception {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("id", id);
    p.put("code", "code-" + id.substring(id.length() - 3));
    p.put("name", name);
    p.put("level", level);
    p.put("type", "CONG_LAP");
    p.put("orgUnitId", orgUnitId);
    p.put("path", path);
    p.put("status", status);
    if (status.equals("MERGED")) {
      p.put("closedOn", "2025-08-15");
      p.put("mergedIntoId", S3);
    }
    byte[] envelope = envelopes.envelope(EventEnvelopes.newId(), "registry", type, TENANT, id, p);
    Map<String, Object> e = json.readValue(envelope, Argument.mapOf(String.class, Object.class));
    e.put("occurredAt", occurredAt);
    apply(json.writeValueAsBytes(e));
  }

  private void assess(
      String school,
      String year,
      int overall,
      int level2Total,
      int level2Met,
      int level1,
      int level3Met,
      int level3Total)
      throws Exception {
    apply(
        events.assessmentFinished(
            TENANT,
            UUID.randomUUID().toString(),
            school,
            year,
            "SELF",
            1,
            new int[][] {
              {level1, level1}, {level2Met, level2Total}, {level3Met, level3Total}, {0, 5}
            },
            overall,
            Instant.parse(year.substring(5) + "-05-01T00:00:00Z")));
  }

  private static String reviewer(String unit) {
    return TestTokens.get().token("reviewer.lichsu", TENANT, unit, "reviewer");
  }

  private Map<String, Object> yearOverYear(String unit) {
    return get(
        reviewer(P),
        "/api/reports/year-over-year?from=" + FROM + "&to=" + TO + "&orgUnitId=" + unit);
  }

  private Map<String, Object> rollupOf(String year, String unit) {
    return get(reviewer(P), "/api/reports/rollup?schoolYear=" + year + "&orgUnitId=" + unit);
  }

  private static List<Object> ids(Map<String, Object> report) {
    return list(report, "items").stream().map(i -> i.get("schoolId")).toList();
  }

  private static Map<String, Object> unitOf(Map<String, Object> report, String id) {
    return list(report, "units").stream()
        .filter(u -> id.equals(u.get("orgUnitId")))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no unit " + id + " in " + report.get("units")));
  }

  private static Map<String, Object> levels(int... countsOfLevels0To4) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int l = 0; l <= 4; l++) {
      m.put(String.valueOf(l), countsOfLevels0To4[l]);
    }
    return m;
  }

  @Test
  void the_year_over_year_of_a_district_counts_each_year_under_that_years_org_unit() {
    Map<String, Object> d1 = yearOverYear(D1);

    assertEquals(
        List.of(S1, S2, S3, S4).stream().sorted().toList(), ids(d1).stream().sorted().toList());
    Map<String, Object> summary = map(d1.get("summary"));
    assertEquals(4, num(summary.get("schoolCount")));
    assertEquals(
        Map.of("UP", 2, "DOWN", 0, "SAME", 1, "ONLY_FROM", 1, "ONLY_TO", 0, "NEITHER", 0),
        summary.get("byMovement"));
    assertEquals(levels(0, 2, 2, 0, 0), summary.get("fromByOverallLevel"));
    assertEquals(levels(0, 0, 1, 0, 0), summary.get("toByOverallLevel"), "S4 only");
    assertEquals(90, num(map(summary.get("fromCriteriaMet")).get("level2")));
    assertEquals(13, num(map(summary.get("fromCriteriaMet")).get("level3")));
    assertEquals(27, num(map(summary.get("toCriteriaMet")).get("level2")));
    assertEquals(9, num(map(summary.get("toCriteriaMet")).get("level3")));

    assertEquals(List.of(C1, C2), list(d1, "units").stream().map(u -> u.get("orgUnitId")).toList());
    Map<String, Object> c1 = map(unitOf(d1, C1).get("aggregates"));
    assertEquals(3, num(c1.get("schoolCount")));
    assertEquals(levels(0, 1, 2, 0, 0), c1.get("fromByOverallLevel"), "S1, S2, S4");
    assertEquals(levels(0, 0, 1, 0, 0), c1.get("toByOverallLevel"), "S4");
    Map<String, Object> c2 = map(unitOf(d1, C2).get("aggregates"));
    assertEquals(1, num(c2.get("schoolCount")));
    assertEquals(1, num(map(c2.get("byMovement")).get("UP")));
    assertEquals(levels(0, 1, 0, 0, 0), c2.get("fromByOverallLevel"), "S3");
    assertEquals(levels(0, 0, 0, 0, 0), c2.get("toByOverallLevel"), "C2 is under D2 now");

    Map<String, Object> s1 = item(d1, S1);
    assertEquals(C1, s1.get("fromOrgUnitId"));
    assertEquals(C3, s1.get("orgUnitId"));
    assertEquals("UP", s1.get("movement"));
    Map<String, Object> s2 = item(d1, S2);
    assertEquals("ONLY_FROM", s2.get("movement"));
    assertEquals(C1, s2.get("fromOrgUnitId"));
    assertNull(s2.get("orgUnitId"), "merged before 2025-2026: no school that year");
    assertNull(s2.get("to"));
  }

  @Test
  void the_year_over_year_of_the_district_they_moved_to_counts_only_the_later_year() {
    Map<String, Object> d2 = yearOverYear(D2);

    assertEquals(List.of(S3, S1).stream().sorted().toList(), ids(d2).stream().sorted().toList());
    Map<String, Object> summary = map(d2.get("summary"));
    assertEquals(2, num(summary.get("schoolCount")));
    assertEquals(2, num(map(summary.get("byMovement")).get("UP")));
    assertEquals(levels(0, 0, 0, 0, 0), summary.get("fromByOverallLevel"));
    assertEquals(levels(0, 0, 2, 0, 0), summary.get("toByOverallLevel"));
    assertEquals(List.of(C2, C3), list(d2, "units").stream().map(u -> u.get("orgUnitId")).toList());
    assertEquals(1, num(map(unitOf(d2, C2).get("aggregates")).get("schoolCount")));
    assertEquals(
        levels(0, 0, 1, 0, 0), map(unitOf(d2, C3).get("aggregates")).get("toByOverallLevel"));

    // the commune that moved: its own school both years, wherever the commune stood
    assertEquals(List.of(S3), ids(yearOverYear(C2)));
  }

  @Test
  void a_past_years_rollup_lists_the_schools_under_that_years_org_units() {
    Map<String, Object> d1 = rollupOf(FROM, D1);
    assertEquals(4, num(d1.get("schoolCount")));
    assertEquals(C1, item(d1, S1).get("orgUnitId"));
    assertEquals(C2, item(d1, S3).get("orgUnitId"));
    assertEquals(0, num(rollupOf(FROM, D2).get("schoolCount")));
    assertEquals(
        List.of(S1, S2, S4).stream().sorted().toList(),
        ids(rollupOf(FROM, C1)).stream().sorted().toList());

    Map<String, Object> d2 = rollupOf(TO, D2);
    assertEquals(List.of(S3, S1).stream().sorted().toList(), ids(d2).stream().sorted().toList());
    assertEquals(C3, item(d2, S1).get("orgUnitId"));
    assertEquals(List.of(S4), ids(rollupOf(TO, D1)), "S2 was merged before 2025-2026 started");
    // so it is not late for the year's plans either
    assertEquals(
        List.of(S4),
        ids(get(reviewer(P), "/api/reports/submissions?schoolYear=" + TO + "&orgUnitId=" + D1)));

    // the current year reads today's tree: the same schools as 2025-2026 here
    assertEquals(
        ids(d2).stream().sorted().toList(),
        ids(rollupOf("2026-2027", D2)).stream().sorted().toList());
    // and the attainment of a past year puts S3 under C2 inside D1
    Map<String, Object> attainment =
        get(reviewer(P), "/api/reports/attainment?schoolYear=" + FROM + "&orgUnitId=" + D1);
    assertEquals(4, num(map(attainment.get("summary")).get("schoolCount")));
    assertEquals(1, num(map(unitOf(attainment, C2).get("aggregates")).get("schoolCount")), "S3");
  }

  @Test
  void a_reviewer_of_the_old_district_sees_its_former_schools_for_the_past_year_only() {
    // 2024-2025: S1, S2 (not merged yet), S3 (its commune still in D1), S4
    Map<String, Object> own = get(reviewer(D1), "/api/reports/rollup?schoolYear=" + FROM);
    assertEquals(4, num(own.get("schoolCount")));
    Map<String, Object> now = get(reviewer(D1), "/api/reports/rollup?schoolYear=2026-2027");
    assertEquals(List.of(S4), ids(now), "S1 and S3 are under D2 now, S2 merged into S3");
  }
}
