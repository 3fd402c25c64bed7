package vn.eqip.registry.imports;

import io.micronaut.http.HttpStatus;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.eqip.platform.web.ProblemException;

/**
 * Reads and writes the schools workbook (.xlsx, first sheet, the headers of {@link #HEADERS} in row
 * 1). A file that cannot be read safely is refused whole with a problem, before anything is
 * written: not an xlsx or a renamed zip (400), a zip bomb (400, POI's ZipSecureFile limits), over
 * 10 MB (413), no data row, formulas or merged cells (422). Formulas are refused, not evaluated and
 * not read from their cached values: the user pastes values instead.
 */
public final class SchoolWorkbooks {

  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  public static final long MAX_BYTES = 10L * 1024 * 1024;
  public static final int MAX_ROWS = 5000;

  public static final String CODE = "Mã trường";
  public static final String NAME = "Tên trường";
  public static final String LEVEL = "Cấp học";
  public static final String TYPE = "Loại hình";
  public static final String ORG_UNIT = "Đơn vị quản lý (mã)";
  public static final String COMMUNE = "Xã/phường";
  public static final String ADDRESS = "Địa chỉ";
  public static final String PHONE = "Điện thoại";
  public static final String PRINCIPAL = "Hiệu trưởng";
  public static final List<String> HEADERS =
      List.of(CODE, NAME, LEVEL, TYPE, ORG_UNIT, COMMUNE, ADDRESS, PHONE, PRINCIPAL);

  static {
    // below 1 % compression the entry is taken as a zip bomb; no entry over 100 MB unpacked
    ZipSecureFile.setMinInflateRatio(0.01);
    ZipSecureFile.setMaxEntrySize(100L * 1024 * 1024);
  }

  private SchoolWorkbooks() {}

  /** A data row: its number in Excel (from 2) and its values by header, "" for empty cells. */
  public record SheetRow(int rowNumber, Map<String, String> values) {}

  /** 413 when a file of {@code size} bytes is over {@link #MAX_BYTES}. */
  public static void checkSize(long size) {
    if (size > MAX_BYTES) {
      throw new ProblemException(
          HttpStatus.REQUEST_ENTITY_TOO_LARGE,
          "file-too-large",
          "Tệp quá lớn (File too large)",
          String.format(
              "Tệp tối đa 10 MB, tệp đã gửi có %.1f MB (file over 10 MB).",
              size / (1024.0 * 1024.0)));
    }
  }

