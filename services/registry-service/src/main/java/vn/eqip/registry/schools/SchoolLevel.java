package vn.eqip.registry.schools;

/** School levels (cấp học) and the circular whose criteria apply to each. */
public enum SchoolLevel {
  PRESCHOOL("Mầm non", "PRESCHOOL"),
  PRIMARY("Tiểu học", "PRIMARY"),
  LOWER_SECONDARY("Trung học cơ sở", "SECONDARY"),
  UPPER_SECONDARY("Trung học phổ thông", "SECONDARY"),
  MULTI_LEVEL("Phổ thông nhiều cấp học", "SECONDARY");

  private final String label;
  private final String catalogLevel;

  SchoolLevel(String label, String catalogLevel) {
    this.label = label;
    this.catalogLevel = catalogLevel;
  }

  public String label() {
    return label;
  }

  /** The catalog's school level: 19/2018 preschool, 17/2018 primary, 18/2018 secondary. */
  public String catalogLevel() {
    return catalogLevel;
  }
}
