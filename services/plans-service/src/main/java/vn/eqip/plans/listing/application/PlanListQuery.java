package vn.eqip.plans.listing.application;

import java.util.ArrayList;
import java.util.List;
import vn.eqip.plans.plan.domain.PlanStatus;
import vn.eqip.plans.shared.InvalidInput;
import vn.eqip.plans.shared.SchoolYear;

/**
 * The filters of the plan list; every one optional. {@code late}: true lists the plans flagged late
 * (submitted after the deadline, not submitted by it, or left undecided past the review period),
 * false the others. Pages count from 0. {@code decider}: only the submitted plans whose awaited
 * approval level is this org unit (a reviewer's "chờ tôi quyết định", ADR 0018), or null.
 */
public record PlanListQuery(
    String schoolYear,
    PlanStatus status,
    String schoolId,
    String orgUnitId,
    Boolean late,
    int page,
    int size,
    String decider) {

  /** The same filters, limited to the plans a reviewer of {@code orgUnitId} decides now. */
  public PlanListQuery decidedBy(String orgUnitId) {
    return new PlanListQuery(
        schoolYear, status, schoolId, this.orgUnitId, late, page, size, orgUnitId);
  }

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 200;

  public static PlanListQuery of(
      String schoolYear,
      String status,
      String schoolId,
      String orgUnitId,
      Boolean late,
      Integer page,
      Integer size) {
    List<InvalidInput.Violation> errors = new ArrayList<>();
    String year = null;
    if (schoolYear != null && !schoolYear.isBlank()) {
      try {
        year = SchoolYear.parse(schoolYear.trim()).toString();
      } catch (InvalidInput e) {
        errors.addAll(e.violations());
      }
    }
    PlanStatus wanted = null;
    if (status != null && !status.isBlank()) {
      try {
        wanted = PlanStatus.valueOf(status.trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        errors.add(
            new InvalidInput.Violation(
                "status",
                "Trạng thái \""
                    + status
                    + "\" không có; dùng một trong "
                    + java.util.Arrays.toString(PlanStatus.values())
                    + "."));
      }
    }
    int p = page == null ? 0 : page;
    int s = size == null ? DEFAULT_SIZE : size;
    if (p < 0) {
      errors.add(new InvalidInput.Violation("page", "Trang (page) bắt đầu từ 0."));
    }
    if (s < 1 || s > MAX_SIZE) {
      errors.add(
          new InvalidInput.Violation(
              "size", "Số kế hoạch mỗi trang (size) từ 1 đến " + MAX_SIZE + "."));
    }
    if (!errors.isEmpty()) {
      throw new InvalidInput(errors);
    }
    return new PlanListQuery(year, wanted, blank(schoolId), blank(orgUnitId), late, p, s, null);
  }

  private static String blank(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }

  public long offset() {
    return (long) page * size;
  }
}
