package vn.eqip.plans.plan.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.eqip.plans.assessment.domain.Catalog;

class PlanStartTest {

  static Supplier<String> ids() {
    AtomicInteger n = new AtomicInteger();
    return () -> "new-" + n.incrementAndGet();
  }

  static final Catalog CATALOG =
      Catalog.of(
          "TT17-2018-TH",
          List.of(
              new Catalog.CatalogCriterion("1.1", "Phương hướng, chiến lược", true),
              new Catalog.CatalogCriterion("1.2", "Hội đồng trường", false),
              new Catalog.CatalogCriterion("1.3", "Tổ chức Đảng", true),
              new Catalog.CatalogCriterion("2.1", "Hiệu trưởng", true)),
          Set.of(1, 2),
          null);

  @Test
  void last_years_document_moves_its_school_years_and_keeps_the_legal_bases() {
    PlanDocument last =
        new PlanDocument(
            "UBND XÃ HẸ MUÔNG",
            "Trường PTDTBT Tiểu học xã Hẹ Muông",
            "THHM",
            "Hẹ Muông",
            LocalDate.of(2025, 10, 1),
            "Kế hoạch cải tiến chất lượng giáo dục năm học 2025-2026",
            List.of("Hoàn thành các mục tiêu năm học 2025 - 2026"),
            List.of("Thông tư số 17/2018/TT-BGDĐT"),
            null,
            List.of(new PlanDocument.Responsibility("Hiệu trưởng", "Chỉ đạo chung")),
            List.of("Phòng VH-XH"),
            "HIỆU TRƯỞNG",
            "Lò Văn A");

    PlanDocument next = PlanStart.nextYearDocument(last);

    assertEquals("Kế hoạch cải tiến chất lượng giáo dục năm học 2026-2027", next.title());
    assertEquals(List.of("Hoàn thành các mục tiêu năm học 2026 - 2027"), next.purposes());
    assertEquals(last.legalBases(), next.legalBases());
    assertEquals(last.implementation(), next.implementation());
    assertEquals("Lò Văn A", next.signerName());
    assertNull(next.issuedOn());
  }

  @Test
  void last_years_rows_get_new_ids_and_their_timelines_move_a_year() {
    PlanRow row =
        new PlanRow(
            "r1",
            PlanRow.Tier.LEVELS_1_TO_3,
            "1.1",
            null,
            "Đạt mức 3",
            List.of(new PlanAction("a1", "Rà soát", "Hiệu trưởng", null, "Quý 1/2026", "Không")));

    PlanRow copy = PlanStart.nextYearRows(List.of(row), ids()).get(0);

    assertNotEquals("r1", copy.rowId());
    assertNotEquals("a1", copy.actions().get(0).actionId());
    assertEquals("Đạt mức 3", copy.target());
    assertEquals("Quý 1/2027", copy.actions().get(0).timeline());
    assertEquals(LocalDate.of(2027, 1, 1), copy.actions().get(0).parsedTimeline().start());
    assertEquals("Không", copy.actions().get(0).budget());
  }

  @Test
  void from_an_assessment_every_criterion_below_the_aim_gets_a_row() {
    // 1.1 at 3 (reached), 1.2 at 2 (its highest: no level 3), 1.3 at 2, 2.1 not assessed
    List<PlanRow> rows =
        PlanStart.rowsBelowTarget(
            CATALOG, Map.of("1.1", 3, "1.2", 2, "1.3", 2), Map.of(1, true), 3, ids());

    assertEquals(List.of("1.3", "2.1"), rows.stream().map(PlanRow::criterionCode).toList());
    assertEquals("Đạt mức 3", rows.get(0).target());
    assertEquals(List.of(), rows.get(0).actions());
  }

  @Test
  void aiming_at_level_2_or_4_changes_the_rows() {
    List<PlanRow> two =
        PlanStart.rowsBelowTarget(
            CATALOG, Map.of("1.1", 1, "1.2", 2, "1.3", 2, "2.1", 2), Map.of(), 2, ids());
    assertEquals(List.of("1.1"), two.stream().map(PlanRow::criterionCode).toList());
    assertEquals("Đạt mức 2", two.get(0).target());

    List<PlanRow> four =
        PlanStart.rowsBelowTarget(
            CATALOG,
            Map.of("1.1", 3, "1.2", 2, "1.3", 3, "2.1", 3),
            Map.of(1, true, 2, false),
            4,
            ids());
    assertEquals(1, four.size());
    assertEquals(PlanRow.Tier.LEVEL_4, four.get(0).tier());
    assertEquals(2, four.get(0).level4No());
  }
}
