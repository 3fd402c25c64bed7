package vn.eqip.plans.plan.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import vn.eqip.plans.plan.domain.Actor;
import vn.eqip.plans.plan.domain.Baseline;
import vn.eqip.plans.plan.domain.DocumentNumber;
import vn.eqip.plans.plan.domain.Plan;
import vn.eqip.plans.plan.domain.PlanAction;
import vn.eqip.plans.plan.domain.PlanDocument;
import vn.eqip.plans.plan.domain.PlanRow;
import vn.eqip.plans.plan.domain.PlanStatus;
import vn.eqip.plans.shared.SchoolYear;

/** Renders a plan and reads the .docx back with XWPF. */
class WordPlanRendererTest {

  static final Actor PRINCIPAL = new Actor("u-principal", "principal.dinhphuoc");

  static final PlanDocument DOCUMENT =
      new PlanDocument(
          "UBND huyện Dầu Tiếng",
          "Trường Tiểu học Định Phước",
          "THĐP",
          "Định Hiệp",
          LocalDate.of(2026, 9, 3),
          "Kế hoạch cải tiến chất lượng giáo dục",
          List.of("Nâng cao chất lượng giáo dục của nhà trường."),
          List.of("Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018 của Bộ GDĐT."),
          "Tập trung vào cơ sở vật chất.",
          List.of(
              new PlanDocument.Responsibility(
                  "Hiệu trưởng – Chủ tịch Hội đồng TĐG", "Chỉ đạo chung.")),
          List.of("Phòng GDĐT huyện Dầu Tiếng;", "Lưu: VT."),
          "Hiệu trưởng",
          "Đỗ Văn Hênh");

  static PlanRow criterion(String code, String target, PlanAction... actions) {
    return new PlanRow(
        "r-" + code, PlanRow.Tier.LEVELS_1_TO_3, code, null, target, List.of(actions));
  }

  static PlanAction action(String description, String lead, String partners, String budget) {
    return new PlanAction("a-" + description, description, lead, partners, "Quý 1/2027", budget);
  }

  /** Two tiers, three rows, four actions; the level-4 row stands between the others. */
  static Plan plan(DocumentNumber number, Baseline baseline, PlanDocument document) {
    List<PlanRow> rows =
        List.of(
            criterion(
                "1.1",
                "Đạt mức 3",
                action("Xây dựng phương hướng", "Hiệu trưởng", "Tổ chuyên môn", "Không"),
                action("Đăng tải lên website", "Phó hiệu trưởng", null, "3 triệu đồng")),
            new PlanRow(
                "r-l4",
                PlanRow.Tier.LEVEL_4,
                null,
                2,
                "Có thư viện điện tử",
                List.of(action("Mua phần mềm", "Nhân viên thư viện", null, "350 triệu đồng"))),
            criterion("3.3", "Đạt mức 2", action("Sửa phòng học", "Hiệu trưởng", null, "Không")));
    return Plan.restore(
        "plan-1",
        "hcm",
        "school-1",
        SchoolYear.parse("2026-2027"),
        PRINCIPAL,
        Instant.parse("2026-09-01T03:00:00Z"),
        baseline,
        PlanStatus.SUBMITTED,
        3,
        PRINCIPAL,
        rows,
        document,
        number);
  }

  static XWPFDocument rendered(Plan plan) throws IOException {
    byte[] bytes =
        new WordPlanRenderer()
            .render(
                plan,
                "Trường Tiểu học Định Phước",
                java.util.Map.of(
                    1, "Tổ chức và quản lý nhà trường", 3, "Cơ sở vật chất và thiết bị dạy học"));
    return new XWPFDocument(new ByteArrayInputStream(bytes));
  }

  static XWPFDocument full() throws IOException {
    return rendered(
        plan(
            new DocumentNumber(56, 2026, "THĐP"),
            new Baseline(
                "as-1", "2025-2026", "Mức 1: 27/27 · Mức 2: 27/27 · Mức 3: 4/19 · Mức 4: 0/5"),
            DOCUMENT));
  }

  static List<String> texts(XWPFTableCell cell) {
    return cell.getParagraphs().stream().map(XWPFParagraph::getText).toList();
  }

