package vn.eqip.platform.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * Opens our Office files the way a user's office suite does: LibreOffice headless converts a .docx
 * to PDF (then poppler's {@code pdftotext} reads the text a reader sees) or an .xlsx to CSV (with
 * every formula evaluated by LibreOffice, not by us). {@code .ci/run} installs both; outside CI a
 * machine without them skips these checks, on CI ({@code CI=true}) a missing tool fails them.
 */
public final class LibreOffice {

  private static final long TIMEOUT_SECONDS = 120;

  private LibreOffice() {}

  /** Skips the calling test where LibreOffice (and pdftotext) are missing, except on CI. */
  public static void assumeInstalled() {
    boolean installed = soffice().isPresent() && onPath("pdftotext").isPresent();
    if (!installed && "true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException(
          "LibreOffice (soffice) and pdftotext are required on CI: .ci/run installs"
              + " libreoffice-writer-nogui, libreoffice-calc-nogui and poppler-utils");
    }
    Assumptions.assumeTrue(installed, "LibreOffice or pdftotext not installed: check skipped");
  }

  /** The text of the PDF LibreOffice makes of {@code docx}, page by page as a reader sees it. */
  public static String docxToPdfText(byte[] docx) throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("eqip-office-");
    Path in = dir.resolve("document.docx");
    Files.write(in, docx);
    Path pdf = convert(dir, in, "pdf");
    Path txt = dir.resolve("document.txt");
    run(
        dir,
        List.of(
            onPath("pdftotext").orElseThrow().toString(),
            "-layout",
            pdf.toString(),
            txt.toString()));
    return Files.readString(txt, StandardCharsets.UTF_8);
  }

  /**
   * The first sheet of {@code xlsx} as LibreOffice computes it, one list of cell texts per row (CSV
   * in UTF-8, formulas replaced by their values as formatted in the sheet).
   */
  public static List<List<String>> xlsxToRows(byte[] xlsx)
      throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("eqip-office-");
    Path in = dir.resolve("report.xlsx");
    Files.write(in, xlsx);
    // filter options: comma, double quote, UTF-8 (76), first line 1, cell values as shown (true)
    Path csv = convert(dir, in, "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true");
    return Csv.parse(Files.readString(csv, StandardCharsets.UTF_8));
  }

  private static Path convert(Path dir, Path in, String target)
      throws IOException, InterruptedException {
    Path profile = dir.resolve("profile");
    run(
        dir,
        List.of(
            soffice().orElseThrow().toString(),
            "-env:UserInstallation=" + profile.toUri(),
            "--headless",
            "--norestore",
            "--convert-to",
            target,
            "--outdir",
            dir.toString(),
            in.toString()));
    String extension = target.contains(":") ? target.substring(0, target.indexOf(':')) : target;
    String base = in.getFileName().toString().replaceFirst("\\.[^.]+$", "");
    Path out = dir.resolve(base + "." + extension);
    if (!Files.isRegularFile(out)) {
      throw new IOException("LibreOffice made no " + extension + " of " + in);
    }
    return out;
  }

  private static void run(Path dir, List<String> command) throws IOException, InterruptedException {
    Path log = dir.resolve("command.log");
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new IOException(command.get(0) + " did not finish in " + TIMEOUT_SECONDS + " s");
    }
    if (process.exitValue() != 0) {
      throw new IOException(
          String.join(" ", command)
              + " failed ("
              + process.exitValue()
              + "): "
              + Files.readString(log));
    }
  }

  private static Optional<Path> soffice() {
    return onPath("soffice").or(() -> onPath("libreoffice"));
  }

  private static Optional<Path> onPath(String name) {
    String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
    return Stream.of(path.split(java.io.File.pathSeparator))
        .map(p -> Path.of(p, name))
        .filter(Files::isExecutable)
        .findFirst();
  }

  /** RFC 4180 CSV as LibreOffice writes it: quoted fields may hold commas, quotes and newlines. */
  static final class Csv {

    private Csv() {}

    static List<List<String>> parse(String text) {
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder field = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            field.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          row.add(field.toString());
          field.setLength(0);
        } else if (c == '\n' || c == '\r') {
          if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          row.add(field.toString());
          field.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
        } else {
          field.append(c);
        }
      }
      if (field.length() > 0 || !row.isEmpty()) {
        row.add(field.toString());
        rows.add(row);
      }
      return rows;
    }
  }
}
