package vn.eqip.plans.plan.domain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A reviewer's review of a submitted plan as they work: a general comment, each section of the
 * document marked "đạt" or "cần chỉnh sửa", and rows marked and commented. Saved as a draft before
 * deciding; returning from it returns the rows marked "cần chỉnh sửa" (the others stay accepted),
 * with a reason made of the general comment and the sections that need changes.
 */
public record Review(String comment, List<SectionVerdict> sections, List<RowVerdict> rows) {

  public Review {
    sections = sections == null ? List.of() : List.copyOf(sections);
    rows = rows == null ? List.of() : List.copyOf(rows);
  }

  public enum Verdict {
    /** đạt */
    DAT("đạt"),
    /** cần chỉnh sửa */
    CAN_CHINH_SUA("cần chỉnh sửa");

    private final String label;

    Verdict(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** The sections of the document a reviewer judges, by the names users know them by. */
  public enum Section {
    HEADER("Thể thức, số và ký hiệu"),
    PURPOSES("I. Mục đích, yêu cầu"),
    LEGAL_BASES("II. Căn cứ xây dựng kế hoạch"),
    CONTENT("III. Nội dung kế hoạch (bảng)"),
    IMPLEMENTATION("IV. Tổ chức thực hiện"),
    SIGNATURE("Nơi nhận, người ký");

    private final String label;

    Section(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  public record SectionVerdict(Section section, Verdict verdict, String comment) {}

  public record RowVerdict(String rowId, Verdict verdict, String comment) {}

  /** The rows to return: those marked "cần chỉnh sửa" (empty: the plan is returned as a whole). */
  public Set<String> returnedRows() {
    Set<String> ids = new LinkedHashSet<>();
    rows.stream()
        .filter(r -> r.verdict() == Verdict.CAN_CHINH_SUA)
        .forEach(r -> ids.add(r.rowId()));
    return ids;
  }

  /** The comments on rows, to send to the school when returning. */
  public Map<String, String> rowComments() {
    Map<String, String> comments = new LinkedHashMap<>();
    rows.stream()
        .filter(r -> r.comment() != null && !r.comment().isBlank())
        .forEach(r -> comments.put(r.rowId(), r.comment().trim()));
    return comments;
  }

  /**
   * The reason sent with a return: the general comment, then each section needing changes ("I. Mục
   * đích, yêu cầu: cần chỉnh sửa – …"). Blank when the review gives no reason.
   */
  public String returnReason() {
    List<String> parts = new ArrayList<>();
    if (comment != null && !comment.isBlank()) {
      parts.add(comment.trim());
    }
    for (SectionVerdict s : sections) {
      if (s.verdict() == Verdict.CAN_CHINH_SUA) {
        parts.add(
            s.section().label()
                + ": cần chỉnh sửa"
                + (s.comment() == null || s.comment().isBlank() ? "" : " – " + s.comment().trim()));
      }
    }
    if (parts.isEmpty() && !returnedRows().isEmpty()) {
      parts.add("Cần chỉnh sửa " + returnedRows().size() + " dòng theo nhận xét.");
    }
    return String.join("\n", parts);
  }
}
