package vn.eqip.plans.plan.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimelineParserTest {

  @ParameterizedTest(name = "\"{0}\" runs {1} .. {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Quý 1/2024                                             | 2024-01-01 | 2024-03-31 | false",
        "Quý IV/2024                                            | 2024-10-01 | 2024-12-31 | false",
        "Tháng 10/2024 đến khi kết thúc năm học 2024 – 2025     | 2024-10-01 | 2025-05-31 | false",
        "Tháng 9/2024 đến khi kết thúc năm học 2024 - 2025      | 2024-09-01 | 2025-05-31 | false",
        "Từ 8/2023 đến 5/2024                                   | 2023-08-01 | 2024-05-31 | false",
        "Từ 8/2023 Đến 5/2024                                   | 2023-08-01 | 2024-05-31 | false",
        "Từ tháng 8/2023 đến tháng 12/2026                      | 2023-08-01 | 2026-12-31 | false",
        "Năm 2024                                               | 2024-01-01 | 2024-12-31 | false",
        "Tháng 6/2025                                           | 2025-06-01 | 2025-06-30 | false",
        "Trong năm học 2023-2024                                | 2023-09-05 | 2024-05-31 | false",
        "Năm học 2024 – 2025                                    | 2024-09-05 | 2025-05-31 | false",
        "Trong năm học 2025-2026 và các năm tiếp theo           | 2025-09-05 | 2026-05-31 | true",
        "Từ năm học 2023-2024                                   | 2023-09-05 | -          | false",
        "Tháng 10/2024 đến hết năm học 2023 - 2024              | 2024-10-01 | 2024-05-31 | false",
        "15/9/2024                                              | 2024-09-15 | 2024-09-15 | false",
      })
  void a_timeline_is_read_to_its_start_and_end(
      String text, LocalDate start, LocalDate end, boolean recurring) {
    Timeline timeline = TimelineParser.parse(text);
    assertTrue(timeline.understood(), text);
    assertEquals(start, timeline.start(), text);
    assertEquals(end, timeline.end(), text);
    assertEquals(recurring, timeline.recurring(), text);
    assertEquals(text, timeline.text(), "the original text is kept");
  }

  @ParameterizedTest
  @CsvSource({"Thực hiện thường xuyên", "Thường xuyên", "thường  xuyên.", "Xuyên suốt"})
  void work_done_all_the_time_is_recurring_without_dates(String text) {
    Timeline timeline = TimelineParser.parse(text);
    assertTrue(timeline.understood());
    assertTrue(timeline.recurring());
    assertNull(timeline.start());
    assertNull(timeline.end());
  }

  @ParameterizedTest(name = "\"{0}\" is not understood")
  @CsvSource({
    "Từ năm học 2013-2024",
    "trong năm học 2024-2023",
    "Năm học 2003-2024",
    "Tháng 13/2024",
    "Quý 5/2024",
    "sau khi có kinh phí",
    "Năm 1999"
  })
  void impossible_or_unknown_timelines_are_not_understood_and_have_no_dates(String text) {
    Timeline timeline = TimelineParser.parse(text);
    assertFalse(timeline.understood(), text);
    assertNull(timeline.start());
    assertNull(timeline.end());
  }

  @Test
  void an_action_ending_before_it_starts_is_read_as_written_so_the_linter_can_say_so() {
    assertTrue(
        TimelineParser.parse("Tháng 10/2024 đến hết năm học 2023 - 2024").endsBeforeItStarts());
    assertFalse(TimelineParser.parse("Từ 8/2023 đến 5/2024").endsBeforeItStarts());
  }
}
