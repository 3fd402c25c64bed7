package vn.eqip.monitoring.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files of each kind, built by hand (only their first bytes and structure matter). */
public final class Samples {

  private Samples() {}

  public static byte[] pdf() {
    return ("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  public static byte[] png() {
    return concat(
        new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D},
        "IHDR".getBytes(StandardCharsets.US_ASCII));
  }

  public static byte[] jpeg() {
    return new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F'};
  }

  public static byte[] docx() {
    return officeZip(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
        "word/document.xml");
  }

  public static byte[] xlsx() {
    return officeZip(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
        "xl/workbook.xml");
  }

  public static byte[] docm() {
    return officeZip("application/vnd.ms-word.document.macroEnabled.main+xml", "word/document.xml");
  }

  public static byte[] plainZip() {
    return zip(Map.of("readme.txt", "xin chào"));
  }

  public static byte[] doc() {
    return ole2("WordDocument");
  }

  public static byte[] xls() {
    return ole2("Workbook");
  }

  public static byte[] exe() {
    byte[] b = new byte[256];
    b[0] = 'M';
    b[1] = 'Z';
    return b;
  }

  public static byte[] html() {
    return "<!DOCTYPE html><html><script>alert(1)</script></html>"
        .getBytes(StandardCharsets.US_ASCII);
  }

  private static byte[] ole2(String stream) {
    byte[] header = {
      (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };
    return concat(concat(header, new byte[504]), stream.getBytes(StandardCharsets.UTF_16LE));
  }

  private static byte[] officeZip(String mainType, String mainPart) {
    String types =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types"
            + " xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override"
            + " PartName=\"/"
            + mainPart
            + "\" ContentType=\""
            + mainType
            + "\"/></Types>";
    return zip(Map.of("[Content_Types].xml", types, mainPart, "<x/>"));
  }

  private static byte[] zip(Map<String, String> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> e : entries.entrySet()) {
        zip.putNextEntry(new ZipEntry(e.getKey()));
        zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  public static byte[] concat(byte[] a, byte[] b) {
    byte[] c = new byte[a.length + b.length];
    System.arraycopy(a, 0, c, 0, a.length);
    System.arraycopy(b, 0, c, a.length, b.length);
    return c;
  }
}
