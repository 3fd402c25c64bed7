package vn.eqip.plans.shared;

/**
 * The caller acted on a plan that changed since they loaded it (their If-Match named an older
 * revision, or a concurrent change won the race). Rendered as 409 {@code concurrent-change} with
 * the plan's current status and revision (and its ETag).
 */
public class StalePlan extends RuntimeException {

  private final String currentStatus;
  private final int currentRevision;

  public StalePlan(String currentStatus, int currentRevision, Integer expectedRevision) {
    super(
        "Kế hoạch vừa được người khác thay đổi"
            + (expectedRevision == null
                ? ""
                : " (bạn đang xem bản sửa đổi " + expectedRevision + ")")
            + ": hiện ở trạng thái "
            + currentStatus
            + ", bản sửa đổi "
            + currentRevision
            + ". Tải lại kế hoạch để xem bản mới nhất rồi thực hiện lại (gửi If-Match: \""
            + currentRevision
            + "\").");
    this.currentStatus = currentStatus;
    this.currentRevision = currentRevision;
  }

  public String currentStatus() {
    return currentStatus;
  }

  public int currentRevision() {
    return currentRevision;
  }
}
