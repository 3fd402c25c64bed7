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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the bundled 2018 catalogs (catalog/criteria-2018.json, the three circulars as published in
 * ../shared/reference) on start-up when they are not in the database yet. Versions already loaded
 * are never rewritten: a past school year keeps the catalog it was assessed under.
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

  @EventListener
  void onStartup(StartupEvent event) {
    loadBundled();
  }

  @Transactional
  public int loadBundled() {
    JsonNode root;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new IllegalStateException("Missing " + BUNDLED);
      }
      root = json.readValue(in.readAllBytes(), JsonNode.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    int loaded = 0;
    for (JsonNode f : root.get("frameworks").values()) {
      String id = f.get("id").getStringValue();
      if (frameworks.existsById(id)) {
        continue;
      }
      frameworks.save(
          new Framework(
              id,
              f.get("schoolLevel").getStringValue(),
              f.get("circular").getStringValue(),
              LocalDate.parse(f.get("effective").getStringValue())));
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
                  order++));
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
      loaded++;
      LOG.info("Loaded criteria catalog {}", id);
    }
    catalogs.forget();
    return loaded;
  }
}