  public static List<SheetRow> read(byte[] bytes) {
    checkSize(bytes.length);
    if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K' || bytes[2] != 3 || bytes[3] != 4) {
      throw badFile("Tệp không phải là tệp Excel .xlsx (not an xlsx file).");
    }
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      return rows(workbook);
    } catch (ProblemException e) {
      throw e;
    } catch (Exception e) {
      if (isZipBomb(e)) {
        throw badFile(
            "Tệp bị nén bất thường và có thể là \"zip bomb\": tệp bị từ chối (zip bomb detected).");
      }
      throw badFile(
          "Không đọc được tệp: đây không phải tệp Excel .xlsx hợp lệ (có thể là tệp .zip hoặc"
              + " tệp khác đổi đuôi).");
    }
  }

  private static List<SheetRow> rows(XSSFWorkbook workbook) {
    if (workbook.getNumberOfSheets() == 0) {
      throw unreadable("Tệp không có trang tính nào.");
    }
    Sheet sheet = workbook.getSheetAt(0);
    if (sheet.getNumMergedRegions() > 0) {
      throw unreadable(
          "Trang tính có ô gộp ("
              + sheet.getMergedRegion(0).formatAsString()
              + "): hãy bỏ gộp ô, mỗi ô một giá trị (merged cells are not allowed).");
    }
    Row header = sheet.getRow(sheet.getFirstRowNum());
    if (header == null || sheet.getPhysicalNumberOfRows() == 0) {
      throw unreadable("Trang tính trống: không có dòng tiêu đề và dữ liệu (empty sheet).");
    }
    checkHeaders(header);
    DataFormatter formatter = new DataFormatter();
    List<SheetRow> rows = new ArrayList<>();
    for (int r = header.getRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      boolean empty = true;
      for (int c = 0; c < HEADERS.size(); c++) {
        Cell cell = row.getCell(c);
        if (cell != null && cell.getCellType() == CellType.FORMULA) {
          throw unreadable(
              "Ô "
                  + new CellReference(r, c).formatAsString()
                  + " chứa công thức: hãy dán giá trị thay cho công thức (formulas are refused).");
        }
        String value = cell == null ? "" : formatter.formatCellValue(cell).trim();
        values.put(HEADERS.get(c), value);
        empty &= value.isEmpty();
      }
      if (!empty) {
        rows.add(new SheetRow(r + 1, values));
      }
    }
    if (rows.isEmpty()) {
      throw unreadable("Trang tính không có dòng dữ liệu nào dưới dòng tiêu đề (empty sheet).");
    }
    if (rows.size() > MAX_ROWS) {
      throw unreadable("Tệp có " + rows.size() + " dòng, tối đa " + MAX_ROWS + " dòng mỗi lần.");
    }
    return rows;
  }

  private static void checkHeaders(Row header) {
    DataFormatter formatter = new DataFormatter();
    List<String> missing = new ArrayList<>();
    for (int c = 0; c < HEADERS.size(); c++) {
      Cell cell = header.getCell(c);
      String text = cell == null ? "" : formatter.formatCellValue(cell).trim();
      if (!text.equalsIgnoreCase(HEADERS.get(c))) {
        missing.add(
            new CellReference(header.getRowNum(), c).formatAsString() + " = " + HEADERS.get(c));
      }
    }
    if (!missing.isEmpty()) {
      throw unreadable(
          "Dòng tiêu đề không đúng mẫu, cần: "
              + String.join("; ", missing)
              + ". Hãy tải mẫu tại /api/registry/schools/import-template.");
    }
  }

  /** A workbook with the headers, then one row per entry of {@code rows}, then the lists. */
  public static byte[] write(List<List<String>> rows, Map<String, List<String>> lists) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Trường");
      XSSFCellStyle bold = workbook.createCellStyle();
      Font font = workbook.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row header = sheet.createRow(0);
      for (int c = 0; c < HEADERS.size(); c++) {
        Cell cell = header.createCell(c);
        cell.setCellValue(HEADERS.get(c));
        cell.setCellStyle(bold);
        sheet.setColumnWidth(c, (c == 1 || c == 4 || c == 6 ? 40 : 18) * 256);
      }
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r + 1);
        List<String> values = rows.get(r);
        for (int c = 0; c < values.size(); c++) {
          row.createCell(c).setCellValue(values.get(c) == null ? "" : values.get(c));
        }
      }
      Sheet help = workbook.createSheet("Danh mục");
      int col = 0;
      for (Map.Entry<String, List<String>> list : lists.entrySet()) {
        Row first = help.getRow(0) == null ? help.createRow(0) : help.getRow(0);
        Cell title = first.createCell(col);
        title.setCellValue(list.getKey());
        title.setCellStyle(bold);
        for (int i = 0; i < list.getValue().size(); i++) {
          Row row = help.getRow(i + 1) == null ? help.createRow(i + 1) : help.getRow(i + 1);
          row.createCell(col).setCellValue(list.getValue().get(i));
        }
        help.setColumnWidth(col, 60 * 256);
        col++;
      }
      workbook.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isZipBomb(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().toLowerCase().contains("zip bomb")) {
        return true;
      }
    }
    return false;
  }

  private static ProblemException badFile(String detail) {
    return new ProblemException(
        HttpStatus.BAD_REQUEST, "bad-file", "Tệp không hợp lệ (Bad file)", detail);
  }

  private static ProblemException unreadable(String detail) {
    return new ProblemException(
        HttpStatus.UNPROCESSABLE_ENTITY,
        "unreadable-sheet",
        "Không nhập được trang tính (Sheet cannot be imported)",
        detail);
  }
}
