package vn.eqip.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micronaut.core.type.Argument;
import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.eqip.platform.testing.Db;
import vn.eqip.platform.testing.IntegrationTestSupport;
import vn.eqip.registry.catalog.CatalogLoader;

/**
 * The catalogs as plans-service reads them: indicator counts per level, denominators, the
 * accreditation precondition of each circular, and the one-time fill of versions loaded before
 * those were recorded.
 */
@MicronautTest(transactional = false)
class CatalogIT extends IntegrationTestSupport {

  static final String DIENBIEN_ROOT = "d1000000-0000-4000-8000-000000000001";
  static final String PRIMARY = "TT17-2018-TH";
  static final String PRESCHOOL = "TT19-2018-MN";
  static final String SECONDARY = "TT18-2018-THCS-THPT";

  @Inject
  @Client("/")
  HttpClient http;

  @Inject CatalogLoader loader;
  @Inject JdbcOperations jdbc;
  @Inject TransactionOperations<Connection> tx;

  Db db() {
    return new Db(jdbc, tx);
  }

  @Override
  protected String serviceName() {
    return "registry_catalog";
  }

  String token() {
    return tokens.token("reviewer.dienbien", "dienbien", DIENBIEN_ROOT, "reviewer");
  }

  Map<?, ?> catalog(String id) {
    return http.toBlocking()
        .retrieve(HttpRequest.GET("/api/registry/frameworks/" + id).bearerAuth(token()), Map.class);
  }

  static Map<?, ?> criterion(Map<?, ?> catalog, String code) {
    return ((List<?>) catalog.get("criteria"))
        .stream()
            .map(c -> (Map<?, ?>) c)
            .filter(c -> code.equals(c.get("code")))
            .findFirst()
            .orElseThrow();
  }

  static Map<?, ?> indicators(Map<?, ?> catalog, String code) {
    return (Map<?, ?>) criterion(catalog, code).get("indicatorCounts");
  }

  static int total(Map<?, ?> catalog, String level) {
    return ((List<?>) catalog.get("criteria"))
        .stream()
            .mapToInt(
                c ->
                    ((Number) ((Map<?, ?>) ((Map<?, ?>) c).get("indicatorCounts")).get(level))
                        .intValue())
            .sum();
  }

  @Test
  void each_criterion_of_the_primary_catalog_carries_its_indicator_counts_per_level() {
    Map<?, ?> primary = catalog(PRIMARY);

    assertEquals(Map.of("level1", 3, "level2", 1, "level3", 1), indicators(primary, "1.1"));
    // 1.5 has no level-3 requirements: no level-3 indicators
    assertEquals(Map.of("level1", 3, "level2", 3, "level3", 0), indicators(primary, "1.5"));
    // TT17/2018 in all: 81 indicators at level 1, 48 at level 2, 24 at level 3
    assertEquals(81, total(primary, "level1"));
    assertEquals(48, total(primary, "level2"));
    assertEquals(24, total(primary, "level3"));
  }

  @Test
  void the_primary_and_preschool_catalogs_state_their_accreditation_preconditions() {
    Map<?, ?> primary = catalog(PRIMARY);
    Map<?, ?> preschool = catalog(PRESCHOOL);

    assertEquals("COHORT_COMPLETED", primary.get("accreditationPrecondition"));
    assertTrue(
        primary
            .get("accreditationPreconditionText")
            .toString()
            .contains("có ít nhất một khóa học sinh đã hoàn thành Chương trình tiểu học"));
    assertEquals("OPERATING_FIVE_YEARS", preschool.get("accreditationPrecondition"));
    assertTrue(
        preschool
            .get("accreditationPreconditionText")
            .toString()
            .contains("đã có hoạt động giáo dục ít nhất 05 năm"));
  }

  @Test
  void the_frameworks_list_shows_the_denominators_and_precondition_of_each_circular() {
    List<Map<String, Object>> items =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/registry/frameworks").bearerAuth(token()),
                Argument.listOf(Argument.mapOf(String.class, Object.class)));

    Map<?, ?> primary = item(items, PRIMARY);
    assertEquals(List.of(27, 19, 5), counts(primary));
    assertEquals("PRIMARY", primary.get("schoolLevel"));
    assertEquals("17/2018/TT-BGDĐT", primary.get("circular"));
    assertEquals("2018-10-10", primary.get("effectiveFrom"));
    assertEquals("COHORT_COMPLETED", primary.get("accreditationPrecondition"));