  static List<String> texts(XWPFTableRow row) {
    return row.getTableCells().stream().map(XWPFTableCell::getText).toList();
  }

  static List<String> bodyTexts(XWPFDocument doc) {
    return doc.getParagraphs().stream().map(XWPFParagraph::getText).toList();
  }

  @Test
  void the_header_puts_the_school_and_the_national_motto_side_by_side() throws IOException {
    try (XWPFDocument doc = full()) {
      XWPFTable header = doc.getTables().get(0);
      assertEquals(1, header.getNumberOfRows());
      assertEquals(
          List.of("UBND HUYỆN DẦU TIẾNG", "TRƯỜNG TIỂU HỌC ĐỊNH PHƯỚC", "Số: 56/KH-THĐP"),
          texts(header.getRow(0).getCell(0)));
      assertEquals(
          List.of(
              "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
              "Độc lập - Tự do - Hạnh phúc",
              "Định Hiệp, ngày 03 tháng 09 năm 2026"),
          texts(header.getRow(0).getCell(1)));
      XWPFParagraph school = header.getRow(0).getCell(0).getParagraphs().get(1);
      assertTrue(school.getRuns().get(0).isBold());
      List<XWPFParagraph> right = header.getRow(0).getCell(1).getParagraphs();
      assertTrue(right.get(0).getRuns().get(0).isBold());
      assertTrue(right.get(1).getRuns().get(0).isBold());
      assertTrue(right.get(2).getRuns().get(0).isItalic());
      assertEquals("none", header.getTopBorderType().name().toLowerCase());
      assertEquals("none", header.getInsideVBorderType().name().toLowerCase());
    }
  }

  @Test
  void the_title_and_the_sections_follow_the_header() throws IOException {
    try (XWPFDocument doc = full()) {
      List<String> body = bodyTexts(doc);
      int title = body.indexOf("KẾ HOẠCH");
      assertTrue(title >= 0, body.toString());
      assertEquals("Cải tiến chất lượng giáo dục năm học 2026 – 2027", body.get(title + 1));
      XWPFParagraph titleParagraph = doc.getParagraphs().get(title);
      assertEquals(ParagraphAlignment.CENTER, titleParagraph.getAlignment());
      assertTrue(titleParagraph.getRuns().get(0).isBold());
      assertEquals(
          List.of(
              "I. MỤC ĐÍCH, YÊU CẦU",
              "- Nâng cao chất lượng giáo dục của nhà trường.",
              "II. CĂN CỨ XÂY DỰNG KẾ HOẠCH",
              "- Thông tư số 17/2018/TT-BGDĐT ngày 22/8/2018 của Bộ GDĐT.",
              "- Kết quả tự đánh giá năm học 2025-2026: Mức 1: 27/27 · Mức 2: 27/27 · Mức 3: 4/19"
                  + " · Mức 4: 0/5.",
              "- Chủ trương, định hướng: Tập trung vào cơ sở vật chất.",
              "III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
              "IV. TỔ CHỨC THỰC HIỆN",
              "1. Hiệu trưởng – Chủ tịch Hội đồng TĐG: Chỉ đạo chung."),
          body.subList(title + 2, title + 11));
    }
  }

