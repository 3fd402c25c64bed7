package vn.eqip.registry.schools;

import java.util.Optional;

/** Loại hình trường. */
public enum SchoolType {
  CONG_LAP("Công lập"),
  TU_THUC("Tư thục"),
  DAN_LAP("Dân lập"),
  /** Phổ thông dân tộc bán trú. */
  PTDTBT("Phổ thông dân tộc bán trú"),
  /** Phổ thông dân tộc nội trú. */
  PTDTNT("Phổ thông dân tộc nội trú"),
  CHUYEN("Trường chuyên"),
  KHAC("Khác");

  private final String label;

  SchoolType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** The type named by its code or its Vietnamese label (case and diacritics ignored). */
  public static Optional<SchoolType> find(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String folded = SchoolNames.fold(text);
    for (SchoolType t : values()) {
      if (t.name().equalsIgnoreCase(text.trim()) || SchoolNames.fold(t.label).equals(folded)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Stored values are always codes; an unknown legacy value reads as KHAC. */
  static SchoolType parse(String code) {
    return find(code).orElse(KHAC);
  }
}
