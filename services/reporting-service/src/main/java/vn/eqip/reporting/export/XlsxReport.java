package vn.eqip.reporting.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streaming (SXSSF) Excel sheet laid out the way departments print and file reports: a title, a
 * line with the org unit, school year and export date, Vietnamese headers, the data rows, a totals
 * row with formulas, frozen header, auto filter and fixed column widths. Only {@link #ROW_WINDOW}
 * rows are kept in memory; older ones are flushed to a temporary file, so memory does not grow with
 * the number of schools.
 *
 * <p>Number formats carry the Vietnamese locale ({@code [$-42A]}): {@code #,##0} is the format code
 * (OOXML always writes it with a comma) and shows as 1.234.567, {@code 0.0%} as 21,1%.
 */
public final class XlsxReport implements AutoCloseable {

  /** Rows kept in memory while writing. */
  public static final int ROW_WINDOW = 100;

  public static final String INTEGER_FORMAT = "[$-42A]#,##0";
  public static final String PERCENT_FORMAT = "[$-42A]0.0%";
  public static final String DECIMAL_FORMAT = "[$-42A]#,##0.00";

  /** Row index (0-based) of the header; data starts right below. */
  public static final int HEADER_ROW = 3;

  private final SXSSFWorkbook workbook;
  private final SXSSFSheet sheet;
  private final List<XlsxColumn> columns;
  private final CellStyle text;
  private final CellStyle integer;
  private final CellStyle percent;
  private final CellStyle totalText;
  private final CellStyle totalInteger;
  private final CellStyle totalPercent;
  private final CellStyle decimal;
  private final CellStyle totalDecimal;
  private final double[] sums;
  private final double[] weightedSums;
  private final Object[] lastValues;
  private final int[] nonEmpty;
  private final Map<Integer, Integer> countIf = new HashMap<>();
  private int nextRow = HEADER_ROW + 1;
  private boolean finished;

  /**
   * @param title the report's name, e.g. "TỔNG HỢP KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG"
   * @param subtitle e.g. "Đơn vị: Sở GD&ĐT Điện Biên · Năm học: 2026-2027 · Ngày xuất: 23/11/2026"
   */
  public XlsxReport(String sheetName, String title, String subtitle, List<XlsxColumn> columns) {
    // inline strings, not a shared-strings table: POI keeps that table in memory as XMLBeans
    // objects, which made a 3,000-school export take seconds and grow with every distinct name
    // (docs/performance.md); inline strings are streamed to the temp file like the rest of the row.
    // The temp file is not gzipped (some tens of MB for 50,000 schools, deleted on close): gzip
    // cost
    // as much CPU time as writing the rows.
    this.workbook = new SXSSFWorkbook(null, ROW_WINDOW, false, false);
    this.sheet = workbook.createSheet(sheetName);
    this.columns = List.copyOf(columns);
    this.sums = new double[columns.size()];
    this.weightedSums = new double[columns.size()];
    this.lastValues = new Object[columns.size()];
    this.nonEmpty = new int[columns.size()];
    DataFormat formats = workbook.createDataFormat();
    Font bold = workbook.createFont();
    bold.setBold(true);
    Font titleFont = workbook.createFont();
    titleFont.setBold(true);
    titleFont.setFontHeightInPoints((short) 14);

    text = bordered(null, null);
    text.setWrapText(true);
    integer = bordered(formats.getFormat(INTEGER_FORMAT), null);
    percent = bordered(formats.getFormat(PERCENT_FORMAT), null);
    totalText = bordered(null, bold);
    totalInteger = bordered(formats.getFormat(INTEGER_FORMAT), bold);
    totalPercent = bordered(formats.getFormat(PERCENT_FORMAT), bold);
    decimal = bordered(formats.getFormat(DECIMAL_FORMAT), null);
    totalDecimal = bordered(formats.getFormat(DECIMAL_FORMAT), bold);
    CellStyle header = bordered(null, bold);
    header.setWrapText(true);
    header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    CellStyle titleStyle = workbook.createCellStyle();
    titleStyle.setFont(titleFont);

    Cell titleCell = sheet.createRow(0).createCell(0);
    titleCell.setCellValue(title);
    titleCell.setCellStyle(titleStyle);
    sheet.createRow(1).createCell(0).setCellValue(subtitle);
    Row headers = sheet.createRow(HEADER_ROW);
    for (int i = 0; i < columns.size(); i++) {
      Cell cell = headers.createCell(i);
      cell.setCellValue(columns.get(i).header());
      cell.setCellStyle(header);
      sheet.setColumnWidth(i, Math.min(255, columns.get(i).width()) * 256);
    }
  }

  private CellStyle bordered(Short format, Font font) {
    CellStyle style = workbook.createCellStyle();
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    style.setVerticalAlignment(VerticalAlignment.TOP);
    if (format != null) {
      style.setDataFormat(format);
    }
    if (font != null) {
      style.setFont(font);
    }
    return style;
  }

  /** Appends a data row: one value per column (String, Number or null). */
  public void row(Object... values) {
    if (finished) {
      throw new IllegalStateException("the totals row is already written");
    }
    Row row = sheet.createRow(nextRow++);
    for (int i = 0; i < columns.size(); i++) {
      lastValues[i] = i < values.length ? values[i] : null;
    }
    for (int i = 0; i < columns.size(); i++) {
      Object value = lastValues[i];
      XlsxColumn column = columns.get(i);
      Cell cell = row.createCell(i);
      cell.setCellStyle(styleOf(column.kind(), false));
      if (value == null) {
        continue;
      }
      nonEmpty[i]++;
      if (value instanceof Number number && column.kind() != XlsxColumn.Kind.TEXT) {
        cell.setCellValue(number.doubleValue());
        sums[i] += number.doubleValue();
        if (column.total() instanceof XlsxColumn.WeightedMean w
            && lastValues[w.weight()] instanceof Number weight) {
          weightedSums[i] += number.doubleValue() * weight.doubleValue();
        }
      } else {
        String s = value.toString();
        cell.setCellValue(s);
        if (column.total() instanceof XlsxColumn.CountIf c && c.text().equals(s)) {
          countIf.merge(i, 1, Integer::sum);
        }
      }
    }
  }

  /** Data rows written so far. */
  public int dataRows() {
    return nextRow - HEADER_ROW - 1;
  }

  /**
   * Writes the totals row (formulas over the data rows, with their values cached so that a reader
   * that does not recalculate sees them too), freezes the header and sets the auto filter.
   */
  public void finish() {
    if (finished) {
      return;
    }
    finished = true;
    int first = HEADER_ROW + 1;
    int last = nextRow - 1;
    Row totals = sheet.createRow(nextRow);
    for (int i = 0; i < columns.size(); i++) {
      XlsxColumn column = columns.get(i);
      Cell cell = totals.createCell(i);
      cell.setCellStyle(styleOf(column.kind(), true));
      String range = range(i, first, last);
      XlsxColumn.Total total = column.total();
      if (total instanceof XlsxColumn.Label label) {
        cell.setCellValue(label.text());
      } else if (total instanceof XlsxColumn.CountA) {
        cell.setCellStyle(totalInteger);
        formula(cell, "COUNTA(" + range + ")", nonEmpty[i]);
      } else if (total instanceof XlsxColumn.CountIf c) {
        cell.setCellStyle(totalInteger);
        formula(
            cell,
            "COUNTIF(" + range + ",\"" + c.text().replace("\"", "\"\"") + "\")",
            countIf.getOrDefault(i, 0));
      } else if (total instanceof XlsxColumn.Sum) {
        formula(cell, "SUM(" + range + ")", sums[i]);
      } else if (total instanceof XlsxColumn.Ratio r) {
        String num = "SUM(" + range(r.numerator(), first, last) + ")";
        String den = "SUM(" + range(r.denominator(), first, last) + ")";
        double value = sums[r.denominator()] == 0 ? 0 : sums[r.numerator()] / sums[r.denominator()];
        formula(cell, "IF(" + den + "=0,0," + num + "/" + den + ")", value);
      } else if (total instanceof XlsxColumn.WeightedMean w) {
        String weights = range(w.weight(), first, last);
        String den = "SUM(" + weights + ")";
        double value = sums[w.weight()] == 0 ? 0 : weightedSums[i] / sums[w.weight()];
        formula(
            cell,
            "IF(" + den + "=0,0,SUMPRODUCT(" + range + "," + weights + ")/" + den + ")",
            value);
      }
    }
    sheet.createFreezePane(0, HEADER_ROW + 1);
    sheet.setAutoFilter(
        new CellRangeAddress(HEADER_ROW, Math.max(HEADER_ROW, last), 0, columns.size() - 1));
    workbook.setForceFormulaRecalculation(true);
  }

  private void formula(Cell cell, String formula, double cachedValue) {
    if (dataRows() == 0) {
      cell.setCellValue(0);
      return;
    }
    cell.setCellFormula(formula);
    cell.setCellValue(cachedValue);
  }

  private static String range(int column, int firstRow, int lastRow) {
    String letter = CellReference.convertNumToColString(column);
    return letter + (firstRow + 1) + ":" + letter + (lastRow + 1);
  }

  private CellStyle styleOf(XlsxColumn.Kind kind, boolean total) {
    return switch (kind) {
      case TEXT -> total ? totalText : text;
      case INTEGER -> total ? totalInteger : integer;
      case PERCENT -> total ? totalPercent : percent;
      case DECIMAL -> total ? totalDecimal : decimal;
    };
  }

  /** Finishes the sheet if needed and writes the workbook. */
  public void write(OutputStream out) {
    finish();
    try {
      workbook.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Excel export failed", e);
    }
  }

  /** The streaming workbook (for tests: its window and flushed rows). */
  SXSSFWorkbook workbook() {
    return workbook;
  }

  /** Releases the temporary files. */
  @Override
  public void close() {
    try {
      workbook.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      workbook.dispose();
    }
  }
}
