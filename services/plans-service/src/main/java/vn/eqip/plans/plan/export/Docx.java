package vn.eqip.plans.plan.export;

import java.math.BigInteger;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * The few Word constructs an administrative document needs (page, paragraphs, tables, merged
 * cells), over Apache POI XWPF. Every run is Times New Roman.
 */
final class Docx {

  static final String FONT = "Times New Roman";
  static final int TABLE_SIZE = 11;
  static final int BODY_SIZE = 13;

  static final int NORMAL = 0;
  static final int BOLD = 1;
  static final int ITALIC = 2;
  static final int BOLD_ITALIC = BOLD | ITALIC;

  static final ParagraphAlignment LEFT = ParagraphAlignment.LEFT;
  static final ParagraphAlignment CENTER = ParagraphAlignment.CENTER;

  /** A4 portrait in twips (1 mm = 56.7 twips). */
  static final int A4_WIDTH = 11906;

  static final int A4_HEIGHT = 16838;
  static final int MARGIN_TOP = 1134; // 20 mm
  static final int MARGIN_BOTTOM = 850; // 15 mm
  static final int MARGIN_LEFT = 1701; // 30 mm
  static final int MARGIN_RIGHT = 1134; // 20 mm

  private final XWPFDocument doc;
  private final Set<XWPFTableCell> startedCells =
      Collections.newSetFromMap(new IdentityHashMap<>());

  Docx(XWPFDocument doc) {
    this.doc = doc;
  }

  /** A4 portrait, margins 20/15/30/20 mm, page numbers centred on top from the second page. */
  void pageSetup() {
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    doc.createStyles().setDefaultFonts(fonts);
    var body = doc.getDocument().getBody();
    CTSectPr sect = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
    CTPageSz size = sect.isSetPgSz() ? sect.getPgSz() : sect.addNewPgSz();
    size.setW(BigInteger.valueOf(A4_WIDTH));
    size.setH(BigInteger.valueOf(A4_HEIGHT));
    size.setOrient(STPageOrientation.PORTRAIT);
    CTPageMar margins = sect.isSetPgMar() ? sect.getPgMar() : sect.addNewPgMar();
    margins.setTop(BigInteger.valueOf(MARGIN_TOP));
    margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
    margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
    margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
    margins.setHeader(BigInteger.valueOf(567));
    margins.setFooter(BigInteger.valueOf(567));
    sect.addNewTitlePg();
    doc.createHeader(HeaderFooterType.FIRST);
    XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph number = header.createParagraph();
    number.setAlignment(CENTER);
    CTSimpleField page = number.getCTP().addNewFldSimple();
    page.setInstr("PAGE");
    page.addNewR().addNewT().setStringValue("2");
  }

  XWPFParagraph paragraph(ParagraphAlignment align, int before, int after) {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(align);
    p.setSpacingBefore(before);
    p.setSpacingAfter(after);
    return p;
  }

  /** The cell's next paragraph (its first, empty one the first time). */
  XWPFParagraph paragraph(XWPFTableCell cell, ParagraphAlignment align) {
    XWPFParagraph p =
        startedCells.add(cell) && !cell.getParagraphs().isEmpty()
            ? cell.getParagraphs().get(0)
            : cell.addParagraph();
    p.setAlignment(align);
    p.setSpacingBefore(0);
    p.setSpacingAfter(0);
    return p;
  }

