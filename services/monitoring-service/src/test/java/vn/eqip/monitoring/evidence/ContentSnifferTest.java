package vn.eqip.monitoring.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ContentSnifferTest {

  @Test
  void each_allowed_kind_is_recognised_from_its_content() {
    assertEquals(Optional.of(EvidenceType.PDF), ContentSniffer.detect(Samples.pdf()));
    assertEquals(Optional.of(EvidenceType.PNG), ContentSniffer.detect(Samples.png()));
    assertEquals(Optional.of(EvidenceType.JPEG), ContentSniffer.detect(Samples.jpeg()));
    assertEquals(Optional.of(EvidenceType.DOCX), ContentSniffer.detect(Samples.docx()));
    assertEquals(Optional.of(EvidenceType.XLSX), ContentSniffer.detect(Samples.xlsx()));
    assertEquals(Optional.of(EvidenceType.DOC), ContentSniffer.detect(Samples.doc()));
    assertEquals(Optional.of(EvidenceType.XLS), ContentSniffer.detect(Samples.xls()));
  }

  @Test
  void an_executable_html_or_empty_file_is_no_allowed_kind() {
    assertTrue(ContentSniffer.detect(Samples.exe()).isEmpty());
    assertTrue(ContentSniffer.detect(Samples.html()).isEmpty());
    assertTrue(ContentSniffer.detect(new byte[0]).isEmpty());
  }

  @Test
  void a_zip_that_is_not_a_word_or_excel_document_is_refused_macro_documents_too() {
    assertTrue(ContentSniffer.detect(Samples.plainZip()).isEmpty());
    assertTrue(ContentSniffer.detect(Samples.docm()).isEmpty());
    assertTrue(ContentSniffer.detect(new byte[] {'P', 'K', 3, 4, 0, 0}).isEmpty());
  }

  @Test
  void an_ole2_file_that_is_neither_doc_nor_xls_is_refused() {
    byte[] ole2 = Samples.concat(Samples.doc(), new byte[0]);
    ole2[ole2.length - 2] = 'X';
    assertTrue(ContentSniffer.detect(ole2).isEmpty());
  }

  @Test
  void file_names_keep_only_the_last_segment_and_download_names_are_safe() {
    assertEquals("passwd.pdf", FileNames.clean("../../etc/passwd.pdf"));
    assertEquals("a.pdf", FileNames.clean("C:\\x\\a.pdf"));
    assertEquals("minh-chung", FileNames.clean("  "));
    assertEquals(
        "attachment; filename=\"Bien ban hop to.pdf\";"
            + " filename*=UTF-8''Bi%C3%AAn%20b%E1%BA%A3n%20h%E1%BB%8Dp%20t%E1%BB%95.pdf",
        FileNames.attachment("Biên bản họp tổ.pdf"));
  }

  @Test
  void a_download_name_that_claims_another_type_gets_the_extension_of_the_content() {
    assertEquals("anh.pdf.png", FileNames.downloadName("anh.pdf", EvidenceType.PNG));
    assertEquals("bao-cao.html.pdf", FileNames.downloadName("bao-cao.html", EvidenceType.PDF));
    assertEquals("hoadon.exe.xlsx", FileNames.downloadName("hoadon.exe", EvidenceType.XLSX));
    assertEquals("minh-chung.doc", FileNames.downloadName("minh-chung", EvidenceType.DOC));
    assertEquals("Bảng điểm.XLSX", FileNames.downloadName("Bảng điểm.XLSX", EvidenceType.XLSX));
    assertEquals("Ảnh.jpeg", FileNames.downloadName("Ảnh.jpeg", EvidenceType.JPEG));
    assertEquals("Ảnh.JPG", FileNames.downloadName("Ảnh.JPG", EvidenceType.JPEG));
    for (EvidenceType type : EvidenceType.values()) {
      assertEquals(type, EvidenceType.ofContentType(type.contentType()).orElseThrow());
    }
  }
}
