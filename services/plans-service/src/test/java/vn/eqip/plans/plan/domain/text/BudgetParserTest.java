package vn.eqip.plans.plan.domain.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BudgetParserTest {

  @ParameterizedTest(name = "\"{0}\" is {1} đồng")
  @CsvSource(
      delimiter = '|',
      value = {
        "3 tỷ đồng                 | 3000000000",
        "350 triệu đồng            | 350000000",
        "2.300 triệu đồng          | 2300000000",
        "35.000.000 đồng           | 35000000",
        "15.000.000 đồng           | 15000000",
        "3.000.000 đồng            | 3000000",
        "7.000.000 đồng            | 7000000",
        "Không                     | 0",
        "không.                    | 0",
        "1,5 tỷ đồng               | 1500000000",
        "3 tỷ 500 triệu đồng       | 3500000000",
        "350tr                     | 350000000",
        "15.000.000đ               | 15000000",
        "20 nghìn đồng             | 20000",
        "35.000.000                | 35000000",
      })
  void an_amount_written_in_words_or_digits_is_read_to_whole_dong(String text, long dong) {
    Budget budget = BudgetParser.parse(text);
    assertEquals(Budget.Reading.AMOUNT, budget.reading(), text);
    assertEquals(dong, budget.amountVnd(), text);
    assertEquals(text, budget.text(), "the original text is kept");
  }

  @Test
  void a_cell_broken_over_lines_is_read_as_one_text() {
    assertEquals(3_000_000_000L, BudgetParser.parse("3 tỷ \nđồng ").amountVnd());
  }

  @ParameterizedTest(name = "\"{0}\" is a source without an amount")
  @CsvSource({
    "Nguồn kinh phí ngành",
    "Kinh phí cá nhân tự lo",
    "Ngân sách nhà nước",
    "Xã hội hóa",
    "Vốn dự án"
  })
  void a_source_without_an_amount_is_kept_as_a_source(String text) {
    Budget budget = BudgetParser.parse(text);
    assertEquals(Budget.Reading.SOURCE, budget.reading());
    assertNull(budget.amountVnd());
    assertEquals(text, budget.source());
  }

  @Test
  void an_amount_with_its_source_keeps_both() {
    Budget budget = BudgetParser.parse("350 triệu đồng (nguồn ngân sách huyện)");
    assertEquals(350_000_000L, budget.amountVnd());
    assertEquals("nguồn ngân sách huyện", budget.source());
  }

  @ParameterizedTest(name = "\"{0}\" is unreadable")
  @CsvSource({"Nhiều", "350", "khoảng vài chục", "3 tỷ hoặc 4 tỷ đồng", "1,2345 nghìn đồng", "???"})
  void text_that_is_neither_an_amount_nor_a_source_is_unreadable_not_guessed(String text) {
    Budget budget = BudgetParser.parse(text);
    assertEquals(Budget.Reading.UNREADABLE, budget.reading(), text);
    assertNull(budget.amountVnd());
    assertEquals(text, budget.text());
  }

  @Test
  void nothing_written_is_empty_not_unreadable() {
    assertEquals(Budget.Reading.EMPTY, BudgetParser.parse(null).reading());
    assertEquals(Budget.Reading.EMPTY, BudgetParser.parse("  ").reading());
  }
}
