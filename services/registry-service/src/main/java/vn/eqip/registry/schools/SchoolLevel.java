package vn.eqip.registry.schools;

import java.util.Optional;

/** School levels (cấp học) and the circular whose criteria apply to each. */
public enum SchoolLevel {
  PRESCHOOL("Mầm non", "PRESCHOOL", "MN"),
  PRIMARY("Tiểu học", "PRIMARY", "TH"),
  LOWER_SECONDARY("Trung học cơ sở", "SECONDARY", "THCS"),
  UPPER_SECONDARY("Trung học phổ thông", "SECONDARY", "THPT"),
  MULTI_LEVEL("Phổ thông nhiều cấp học", "SECONDARY", "PTNCH");

  private final String label;
  private final String catalogLevel;
  private final String abbreviation;

  SchoolLevel(String label, String catalogLevel, String abbreviation) {
    this.label = label;
    this.catalogLevel = catalogLevel;
    this.abbreviation = abbreviation;
  }

  public String label() {
    return label;
  }

  /** The catalog's school level: 19/2018 preschool, 17/2018 primary, 18/2018 secondary. */
  public String catalogLevel() {
    return catalogLevel;
  }

  /**
   * The level named by its code, its Vietnamese label or its usual abbreviation (MN, TH, THCS,
   * THPT), case and diacritics ignored.
   */
  public static Optional<SchoolLevel> find(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String folded = SchoolNames.fold(text);
    for (SchoolLevel level : values()) {
      if (level.name().equalsIgnoreCase(text.trim())
          || level.abbreviation.equalsIgnoreCase(text.trim())
          || SchoolNames.fold(level.label).equals(folded)) {
        return Optional.of(level);
      }
    }
    return Optional.empty();
  }
}
