package vn.eqip.plans.assessment.domain;

/** "met of total" for one level, e.g. 4/19 criteria at level 3. */
public record LevelCount(int met, int total) {

  public boolean all() {
    return met == total;
  }
}
