package vn.eqip.plans.plan.export;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.eqip.plans.plan.domain.Baseline;
import vn.eqip.plans.plan.domain.DocumentNumber;
import vn.eqip.platform.testing.LibreOffice;

/**
 * The plan as a school opens it: LibreOffice turns our .docx into a PDF, and the text a reader sees
 * there has every Vietnamese letter intact (no missing glyphs, no decomposed marks), the motto, the
 * number and symbol, the grouping rows and the signature block.
 */
class WordInLibreOfficeTest {

  @Test
  void the_plan_renders_to_pdf_with_its_vietnamese_text_intact() throws Exception {
    LibreOffice.assumeInstalled();
    byte[] docx =
        new WordPlanRenderer()
            .render(
                WordPlanRendererTest.plan(
                    new DocumentNumber(56, 2026, "THĐP"),
                    new Baseline(
                        "as-1",
                        "2025-2026",
                        "Mức 1: 27/27 · Mức 2: 27/27 · Mức 3: 4/19 · Mức 4: 0/5"),
                    WordPlanRendererTest.DOCUMENT),
                "Trường Tiểu học Định Phước",
                Map.of(
                    1, "Tổ chức và quản lý nhà trường", 3, "Cơ sở vật chất và thiết bị dạy học"));

    String pdf = Normalizer.normalize(LibreOffice.docxToPdfText(docx), Normalizer.Form.NFC);
    String flat = pdf.replaceAll("\\s+", " ");

    for (String expected :
        List.of(
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
            "Độc lập - Tự do - Hạnh phúc",
            "Số: 56/KH-THĐP",
            "KẾ HOẠCH",
            "Định Hiệp, ngày 03 tháng 09 năm 2026",
            "Cải tiến chất lượng giáo dục năm học 2026 – 2027",
            "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học",
            "III. NỘI DUNG KẾ HOẠCH CẢI TIẾN CHẤT LƯỢNG GIÁO DỤC",
            "Mức 1: 27/27 · Mức 2: 27/27 · Mức 3: 4/19 · Mức 4: 0/5",
            "Đỗ Văn Hênh")) {
      assertTrue(flat.contains(expected), () -> "missing «" + expected + "» in:\n" + pdf);
    }
    assertTrue(flat.contains("Tiêu chuẩn 1"), pdf);
    assertTrue(flat.contains("Tiêu chuẩn 3"), pdf);
    assertTrue(!pdf.contains("\uFFFD"), "replacement characters in the PDF text");
    // the table keeps words whole: no "Khôn" / "g" or "1/202" / "7" split over lines
    assertTrue(pdf.matches("(?s).*\\bKhông\\b.*"), pdf);
    assertTrue(pdf.contains("1/2027"), pdf);
    assertTrue(pdf.lines().anyMatch(line -> line.strip().startsWith("TT ")), "TT on one line");
  }
}
