package vn.eqip.plans.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PlanDiffTest {

  static PlanAction action(String id, String description, String timeline, String budget) {
    return new PlanAction(id, description, "Hiệu trưởng", "Tổ chuyên môn", timeline, budget);
  }

  static PlanRow row(String id, String code, String target, PlanAction... actions) {
    return new PlanRow(id, PlanRow.Tier.LEVELS_1_TO_3, code, null, target, List.of(actions));
  }

  static PlanVersion version(int n, PlanDocument document, PlanRow... rows) {
    return new PlanVersion(n, n, "principal", Instant.EPOCH, "1/KH-THHM", document, List.of(rows));
  }

  static final PlanRow A =
      row("a", "1.1", "Đạt mức 3", action("a1", "Rà soát", "Quý 1/2027", "Không"));
  static final PlanRow B =
      row("b", "1.2", "Đạt mức 2", action("b1", "Tập huấn", "Tháng 10/2026", "5 triệu đồng"));
  static final PlanRow C = row("c", "2.1", "Đạt mức 2");
  static final PlanRow D = row("d", "2.2", "Đạt mức 2");

  static Map<String, PlanDiff.RowChange> byRow(PlanDiff diff) {
    return diff.rows().stream()
        .collect(Collectors.toMap(PlanDiff.RowChange::rowId, Function.identity()));
  }

  @Test
  void identical_versions_have_no_differences() {
    PlanDiff diff =
        PlanDiff.between(
            version(1, PlanDocument.EMPTY, A, B), version(2, PlanDocument.EMPTY, A, B));
    assertTrue(diff.rows().isEmpty());
    assertTrue(diff.document().isEmpty());
    assertEquals(2, diff.version());
    assertEquals(1, diff.against());
  }

  @Test
  void added_removed_and_changed_rows_name_the_fields_before_and_after() {
    PlanRow bChanged =
        row(
            "b",
            "1.2",
            "Đạt mức 3",
            action("b1", "Tập huấn", "Tháng 11/2026", "5 triệu đồng"),
            action("b2", "Dự giờ", "Quý 2/2027", null));
    PlanDiff diff =
        PlanDiff.between(
            version(1, PlanDocument.EMPTY, A, B, C),
            version(2, PlanDocument.EMPTY, bChanged, C, D));
    Map<String, PlanDiff.RowChange> rows = byRow(diff);

    assertEquals(PlanDiff.Change.REMOVED, rows.get("a").change());
    assertEquals(1, rows.get("a").fromNo());
    assertEquals(PlanDiff.Change.ADDED, rows.get("d").change());
    assertEquals(3, rows.get("d").toNo());
    PlanDiff.RowChange b = rows.get("b");
    assertEquals(PlanDiff.Change.CHANGED, b.change());
    assertEquals(false, b.moved());
    assertEquals(
        List.of(new PlanDiff.FieldChange("target", "Kết quả cần đạt", "Đạt mức 2", "Đạt mức 3")),
        b.fields());
    assertEquals(2, b.actions().size());
    assertEquals(
        new PlanDiff.ActionChange(
            "b1",
            PlanDiff.Change.CHANGED,
            List.of(
                new PlanDiff.FieldChange(
                    "timeline", "Thời gian thực hiện", "Tháng 10/2026", "Tháng 11/2026"))),
        b.actions().get(0));
    assertEquals(PlanDiff.Change.ADDED, b.actions().get(1).change());
    // C only shifted up because A was removed: not a move
    assertTrue(!rows.containsKey("c"));
    assertEquals(1, diff.count(PlanDiff.Change.ADDED));
    assertEquals(1, diff.count(PlanDiff.Change.REMOVED));
  }

  @Test
  void moving_one_row_to_the_top_marks_only_that_row_as_moved() {
    PlanDiff diff =
        PlanDiff.between(
            version(1, PlanDocument.EMPTY, A, B, C, D), version(2, PlanDocument.EMPTY, D, A, B, C));
    assertEquals(1, diff.rows().size());
    PlanDiff.RowChange d = diff.rows().get(0);
    assertEquals("d", d.rowId());
    assertEquals(PlanDiff.Change.MOVED, d.change());
    assertEquals(4, d.fromNo());
    assertEquals(1, d.toNo());
  }

  @Test
  void of_two_rows_swapped_the_one_that_travelled_further_is_the_moved_one() {
    PlanDiff diff =
        PlanDiff.between(
            version(1, PlanDocument.EMPTY, A, B, C), version(2, PlanDocument.EMPTY, C, B));
    Map<String, PlanDiff.RowChange> rows = byRow(diff);
    assertEquals(true, rows.get("c").moved());
    assertTrue(!rows.containsKey("b"));
  }

  @Test
  void header_and_section_changes_are_listed_with_their_labels() {
    PlanDocument before = PlanDocument.EMPTY;
    PlanDocument after =
        new PlanDocument(
            null,
            null,
            null,
            "Mường Chà",
            null,
            PlanDocument.DEFAULT_TITLE,
            List.of("Nâng cao chất lượng", "Đạt chuẩn"),
            List.of(),
            null,
            List.of(),
            List.of(),
            null,
            null);
    PlanDiff diff = PlanDiff.between(version(1, before, A), version(2, after, A));
    assertEquals(
        List.of(
            new PlanDiff.FieldChange("place", "Địa danh", null, "Mường Chà"),
            new PlanDiff.FieldChange(
                "purposes", "I. Mục đích, yêu cầu", null, "Nâng cao chất lượng\nĐạt chuẩn")),
        diff.document());
  }

  @Test
  void the_first_version_against_nothing_shows_every_row_added() {
    PlanDiff diff = PlanDiff.between(null, version(1, PlanDocument.EMPTY, A, B));
    assertEquals(0, diff.against());
    assertEquals(2, diff.count(PlanDiff.Change.ADDED));
  }
}
