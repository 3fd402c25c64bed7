package vn.eqip.monitoring.evidence;

/** The kinds of evidence file accepted, each with the content type it is served with. */
public enum EvidenceType {
  PDF("application/pdf"),
  PNG("image/png"),
  JPEG("image/jpeg"),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
  DOC("application/msword"),
  XLS("application/vnd.ms-excel");

  private final String contentType;

  EvidenceType(String contentType) {
    this.contentType = contentType;
  }

  public String contentType() {
    return contentType;
  }
}
