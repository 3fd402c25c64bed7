package vn.eqip.plans.plan.application;

import java.util.Map;
import vn.eqip.plans.plan.domain.Plan;

/**
 * The port that turns a plan into a document file (the Word adapter lives in {@code plan/export}).
 */
public interface PlanDocumentRenderer {

  /**
   * The plan as a document in the official administrative layout.
   *
   * @param registeredSchoolName the school's name in the registry, used when the plan's header does
   *     not name the school yet (may be null)
   * @param standardTitles the titles of the circular's standards by number, for the table's
   *     grouping rows ("Tiêu chuẩn 1: Tổ chức và quản lý nhà trường"); a standard without a title
   *     is named by its number only
   */
  byte[] render(Plan plan, String registeredSchoolName, Map<Integer, String> standardTitles);

  default byte[] render(Plan plan, String registeredSchoolName) {
    return render(plan, registeredSchoolName, Map.of());
  }
}
