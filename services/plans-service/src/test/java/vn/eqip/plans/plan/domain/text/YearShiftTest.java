package vn.eqip.plans.plan.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class YearShiftTest {

  @Test
  void every_year_of_a_timeline_moves_forward() {
    assertEquals("Quý 1/2026", YearShift.timeline("Quý 1/2025", 1));
    assertEquals("Tháng 10/2025", YearShift.timeline("Tháng 10/2024", 1));
    assertEquals("Từ 8/2024 đến 5/2025", YearShift.timeline("Từ 8/2023 đến 5/2024", 1));
    assertEquals(
        "Tháng 10/2025 đến khi kết thúc năm học 2025 – 2026",
        YearShift.timeline("Tháng 10/2024 đến khi kết thúc năm học 2024 – 2025", 1));
    assertEquals("Thực hiện thường xuyên", YearShift.timeline("Thực hiện thường xuyên", 1));
    assertNull(YearShift.timeline(null, 1));
  }

  @Test
  void in_free_texts_only_school_years_move_not_circulars_or_periods() {
    assertEquals(
        "Kế hoạch cải tiến chất lượng năm học 2025-2026",
        YearShift.schoolYears("Kế hoạch cải tiến chất lượng năm học 2024-2025", 1));
    assertEquals(
        "Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018",
        YearShift.schoolYears("Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018", 1));
    assertEquals(
        "Chiến lược giai đoạn 2021-2025, năm học 2025 – 2026",
        YearShift.schoolYears("Chiến lược giai đoạn 2021-2025, năm học 2024 – 2025", 1));
    // not a school year (not consecutive): left for the linter to flag
    assertEquals("năm học 2003-2024", YearShift.schoolYears("năm học 2003-2024", 1));
  }
}