    Map<?, ?> preschool = item(items, PRESCHOOL);
    assertEquals(List.of(25, 19, 6), counts(preschool));
    assertEquals("OPERATING_FIVE_YEARS", preschool.get("accreditationPrecondition"));

    Map<?, ?> secondary = item(items, SECONDARY);
    assertEquals(List.of(28, 20, 6), counts(secondary));
    assertEquals("COHORT_COMPLETED", secondary.get("accreditationPrecondition"));
  }

  static Map<?, ?> item(List<?> items, String id) {
    return items.stream()
        .map(i -> (Map<?, ?>) i)
        .filter(i -> id.equals(i.get("id")))
        .findFirst()
        .orElseThrow();
  }

  static List<Object> counts(Map<?, ?> item) {
    return List.of(
        item.get("criteriaCount"), item.get("level3CriteriaCount"), item.get("level4Count"));
  }

  @Test
  void a_bundled_catalog_loaded_before_indicator_counts_is_filled_once_and_nothing_else_changes() {
    List<String> before = catalogRows();
    db().update(
            "UPDATE criterion SET indicators_level1 = 0, indicators_level2 = 0, indicators_level3 = 0"
                + " WHERE framework_id = ?",
            PRESCHOOL);
    db().update(
            "UPDATE framework SET accreditation_precondition_text = NULL WHERE id = ?", PRESCHOOL);
    assertEquals(
        0,
        db().count(
                "SELECT COUNT(*) FROM criterion WHERE framework_id = ? AND indicators_level1 <> 0",
                PRESCHOOL));

    assertEquals(new CatalogLoader.Result(0, 1), loader.loadBundled());

    assertEquals(before, catalogRows());
    assertEquals(
        Map.of("level1", 3, "level2", 1, "level3", 1), indicators(catalog(PRESCHOOL), "1.1"));
    assertEquals(new CatalogLoader.Result(0, 0), loader.loadBundled());
    assertEquals(before, catalogRows());
  }

  @Test
  void a_catalog_version_that_is_not_in_the_bundled_file_is_never_touched() {
    db().update(
            "INSERT INTO framework (id, school_level, circular, effective_from) VALUES"
                + " (?, 'PRIMARY', '99/2099/TT-BGDĐT', '2099-09-01')",
            "TEST-2099-TH");
    db().update(
            "INSERT INTO criterion (framework_id, code, standard_no, standard_title, title, has_level3,"
                + " sort_order) VALUES (?, '1.1', 1, 'Tiêu chuẩn 1', 'Tiêu chí 1.1', TRUE, 0)",
            "TEST-2099-TH");
    try {
      List<String> before = catalogRows();

      assertEquals(new CatalogLoader.Result(0, 0), loader.loadBundled());

      assertEquals(before, catalogRows());
      assertEquals(
          0,
          db().count(
                  "SELECT COUNT(*) FROM criterion WHERE framework_id = ? AND indicators_level1 <> 0",
                  "TEST-2099-TH"));
      assertNull(
          db().string(
                  "SELECT accreditation_precondition_text FROM framework WHERE id = ?",
                  "TEST-2099-TH"));
    } finally {
      db().update("DELETE FROM criterion WHERE framework_id = ?", "TEST-2099-TH");
      db().update("DELETE FROM framework WHERE id = ?", "TEST-2099-TH");
      loader.loadBundled(); // forgets the cached catalogs
    }
  }

  /** Every row of the catalog tables, every column, in key order. */
  List<String> catalogRows() {
    List<String> rows = new ArrayList<>();
    rows.addAll(rows("SELECT * FROM framework ORDER BY id"));
    rows.addAll(rows("SELECT * FROM criterion ORDER BY framework_id, code"));
    rows.addAll(rows("SELECT * FROM level4_requirement ORDER BY framework_id, no"));
    return rows;
  }

  List<String> rows(String sql) {
    return db().query(
            sql,
            rs -> {
              List<String> rows = new ArrayList<>();
              ResultSetMetaData meta = rs.getMetaData();
              while (rs.next()) {
                StringBuilder row = new StringBuilder(meta.getTableName(1));
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                  row.append('|').append(meta.getColumnName(i)).append('=').append(rs.getString(i));
                }
                rows.add(row.toString());
              }
              return rows;
            });
  }
}
