package vn.eqip.plans.plan.export;

import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.eqip.plans.plan.application.PlanDocumentRenderer;
import vn.eqip.plans.plan.domain.Abbreviations;
import vn.eqip.plans.plan.domain.Plan;
import vn.eqip.plans.plan.domain.PlanAction;
import vn.eqip.plans.plan.domain.PlanDocument;
import vn.eqip.plans.plan.domain.PlanRow;

/**
 * The plan as a .docx in the layout of Nghị định 30/2020/NĐ-CP (Phụ lục I): issuing body and
 * national motto side by side, number and symbol, place and date, title, sections I–IV with the
 * content table, recipients and signature. Fields the plan does not have yet are left blank.
 */
@Singleton
public class WordPlanRenderer implements PlanDocumentRenderer {

  static final String MOTTO_1 = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  static final String MOTTO_2 = "Độc lập - Tự do - Hạnh phúc";
  static final List<String> COLUMNS =
      List.of(
          "TT",
          "Tiêu chuẩn, tiêu chí",
          "Kết quả cần đạt (so với hiện trạng)",
          "Công việc/giải pháp cần thực hiện",
          "Chủ trì và phối hợp thực hiện",
          "Thời gian thực hiện và hoàn thành",
          "Dự kiến kinh phí",
          "Điều kiện hỗ trợ khác",
          "Ghi chú");

  /** Column widths in twips; together the 160 mm between the margins of an A4 page. */
  static final int[] WIDTHS = {510, 1020, 1247, 1701, 1247, 1020, 964, 794, 568};

  private static final String BLANK = "……";
  private static final Pattern HAS_YEAR = Pattern.compile("\\d{4}");
  private static final Locale VI = Locale.forLanguageTag("vi");

