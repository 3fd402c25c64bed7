package vn.eqip.reporting.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxReportTest {

  static final List<XlsxColumn> COLUMNS =
      List.of(
          XlsxColumn.integer("STT", 6, new XlsxColumn.Label("Tổng cộng")),
          XlsxColumn.text("Tên trường", 40, new XlsxColumn.CountA()),
          XlsxColumn.integer("Số học sinh", 12, new XlsxColumn.Sum()),
          XlsxColumn.integer("Mức 3: đạt", 10, new XlsxColumn.Sum()),
          XlsxColumn.integer("Mức 3: tổng", 10, new XlsxColumn.Sum()),
          XlsxColumn.percent("Tỷ lệ", 10, new XlsxColumn.Ratio(3, 4)),
          XlsxColumn.text("Đạt Mức 2", 10, new XlsxColumn.CountIf("Có")));

  static final DataFormatter VIETNAMESE = new DataFormatter(Locale.forLanguageTag("vi-VN"));

  private static XSSFWorkbook writeAndRead(XlsxReport report) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    report.write(out);
    report.close();
    return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
  }

  @Test
  void a_sheet_has_title_headers_values_totals_with_formulas_frozen_header_filter_and_widths()
      throws Exception {
    XlsxReport report =
        new XlsxReport("Tổng hợp", "TỔNG HỢP", "Đơn vị: Sở GD&ĐT Điện Biên", COLUMNS);
    report.row(1, "Trường Tiểu học Hẹ Muông", 1234567, 4, 19, 4 / 19.0, "Có");
    report.row(2, "Trường THCS Thanh Xương", 433, 10, 19, 10 / 19.0, "Không");
    report.row(3, "Trường Mầm non Mường Mươn", null, null, null, null, null);

    try (XSSFWorkbook read = writeAndRead(report)) {
      XSSFSheet sheet = read.getSheet("Tổng hợp");
      assertEquals("TỔNG HỢP", sheet.getRow(0).getCell(0).getStringCellValue());
      assertEquals("Đơn vị: Sở GD&ĐT Điện Biên", sheet.getRow(1).getCell(0).getStringCellValue());
      Row headers = sheet.getRow(3);
      assertEquals("Tên trường", headers.getCell(1).getStringCellValue());
      assertEquals("Tỷ lệ", headers.getCell(5).getStringCellValue());

      Row first = sheet.getRow(4);
      assertEquals(1234567, first.getCell(2).getNumericCellValue());
      assertEquals(
          XlsxReport.INTEGER_FORMAT, first.getCell(2).getCellStyle().getDataFormatString());
      assertEquals("1.234.567", VIETNAMESE.formatCellValue(first.getCell(2)));
      assertEquals(
          XlsxReport.PERCENT_FORMAT, first.getCell(5).getCellStyle().getDataFormatString());
      assertEquals("21,1%", VIETNAMESE.formatCellValue(first.getCell(5)));
      assertEquals(CellType.BLANK, sheet.getRow(6).getCell(2).getCellType());

      Row totals = sheet.getRow(7);
      assertEquals("Tổng cộng", totals.getCell(0).getStringCellValue());
      assertEquals("COUNTA(B5:B7)", totals.getCell(1).getCellFormula());
      assertEquals("SUM(C5:C7)", totals.getCell(2).getCellFormula());
      assertEquals("IF(SUM(E5:E7)=0,0,SUM(D5:D7)/SUM(E5:E7))", totals.getCell(5).getCellFormula());
      assertEquals("COUNTIF(G5:G7,\"Có\")", totals.getCell(6).getCellFormula());
      // cached values (what a reader that does not recalculate shows) …
      assertEquals(3, totals.getCell(1).getNumericCellValue());
      assertEquals(1235000, totals.getCell(2).getNumericCellValue());
      assertEquals(14 / 38.0, totals.getCell(5).getNumericCellValue(), 1e-9);
      assertEquals(1, totals.getCell(6).getNumericCellValue());
      // … equal what the formulas compute
      XSSFFormulaEvaluator evaluator = read.getCreationHelper().createFormulaEvaluator();
      for (int c : new int[] {1, 2, 3, 4, 5, 6}) {
        double cached = totals.getCell(c).getNumericCellValue();
        assertEquals(cached, evaluator.evaluate(totals.getCell(c)).getNumberValue(), 1e-9);
      }
      assertEquals("36,8%", VIETNAMESE.formatCellValue(totals.getCell(5), evaluator));

      PaneInformation pane = sheet.getPaneInformation();
      assertTrue(pane.isFreezePane());
      assertEquals(4, pane.getHorizontalSplitPosition());
      assertEquals("A4:G7", sheet.getCTWorksheet().getAutoFilter().getRef());
      assertEquals(40 * 256, sheet.getColumnWidth(1));
      assertEquals(6 * 256, sheet.getColumnWidth(0));
    }
  }

  @Test
  void the_writer_streams_keeping_only_a_bounded_window_of_rows_in_memory() throws Exception {
    XlsxReport report = new XlsxReport("Tổng hợp", "T", "S", COLUMNS);
    int rows = 1000;
    for (int i = 1; i <= rows; i++) {
      report.row(i, "Trường " + i, i, 1, 2, 0.5, i % 2 == 0 ? "Có" : "Không");
    }

    assertEquals(100, XlsxReport.ROW_WINDOW);
    assertEquals(XlsxReport.ROW_WINDOW, report.workbook().getRandomAccessWindowSize());
    SXSSFSheet sheet = report.workbook().getSheet("Tổng hợp");
    assertTrue(
        sheet.getLastFlushedRowNum() >= XlsxReport.HEADER_ROW + rows - XlsxReport.ROW_WINDOW);
    assertNull(sheet.getRow(XlsxReport.HEADER_ROW + 1), "the first data row is flushed to disk");

    try (XSSFWorkbook read = writeAndRead(report)) {
      XSSFSheet written = read.getSheetAt(0);
      assertEquals(XlsxReport.HEADER_ROW + rows + 1, written.getLastRowNum());
      assertEquals(
          500500, written.getRow(written.getLastRowNum()).getCell(2).getNumericCellValue());
      assertEquals(500, written.getRow(written.getLastRowNum()).getCell(6).getNumericCellValue());
    }
  }

  @Test
  void an_empty_sheet_still_has_headers_a_totals_row_of_zeros_and_a_filter() throws Exception {
    XlsxReport report = new XlsxReport("Tổng hợp", "T", "S", COLUMNS);

    try (XSSFWorkbook read = writeAndRead(report)) {
      XSSFSheet sheet = read.getSheetAt(0);
      assertEquals("STT", sheet.getRow(3).getCell(0).getStringCellValue());
      assertEquals(0, sheet.getRow(4).getCell(2).getNumericCellValue());
      assertEquals("Tổng cộng", sheet.getRow(4).getCell(0).getStringCellValue());
      assertEquals("A4:G4", sheet.getCTWorksheet().getAutoFilter().getRef());
    }
  }
}
