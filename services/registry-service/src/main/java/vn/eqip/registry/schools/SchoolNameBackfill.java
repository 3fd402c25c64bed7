package vn.eqip.registry.schools;

import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/** Folds, once, the names of schools written before V4 (their name_folded is NULL). */
@Singleton
public class SchoolNameBackfill {

  private final SchoolRepository schools;

  public SchoolNameBackfill(SchoolRepository schools) {
    this.schools = schools;
  }

  @EventListener
  void onStartup(StartupEvent event) {
    fill();
  }

  public int fill() {
    var stale = schools.findByNameFoldedIsNull();
    for (School s : stale) {
      schools.update(s.withName(s.name()));
    }
    return stale.size();
  }
}