  /** Writes a text (line breaks kept) as one run of the given style and size. */
  XWPFRun write(XWPFParagraph p, String text, int style, int size) {
    XWPFRun run = p.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setBold((style & BOLD) != 0);
    run.setItalic((style & ITALIC) != 0);
    String[] lines = (text == null ? "" : text).split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        run.addBreak();
      }
      run.setText(lines[i], i);
    }
    return run;
  }

  void heading(String text) {
    write(paragraph(ParagraphAlignment.BOTH, 120, 60), text, BOLD, BODY_SIZE);
  }

  void body(String text) {
    XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, 0, 60);
    p.setIndentationFirstLine(567);
    write(p, text, NORMAL, BODY_SIZE);
  }

  void roleAndDuties(String role, String duties) {
    XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, 0, 60);
    p.setIndentationFirstLine(567);
    write(p, role, BOLD, BODY_SIZE);
    if (!duties.isEmpty()) {
      write(p, ": " + duties, NORMAL, BODY_SIZE);
    }
  }

  void spacer() {
    paragraph(LEFT, 0, 0);
  }

  XWPFTable borderlessTable(int[] widths) {
    XWPFTable table = gridTable(widths);
    XWPFTable.XWPFBorderType none = XWPFTable.XWPFBorderType.NONE;
    table.setTopBorder(none, 0, 0, "auto");
    table.setBottomBorder(none, 0, 0, "auto");
    table.setLeftBorder(none, 0, 0, "auto");
    table.setRightBorder(none, 0, 0, "auto");
    table.setInsideHBorder(none, 0, 0, "auto");
    table.setInsideVBorder(none, 0, 0, "auto");
    // no side padding: the header's lines use the whole width of their column
    var props = table.getCTTbl().getTblPr();
    var margins = props.isSetTblCellMar() ? props.getTblCellMar() : props.addNewTblCellMar();
    (margins.isSetLeft() ? margins.getLeft() : margins.addNewLeft()).setW(BigInteger.ZERO);
    margins.getLeft().setType(STTblWidth.DXA);
    (margins.isSetRight() ? margins.getRight() : margins.addNewRight()).setW(BigInteger.ZERO);
    margins.getRight().setType(STTblWidth.DXA);
    return table;
  }

  /** A table of fixed column widths (twips) with one row, bordered. */
  XWPFTable gridTable(int[] widths) {
    XWPFTable table = doc.createTable(1, widths.length);
    var props = table.getCTTbl().getTblPr();
    (props.isSetTblLayout() ? props.getTblLayout() : props.addNewTblLayout())
        .setType(STTblLayoutType.FIXED);
    var width = props.isSetTblW() ? props.getTblW() : props.addNewTblW();
    width.setType(STTblWidth.DXA);
    width.setW(BigInteger.valueOf(sum(widths)));
    CTTblGrid grid = table.getCTTbl().getTblGrid();
    if (grid == null) {
      grid = table.getCTTbl().addNewTblGrid();
    }
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int w : widths) {
      grid.addNewGridCol().setW(BigInteger.valueOf(w));
    }
    sizeCells(table.getRow(0), widths);
    XWPFTable.XWPFBorderType line = XWPFTable.XWPFBorderType.SINGLE;
    table.setTopBorder(line, 4, 0, "000000");
    table.setBottomBorder(line, 4, 0, "000000");
    table.setLeftBorder(line, 4, 0, "000000");
    table.setRightBorder(line, 4, 0, "000000");
    table.setInsideHBorder(line, 4, 0, "000000");
    table.setInsideVBorder(line, 4, 0, "000000");
    return table;
  }

  XWPFTableRow row(XWPFTable table, int[] widths) {
    XWPFTableRow row = table.createRow();
    while (row.getTableCells().size() < widths.length) {
      row.addNewTableCell();
    }
    sizeCells(row, widths);
    return row;
  }

  /** A row of one cell across all columns (the tier's grouping row). */
  XWPFTableRow spanningRow(XWPFTable table, int[] widths) {
    XWPFTableRow row = table.createRow();
    while (row.getTableCells().size() > 1) {
      row.removeCell(row.getTableCells().size() - 1);
    }
    CTTcPr props = tcPr(row.getCell(0));
    props.addNewGridSpan().setVal(BigInteger.valueOf(widths.length));
    width(props, sum(widths));
    return row;
  }

  /**
   * Text in a table cell, smaller than the body (11 pt): at the body's size a nine-column table on
   * a portrait page broke words in the middle ("Khôn-g", "1/202-7") when opened by LibreOffice.
   */
  void cellText(XWPFTableCell cell, String text, int style, ParagraphAlignment align) {
    write(paragraph(cell, align), text, style, TABLE_SIZE);
  }

  void vMerge(XWPFTableCell cell, STMerge.Enum value) {
    CTTcPr props = tcPr(cell);
    (props.isSetVMerge() ? props.getVMerge() : props.addNewVMerge()).setVal(value);
  }

  private static void sizeCells(XWPFTableRow row, int[] widths) {
    for (int i = 0; i < widths.length && i < row.getTableCells().size(); i++) {
      width(tcPr(row.getCell(i)), widths[i]);
    }
  }

  private static CTTcPr tcPr(XWPFTableCell cell) {
    return cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
  }

  private static void width(CTTcPr props, int twips) {
    var w = props.isSetTcW() ? props.getTcW() : props.addNewTcW();
    w.setType(STTblWidth.DXA);
    w.setW(BigInteger.valueOf(twips));
  }

  private static int sum(int[] widths) {
    int total = 0;
    for (int w : widths) {
      total += w;
    }
    return total;
  }
}
