package vn.eqip.plans.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.eqip.plans.shared.SchoolYear;

class PlanDocumentTest {

  static final Actor PRINCIPAL = new Actor("u-principal", "principal.hemuong");
  static final Instant NOW = Instant.parse("2026-09-15T03:00:00Z");

  static Plan aDraftWithRows(String... criteria) {
    Plan plan =
        Plan.draft(
            "p1", "dienbien", "school-1", SchoolYear.parse("2026-2027"), PRINCIPAL, null, NOW);
    for (String criterion : criteria) {
      plan.addRow(
          new PlanRow(
              "r" + criterion,
              PlanRow.Tier.LEVELS_1_TO_3,
              criterion,
              null,
              "Đạt mức 2",
              List.of(new PlanAction("a", "Làm", "Hiệu trưởng", null, "Quý 1/2027", "Không"))));
    }
    return plan;
  }

  static PlanDocument titled(String title) {
    return new PlanDocument(
        "UBND HUYỆN DẦU TIẾNG",
        "TRƯỜNG TIỂU HỌC ĐỊNH PHƯỚC",
        "THĐP",
        "Định Hiệp",
        null,
        title,
        List.of("Nâng cao chất lượng giáo dục"),
        List.of(),
        null,
        List.of(new PlanDocument.Responsibility("Hiệu trưởng", "Chủ tịch Hội đồng TĐG")),
        List.of("Phòng GD&ĐT huyện Dầu Tiếng", "Lưu: VT"),
        "HIỆU TRƯỞNG",
        "Đỗ Văn Hênh");
  }

  @Test
  void a_draft_edits_its_document_and_the_revision_grows() {
    Plan plan = aDraftWithRows("1.1");
    int before = plan.revision();

    plan.editDocument(titled("Kế hoạch cải tiến chất lượng giáo dục năm học 2026 - 2027"));

    assertEquals("Định Hiệp", plan.document().place());
    assertEquals(before + 1, plan.revision());
  }

  @Test
  void a_submitted_plan_cannot_edit_its_document_nor_move_rows() {
    Plan plan = aDraftWithRows("1.1", "1.2");
    plan.submit(PRINCIPAL, NOW);

    assertThrows(BusinessRuleViolation.class, () -> plan.editDocument(titled("x")));
    assertThrows(BusinessRuleViolation.class, () -> plan.moveRow("r1.2", 1));
  }

  @Test
  void the_document_number_is_given_once_and_kept_on_resubmission() {
    Plan plan = aDraftWithRows("1.1");
    assertTrue(plan.needsDocumentNumber());

    plan.assignDocumentNumber(new DocumentNumber(56, 2026, "THĐP"));
    plan.assignDocumentNumber(new DocumentNumber(57, 2026, "THĐP"));

    assertFalse(plan.needsDocumentNumber());
    assertEquals("56/KH-THĐP", plan.documentNumber().symbol());
    assertEquals("Số: 56/KH-THĐP", plan.documentNumber().line());
  }

  @Test
  void a_moved_row_takes_its_position_and_the_others_follow() {
    Plan plan = aDraftWithRows("1.1", "1.2", "1.3", "1.4");

    assertTrue(plan.moveRow("r1.4", 2));
    assertEquals(
        List.of("1.1", "1.4", "1.2", "1.3"),
        plan.rows().stream().map(PlanRow::criterionCode).toList());

    assertTrue(plan.moveRow("r1.1", 99));
    assertEquals(
        List.of("1.4", "1.2", "1.3", "1.1"),
        plan.rows().stream().map(PlanRow::criterionCode).toList());
    assertFalse(plan.moveRow("no-such-row", 1));
  }

  @Test
  void a_removed_row_is_gone_and_an_unknown_one_is_reported() {
    Plan plan = aDraftWithRows("1.1", "1.2");

    assertTrue(plan.removeRow("r1.1"));
    assertFalse(plan.removeRow("r1.1"));
    assertEquals(List.of("1.2"), plan.rows().stream().map(PlanRow::criterionCode).toList());
  }

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "Trường Tiểu học Định Phước, THĐP",
    "Trường THCS xã Thanh Xương, THCSXTX",
    "THCS Thanh Xương, THCSTX",
    "Mầm non số 1 Mường Mươn, MNS1MM",
    "Trường PTDTBT Tiểu học xã Hẹ Muông, PTDTBTTHXHM"
  })
  void a_school_abbreviation_is_formed_from_its_name(String name, String abbreviation) {
    assertEquals(abbreviation, Abbreviations.of(name));
  }
}