  @Test
  void the_content_table_groups_rows_by_tier_and_standard_with_one_row_per_action()
      throws IOException {
    try (XWPFDocument doc = full()) {
      XWPFTable table = doc.getTables().get(1);
      XWPFTableRow head = table.getRow(0);
      assertEquals(WordPlanRenderer.COLUMNS, texts(head));
      assertTrue(head.isRepeatHeader());
      assertEquals(XWPFTable.XWPFBorderType.SINGLE, table.getInsideVBorderType());
      assertEquals(9, table.getNumberOfRows());
      assertEquals(List.of("Mức 1, 2, 3"), texts(table.getRow(1)));
      assertEquals(List.of("Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"), texts(table.getRow(2)));
      assertEquals(
          List.of("Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học"), texts(table.getRow(5)));
      assertEquals(
          List.of(
              "1",
              "Tiêu chí 1.1",
              "Đạt mức 3",
              "Xây dựng phương hướng",
              "Chủ trì: Hiệu trưởng\nPhối hợp: Tổ chuyên môn",
              "Quý 1/2027",
              "Không",
              "",
              ""),
          texts(table.getRow(3)));
      assertEquals(
          List.of(
              "",
              "",
              "",
              "Đăng tải lên website",
              "Chủ trì: Phó hiệu trưởng",
              "Quý 1/2027",
              "3 triệu đồng",
              "",
              ""),
          texts(table.getRow(4)));
      assertEquals(
          List.of(
              "2",
              "Tiêu chí 3.3",
              "Đạt mức 2",
              "Sửa phòng học",
              "Chủ trì: Hiệu trưởng",
              "Quý 1/2027",
              "Không",
              "",
              ""),
          texts(table.getRow(6)));
      assertEquals(List.of("Mức 4"), texts(table.getRow(7)));
      assertEquals(
          List.of(
              "3",
              "Yêu cầu Mức 4 số 2",
              "Có thư viện điện tử",
              "Mua phần mềm",
              "Chủ trì: Nhân viên thư viện",
              "Quý 1/2027",
              "350 triệu đồng",
              "",
              ""),
          texts(table.getRow(8)));
      assertEquals(
          9, table.getRow(1).getCell(0).getCTTc().getTcPr().getGridSpan().getVal().intValue());
    }
  }

  @Test
  void the_criterion_cells_of_a_criterion_with_two_actions_are_merged_vertically()
      throws IOException {
    try (XWPFDocument doc = full()) {
      XWPFTable table = doc.getTables().get(1);
      for (int c = 0; c < 3; c++) {
        assertEquals(STMerge.RESTART, vMerge(table.getRow(3).getCell(c)));
        assertEquals(STMerge.CONTINUE, vMerge(table.getRow(4).getCell(c)));
        assertNull(vMerge(table.getRow(6).getCell(c)), "a single action is not merged");
      }
      for (int c = 3; c < 9; c++) {
        assertNull(vMerge(table.getRow(3).getCell(c)), "action cells are never merged");
      }
    }
  }

