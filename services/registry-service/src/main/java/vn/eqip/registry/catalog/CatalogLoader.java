package vn.eqip.registry.catalog;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.tree.JsonNode;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.eqip.platform.web.Problem.FieldError;
import vn.eqip.platform.web.ProblemException;

/**
 * Loads the bundled 2018 catalogs (catalog/criteria-2018.json, the three circulars as published in
 * ../shared/reference) on start-up when they are not in the database yet. Versions already loaded
 * are never rewritten: a past school year keeps the catalog it was assessed under. The one
 * exception fills what V3 added to a version loaded before it (indicator counts, accreditation
 * precondition), once: a bundled version whose criteria all have 0 level-1 indicators.
 */
@Singleton
public class CatalogLoader {

  private static final Logger LOG = LoggerFactory.getLogger(CatalogLoader.class);
  static final String BUNDLED = "catalog/criteria-2018.json";

  private final CatalogRepositories.FrameworkRepository frameworks;
  private final CatalogRepositories.CriterionRepository criteria;
  private final CatalogRepositories.Level4Repository level4;
  private final JsonMapper json;
  private final Catalogs catalogs;

  CatalogLoader(
      CatalogRepositories.FrameworkRepository frameworks,
      CatalogRepositories.CriterionRepository criteria,
      CatalogRepositories.Level4Repository level4,
      JsonMapper json,
      Catalogs catalogs) {
    this.frameworks = frameworks;
    this.criteria = criteria;
    this.level4 = level4;
    this.json = json;
    this.catalogs = catalogs;
  }

  /**
   * What one run did.
   *
   * @param loaded versions inserted
   * @param backfilled versions loaded before V3 whose indicator counts and precondition were filled
   */
  public record Result(int loaded, int backfilled) {}

  @EventListener
  void onStartup(StartupEvent event) {
    loadBundled();
  }

  @Transactional
  public Result loadBundled() {
    int loaded = 0;
    int backfilled = 0;
    for (JsonNode f : readBundled().get("frameworks").values()) {
      String id = f.get("id").getStringValue();
      if (!frameworks.existsById(id)) {
        load(id, f);
        loaded++;
      } else if (criteria.countWithIndicators(id) == 0) {
        backfill(id, f);
        backfilled++;
      }
    }
    catalogs.forget();
    return new Result(loaded, backfilled);
  }

  /**
   * Loads the versions of an uploaded catalog file (a platform-admin's, without a release): every
   * rule of {@link CatalogFileRules} is checked first, and a broken one loads nothing (422 listing
   * them all). The versions take effect from their effective date; earlier school years keep
   * theirs.
   */
  @Transactional
  public List<String> loadUploaded(JsonNode file) {
    Set<String> existing = new HashSet<>();
    Map<String, LocalDate> latest = new HashMap<>();
    for (Framework f : frameworks.findAll()) {
      existing.add(f.id());
      latest.merge(f.schoolLevel(), f.effectiveFrom(), (a, b) -> a.isAfter(b) ? a : b);
    }
    List<FieldError> errors = CatalogFileRules.check(file, existing, latest);
    if (!errors.isEmpty()) {
      throw ProblemException.invalid(
          "Tệp danh mục có " + errors.size() + " lỗi; không có gì được nạp.", errors);
    }
    List<String> loaded = new ArrayList<>();
    for (JsonNode f : file.get("frameworks").values()) {
      String id = f.get("id").getStringValue().trim();
      load(id, f);
      loaded.add(id);
    }
    catalogs.forget();
    return loaded;
  }

  private JsonNode readBundled() {
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + BUNDLED);
      }
      return json.readValue(in.readAllBytes(), JsonNode.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void load(String id, JsonNode f) {
    String schoolLevel = f.get("schoolLevel").getStringValue();
    frameworks.save(
        new Framework(
            id,
            schoolLevel,
            f.get("circular").getStringValue(),
            LocalDate.parse(f.get("effective").getStringValue()),
            AccreditationPrecondition.forSchoolLevel(schoolLevel),
            preconditionText(f)));
    int order = 0;
    for (JsonNode standard : f.get("standards").values()) {
      int no = standard.get("no").getIntValue();
      String standardTitle = standard.get("title").getStringValue();
      for (JsonNode c : standard.get("criteria").values()) {
        criteria.save(
            new Criterion(
                new Criterion.Key(id, c.get("code").getStringValue()),
                no,
                standardTitle,
                c.get("title").getStringValue(),
                c.get("hasLevel3").getBooleanValue(),
                order++,
                indicators(c, "level1"),
                indicators(c, "level2"),
                indicators(c, "level3")));
      }
    }
    for (JsonNode r : f.get("level4").values()) {
      JsonNode verified = r.get("verified");
      level4.save(
          new Level4Requirement(
              new Level4Requirement.Key(id, r.get("no").getIntValue()),
              r.get("summary").getStringValue(),
              verified != null && verified.isBoolean() && verified.getBooleanValue()));
    }
    LOG.info("Loaded criteria catalog {}", id);
  }

  /** Fills only the columns V3 added; titles, levels and requirements stay as first loaded. */
  private void backfill(String id, JsonNode f) {
    int filled = 0;
    for (JsonNode standard : f.get("standards").values()) {
      for (JsonNode c : standard.get("criteria").values()) {
        filled +=
            criteria.fillIndicators(
                id,
                c.get("code").getStringValue(),
                indicators(c, "level1"),
                indicators(c, "level2"),
                indicators(c, "level3"));
      }
    }
    String text = preconditionText(f);
    if (text != null) {
      frameworks.fillPrecondition(
          id,
          AccreditationPrecondition.forSchoolLevel(f.get("schoolLevel").getStringValue()).name(),
          text);
    }
    LOG.info("Filled indicator counts of {} criteria of catalog {}", filled, id);
  }

  private static int indicators(JsonNode criterion, String level) {
    JsonNode counts = criterion.get("indicatorCounts");
    JsonNode count = counts == null ? null : counts.get(level);
    return count != null && count.isNumber() ? count.getIntValue() : 0;
  }

  private static String preconditionText(JsonNode framework) {
    JsonNode rules = framework.get("rules");
    JsonNode text = rules == null ? null : rules.get("accreditationPrecondition");
    return text != null && text.isString() ? text.getStringValue() : null;
  }
}