  @Override
  public byte[] render(
      Plan plan, String registeredSchoolName, Map<Integer, String> standardTitles) {
    try (XWPFDocument doc = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Docx docx = new Docx(doc);
      docx.pageSetup();
      PlanDocument d = plan.document();
      String schoolName = present(d.schoolName()) ? d.schoolName() : registeredSchoolName;
      header(docx, plan, d, schoolName);
      title(docx, plan, d);
      purposes(docx, d);
      bases(docx, plan, d);
      content(docx, plan, standardTitles);
      implementation(docx, d);
      signature(docx, d);
      doc.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void header(Docx docx, Plan plan, PlanDocument d, String schoolName) {
    // NĐ 30/2020: the motto in 12–13 pt bold on one line, which takes 10,25 cm at 12 pt
    XWPFTable table = docx.borderlessTable(new int[] {3260, 5811});
    XWPFTableCell left = table.getRow(0).getCell(0);
    docx.write(docx.paragraph(left, Docx.CENTER), upper(d.superiorBody()), Docx.NORMAL, 12);
    docx.write(docx.paragraph(left, Docx.CENTER), upper(schoolName), Docx.BOLD, 12);
    docx.write(docx.paragraph(left, Docx.CENTER), numberLine(plan, d, schoolName), Docx.NORMAL, 13);
    XWPFTableCell right = table.getRow(0).getCell(1);
    docx.write(docx.paragraph(right, Docx.CENTER), MOTTO_1, Docx.BOLD, 12);
    docx.write(docx.paragraph(right, Docx.CENTER), MOTTO_2, Docx.BOLD, 14);
    docx.write(docx.paragraph(right, Docx.CENTER), placeAndDate(d), Docx.ITALIC, 13);
  }

  /** "Số: 56/KH-THĐP", or "Số: /KH-THĐP" before the plan is first submitted. */
  static String numberLine(Plan plan, PlanDocument d, String schoolName) {
    if (plan.documentNumber() != null) {
      return plan.documentNumber().line();
    }
    String abbreviation =
        present(d.abbreviation())
            ? d.abbreviation().trim()
            : present(schoolName) ? Abbreviations.of(schoolName) : "";
    return "Số:      /KH-" + abbreviation;
  }

  /** "Thanh Xương, ngày 09 tháng 09 năm 2026"; what is not known yet stays dotted. */
  static String placeAndDate(PlanDocument d) {
    String place = present(d.place()) ? d.place().trim() : BLANK;
    if (d.issuedOn() == null) {
      return place + ", ngày " + BLANK + " tháng " + BLANK + " năm " + BLANK;
    }
    return place
        + ", "
        + d.issuedOn().format(DateTimeFormatter.ofPattern("'ngày' dd 'tháng' MM 'năm' yyyy"));
  }

  private void title(Docx docx, Plan plan, PlanDocument d) {
    docx.write(docx.paragraph(Docx.CENTER, 240, 0), "KẾ HOẠCH", Docx.BOLD, 14);
    docx.write(docx.paragraph(Docx.CENTER, 0, 240), subtitle(plan, d), Docx.BOLD, 14);
  }

  /** "Cải tiến chất lượng giáo dục năm học 2026 – 2027", from the plan's title and year. */
  static String subtitle(Plan plan, PlanDocument d) {
    String title = present(d.title()) ? d.title().trim() : PlanDocument.DEFAULT_TITLE;
    title = title.replaceFirst("(?iu)^kế\\s+hoạch\\s*", "").trim();
    if (title.isEmpty()) {
      title = PlanDocument.DEFAULT_TITLE.replaceFirst("^Kế hoạch ", "");
    }
    title = title.substring(0, 1).toUpperCase(VI) + title.substring(1);
    if (!HAS_YEAR.matcher(title).find()) {
      int start = plan.schoolYear().startYear();
      title = title + " năm học " + start + " – " + (start + 1);
    }
    return title;
  }

  private void purposes(Docx docx, PlanDocument d) {
    docx.heading("I. MỤC ĐÍCH, YÊU CẦU");
    d.purposes().forEach(p -> docx.body("- " + p.trim()));
  }

  private void bases(Docx docx, Plan plan, PlanDocument d) {
    docx.heading("II. CĂN CỨ XÂY DỰNG KẾ HOẠCH");
    d.legalBases().forEach(b -> docx.body("- " + b.trim()));
    if (plan.baseline() != null && present(plan.baseline().summaryLine())) {
      docx.body(
          "- Kết quả tự đánh giá"
              + (present(plan.baseline().schoolYear())
                  ? " năm học " + plan.baseline().schoolYear()
                  : "")
              + ": "
              + plan.baseline().summaryLine()
              + ".");
    }
    if (present(d.orientation())) {
      docx.body("- Chủ trương, định hướng: " + d.orientation().trim());
    }
  }

  private void content(Docx docx, Plan plan, Map<Integer, String> standardTitles) {
    docx.heading("III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC");
    XWPFTable table = docx.gridTable(WIDTHS);
    XWPFTableRow head = table.getRow(0);
    head.setRepeatHeader(true);
    for (int i = 0; i < COLUMNS.size(); i++) {
      docx.cellText(head.getCell(i), COLUMNS.get(i), Docx.BOLD, Docx.CENTER);
    }
    int tt = 0;
    for (PlanRow.Tier tier : PlanRow.Tier.values()) {
      List<PlanRow> rows = plan.rows().stream().filter(r -> r.tier() == tier).toList();
      if (rows.isEmpty()) {
        continue;
      }
      XWPFTableRow group = docx.spanningRow(table, WIDTHS);
      docx.cellText(
          group.getCell(0),
          tier == PlanRow.Tier.LEVEL_4 ? "Mức 4" : "Mức 1, 2, 3",
          Docx.BOLD,
          Docx.LEFT);
      Integer standard = null;
      for (PlanRow row : tier == PlanRow.Tier.LEVEL_4 ? rows : byStandard(rows)) {
        if (tier != PlanRow.Tier.LEVEL_4 && !java.util.Objects.equals(standard, standardOf(row))) {
          standard = standardOf(row);
          XWPFTableRow standardRow = docx.spanningRow(table, WIDTHS);
          docx.cellText(
              standardRow.getCell(0),
              standardLine(standard, standardTitles),
              Docx.BOLD_ITALIC,
              Docx.LEFT);
        }
        tt++;
        List<PlanAction> actions = row.actions().isEmpty() ? nullAction() : row.actions();
        for (int a = 0; a < actions.size(); a++) {
          XWPFTableRow tr = docx.row(table, WIDTHS);
          boolean first = a == 0;
          String[] criterion = {String.valueOf(tt), row.label(), orEmpty(row.target())};
          for (int c = 0; c < criterion.length; c++) {
            docx.cellText(
                tr.getCell(c),
                first ? criterion[c] : "",
                Docx.NORMAL,
                c == 0 ? Docx.CENTER : Docx.LEFT);
            if (actions.size() > 1) {
              docx.vMerge(tr.getCell(c), first ? STMerge.RESTART : STMerge.CONTINUE);
            }
          }
          PlanAction action = actions.get(a);
          String[] cells =
              action == null
                  ? new String[] {"", "", "", "", "", ""}
                  : new String[] {
                    orEmpty(action.description()),
                    leadAndPartners(action),
                    orEmpty(action.timeline()),
                    orEmpty(action.budget()),
                    "",
                    ""
                  };
          for (int c = 0; c < cells.length; c++) {
            docx.cellText(tr.getCell(c + 3), cells[c], Docx.NORMAL, Docx.LEFT);
          }
        }
      }
    }
  }

  /** The rows of tier 1–3 by standard (1, 2, …), each standard's rows in the plan's order. */
  static List<PlanRow> byStandard(List<PlanRow> rows) {
    List<PlanRow> sorted = new ArrayList<>(rows);
    sorted.sort(
        java.util.Comparator.comparing(
            r -> standardOf(r) == null ? Integer.MAX_VALUE : standardOf(r)));
    return sorted;
  }

  /** The standard of a criterion: 3 for "3.3"; null when the code does not say. */
  static Integer standardOf(PlanRow row) {
    String code = row.criterionCode();
    if (code == null) {
      return null;
    }
    int dot = code.indexOf('.');
    try {
      return Integer.parseInt((dot < 0 ? code : code.substring(0, dot)).trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** "Tiêu chuẩn 1: Tổ chức và quản lý nhà trường", or "Tiêu chuẩn 1" without its title. */
  static String standardLine(Integer standard, Map<Integer, String> titles) {
    if (standard == null) {
      return "Tiêu chuẩn khác";
    }
    String title = titles.get(standard);
    return "Tiêu chuẩn " + standard + (present(title) ? ": " + title.trim() : "");
  }

  private static List<PlanAction> nullAction() {
    List<PlanAction> none = new ArrayList<>();
    none.add(null);
    return none;
  }

  static String leadAndPartners(PlanAction action) {
    List<String> parts = new ArrayList<>();
    if (present(action.lead())) {
      parts.add("Chủ trì: " + action.lead().trim());
    }
    if (present(action.partners())) {
      parts.add("Phối hợp: " + action.partners().trim());
    }
    return String.join("\n", parts);
  }

  private void implementation(Docx docx, PlanDocument d) {
    docx.heading("IV. TỔ CHỨC THỰC HIỆN");
    int n = 0;
    for (PlanDocument.Responsibility r : d.implementation()) {
      n++;
      docx.roleAndDuties(n + ". " + orEmpty(r.role()).trim(), orEmpty(r.duties()).trim());
    }
  }

  private void signature(Docx docx, PlanDocument d) {
    docx.spacer();
    XWPFTable table = docx.borderlessTable(new int[] {4536, 4535});
    // the signer's title and name stay on one page (a page break never separates them)
    table.getRow(0).setCantSplitRow(true);
    XWPFTableCell left = table.getRow(0).getCell(0);
    docx.write(docx.paragraph(left, Docx.LEFT), "Nơi nhận:", Docx.BOLD_ITALIC, 12);
    d.recipients()
        .forEach(
            r -> docx.write(docx.paragraph(left, Docx.LEFT), "- " + r.trim(), Docx.NORMAL, 11));
    XWPFTableCell right = table.getRow(0).getCell(1);
    docx.write(docx.paragraph(right, Docx.CENTER), upper(d.signerTitle()), Docx.BOLD, 14);
    for (int i = 0; i < 4; i++) {
      docx.paragraph(right, Docx.CENTER);
    }
    docx.write(docx.paragraph(right, Docx.CENTER), orEmpty(d.signerName()).trim(), Docx.BOLD, 14);
    docx.spacer();
  }

  private static String upper(String text) {
    return present(text) ? text.trim().toUpperCase(VI) : "";
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  private static boolean present(String text) {
    return text != null && !text.isBlank();
  }
}