  @Test
  void rows_of_one_standard_stand_together_and_a_standard_without_title_is_named_by_number()
      throws IOException {
    List<PlanRow> rows =
        List.of(
            criterion("2.1", "Đạt mức 3", action("Bồi dưỡng", "Hiệu trưởng", null, "Không")),
            criterion("1.2", "Đạt mức 2", action("Kiện toàn", "Hiệu trưởng", null, "Không")),
            criterion("2.3", "Đạt mức 2", action("Tuyển dụng", "Hiệu trưởng", null, "Không")));
    Plan plan =
        Plan.restore(
            "plan-2",
            "hcm",
            "school-1",
            SchoolYear.parse("2026-2027"),
            PRINCIPAL,
            Instant.parse("2026-09-01T03:00:00Z"),
            null,
            PlanStatus.DRAFT,
            1,
            null,
            rows,
            DOCUMENT,
            null);
    byte[] bytes = new WordPlanRenderer().render(plan, "Trường Tiểu học Định Phước");
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
      XWPFTable table = doc.getTables().get(1);
      List<String> firstCells = table.getRows().stream().skip(1).map(r -> texts(r).get(0)).toList();
      assertEquals(
          List.of("Mức 1, 2, 3", "Tiêu chuẩn 1", "1", "Tiêu chuẩn 2", "2", "3"), firstCells);
      assertEquals("Tiêu chí 2.3", texts(table.getRow(6)).get(1));
    }
  }

  static STMerge.Enum vMerge(XWPFTableCell cell) {
    var props = cell.getCTTc().getTcPr();
    return props == null || !props.isSetVMerge() ? null : props.getVMerge().getVal();
  }

  @Test
  void recipients_stand_left_and_the_signer_right() throws IOException {
    try (XWPFDocument doc = full()) {
      XWPFTable signature = doc.getTables().get(2);
      assertEquals(
          List.of("Nơi nhận:", "- Phòng GDĐT huyện Dầu Tiếng;", "- Lưu: VT."),
          texts(signature.getRow(0).getCell(0)));
      List<String> right =
          texts(signature.getRow(0).getCell(1)).stream().filter(t -> !t.isEmpty()).toList();
      assertEquals(List.of("HIỆU TRƯỞNG", "Đỗ Văn Hênh"), right);
      XWPFRun recipient = signature.getRow(0).getCell(0).getParagraphs().get(1).getRuns().get(0);
      assertEquals(11.0, recipient.getFontSizeAsDouble());
    }
  }

  @Test
  void the_page_is_a4_portrait_with_the_official_margins() throws IOException {
    try (XWPFDocument doc = full()) {
      CTSectPr sect = doc.getDocument().getBody().getSectPr();
      assertEquals("11906", String.valueOf(sect.getPgSz().getW()));
      assertEquals("16838", String.valueOf(sect.getPgSz().getH()));
      assertEquals("1134", String.valueOf(sect.getPgMar().getTop()));
      assertEquals("850", String.valueOf(sect.getPgMar().getBottom()));
      assertEquals("1701", String.valueOf(sect.getPgMar().getLeft()));
      assertEquals("1134", String.valueOf(sect.getPgMar().getRight()));
      assertTrue(
          doc.getHeaderList().stream()
              .flatMap(h -> h.getParagraphs().stream())
              .anyMatch(
                  p ->
                      p.getCTP().sizeOfFldSimpleArray() > 0
                          && "PAGE".equals(p.getCTP().getFldSimpleArray(0).getInstr())),
          "page numbers");
    }
  }

  @Test
  void every_run_is_times_new_roman_the_text_13_or_14_points_the_table_11() throws IOException {
    try (XWPFDocument doc = full()) {
      List<XWPFRun> runs = new ArrayList<>();
      doc.getParagraphs().forEach(p -> runs.addAll(p.getRuns()));
      List<XWPFRun> body = List.copyOf(runs);
      for (XWPFTable t : doc.getTables()) {
        t.getRows()
            .forEach(
                r ->
                    r.getTableCells()
                        .forEach(c -> c.getParagraphs().forEach(p -> runs.addAll(p.getRuns()))));
      }
      assertFalse(body.isEmpty());
      runs.forEach(r -> assertEquals("Times New Roman", r.getFontFamily(), r.text()));
      body.forEach(
          r ->
              assertTrue(
                  r.getFontSizeAsDouble() >= 13 && r.getFontSizeAsDouble() <= 14,
                  r.text() + " " + r.getFontSizeAsDouble()));
      // the header's body names and the motto in 12 pt (NĐ 30: 12–13), the table in 11 pt
      XWPFTable header = doc.getTables().get(0);
      assertEquals(
          12.0,
          header
              .getRow(0)
              .getCell(1)
              .getParagraphs()
              .get(0)
              .getRuns()
              .get(0)
              .getFontSizeAsDouble());
      XWPFTable content = doc.getTables().get(1);
      content.getRows().stream()
          .flatMap(r -> r.getTableCells().stream())
          .flatMap(c -> c.getParagraphs().stream())
          .flatMap(p -> p.getRuns().stream())
          .forEach(r -> assertEquals(11.0, r.getFontSizeAsDouble(), r.text()));
    }
  }

  @Test
  void what_the_plan_does_not_have_yet_is_left_blank_never_invented() throws IOException {
    PlanDocument bare =
        new PlanDocument(
            null, null, null, null, null, null, List.of(), List.of(), null, List.of(), List.of(),
            null, null);
    try (XWPFDocument doc = rendered(plan(null, null, bare))) {
      List<String> left = texts(doc.getTables().get(0).getRow(0).getCell(0));
      assertEquals("", left.get(0), "no superior body");
      assertEquals("TRƯỜNG TIỂU HỌC ĐỊNH PHƯỚC", left.get(1), "the registry's name");
      assertEquals("Số:      /KH-THĐP", left.get(2), "no number before the first submission");
      assertEquals(
          "……, ngày …… tháng …… năm ……", texts(doc.getTables().get(0).getRow(0).getCell(1)).get(2));
      List<String> body = bodyTexts(doc);
      assertFalse(body.stream().anyMatch(t -> t.contains("Kết quả tự đánh giá")), "no baseline");
      assertFalse(body.stream().anyMatch(t -> t.contains("Chủ trương")), "no orientation");
      assertEquals(List.of("Nơi nhận:"), texts(doc.getTables().get(2).getRow(0).getCell(0)));
      assertTrue(
          texts(doc.getTables().get(2).getRow(0).getCell(1)).stream().allMatch(String::isEmpty));
    }
  }
}
