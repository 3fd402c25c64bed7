package vn.eqip.monitoring.evidence;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of evidence file accepted, each with the content type it is served with and the file
 * name extensions that belong to it (the first one is given to a download whose name claims another
 * type).
 */
public enum EvidenceType {
  PDF("application/pdf", "pdf"),
  PNG("image/png", "png"),
  JPEG("image/jpeg", "jpg", "jpeg"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
  DOC("application/msword", "doc"),
  XLS("application/vnd.ms-excel", "xls");

  private final String contentType;
  private final List<String> extensions;

  EvidenceType(String contentType, String... extensions) {
    this.contentType = contentType;
    this.extensions = List.of(extensions);
  }

  public String contentType() {
    return contentType;
  }

  /** Lower case, without the dot; the first is the usual one. */
  public List<String> extensions() {
    return extensions;
  }

  public static Optional<EvidenceType> ofContentType(String contentType) {
    return Arrays.stream(values()).filter(t -> t.contentType.equals(contentType)).findFirst();
  }
}
