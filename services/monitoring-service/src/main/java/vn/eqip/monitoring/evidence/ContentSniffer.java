package vn.eqip.monitoring.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Tells the type of a file from its content (magic bytes), never from its name: PDF, PNG, JPEG;
 * DOCX and XLSX (a zip whose {@code [Content_Types].xml} declares the main Word or Excel part; a
 * macro-enabled document declares another type and is refused); DOC and XLS (an OLE2 compound file
 * with a {@code WordDocument} or {@code Workbook}/{@code Book} stream). Anything else is empty.
 */
public final class ContentSniffer {

  private static final byte[] PDF = "%PDF-".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };
  private static final String DOCX_MAIN =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
  private static final String XLSX_MAIN =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  private static final int CONTENT_TYPES_MAX = 256 * 1024;
  private static final int ZIP_ENTRIES_MAX = 10_000;

  private ContentSniffer() {}

  public static Optional<EvidenceType> detect(byte[] content) {
    if (content == null || content.length == 0) {
      return Optional.empty();
    }
    if (startsWith(content, PDF)) {
      return Optional.of(EvidenceType.PDF);
    }
    if (startsWith(content, PNG)) {
      return Optional.of(EvidenceType.PNG);
    }
    if (startsWith(content, JPEG)) {
      return Optional.of(EvidenceType.JPEG);
    }
    if (startsWith(content, ZIP)) {
      return officeOpenXml(content);
    }
    if (startsWith(content, OLE2)) {
      return ole2(content);
    }
    return Optional.empty();
  }

  private static Optional<EvidenceType> officeOpenXml(byte[] content) {
    try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
      ZipEntry entry;
      int seen = 0;
      while ((entry = zip.getNextEntry()) != null && seen++ < ZIP_ENTRIES_MAX) {
        if ("[Content_Types].xml".equals(entry.getName())) {
          String types = new String(readAtMost(zip, CONTENT_TYPES_MAX), StandardCharsets.UTF_8);
          if (types.contains("\"" + DOCX_MAIN + "\"")) {
            return Optional.of(EvidenceType.DOCX);
          }
          if (types.contains("\"" + XLSX_MAIN + "\"")) {
            return Optional.of(EvidenceType.XLSX);
          }
          return Optional.empty();
        }
      }
      return Optional.empty();
    } catch (IOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The stream names of an OLE2 directory are UTF-16LE; DOC has WordDocument, XLS Workbook. */
  private static Optional<EvidenceType> ole2(byte[] content) {
    if (contains(content, utf16("WordDocument"))) {
      return Optional.of(EvidenceType.DOC);
    }
    if (contains(content, utf16("Workbook")) || contains(content, utf16("Book\0"))) {
      return Optional.of(EvidenceType.XLS);
    }
    return Optional.empty();
  }

  private static byte[] readAtMost(InputStream in, int max) throws IOException {
    byte[] bytes = in.readNBytes(max + 1);
    if (bytes.length > max) {
      throw new IOException("[Content_Types].xml too large");
    }
    return bytes;
  }

  private static byte[] utf16(String name) {
    return name.getBytes(StandardCharsets.UTF_16LE);
  }

  private static boolean startsWith(byte[] content, byte[] prefix) {
    return content.length >= prefix.length
        && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
  }

  private static boolean contains(byte[] content, byte[] needle) {
    outer:
    for (int i = 0; i <= content.length - needle.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (content[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
