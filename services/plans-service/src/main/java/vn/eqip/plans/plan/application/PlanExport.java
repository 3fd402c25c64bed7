package vn.eqip.plans.plan.application;

import jakarta.inject.Singleton;
import java.text.Normalizer;
import vn.eqip.plans.integration.SchoolRegistryOperations;
import vn.eqip.plans.integration.SchoolRegistryOperations.SchoolInfo;
import vn.eqip.plans.plan.domain.Plan;
import vn.eqip.platform.tenancy.Caller;

/**
 * Downloads a plan as a Word document: whoever may see the plan (its tenant, its school in the
 * caller's scope as the registry judges it) may download it.
 */
@Singleton
public class PlanExport {

  private final PlanChanges changes;
  private final PlanDocumentRenderer renderer;
  private final SchoolRegistryOperations registry;

  public PlanExport(
      PlanChanges changes, PlanDocumentRenderer renderer, SchoolRegistryOperations registry) {
    this.changes = changes;
    this.renderer = renderer;
    this.registry = registry;
  }

  public ExportedDocument wordDocument(Caller caller, String authorization, String planId) {
    VisiblePlan visible = changes.visiblePlan(caller, authorization, planId);
    Plan plan = visible.plan();
    SchoolInfo school = visible.school();
    // the school's circular for the plan's year (cached): the standards' titles of the table
    java.util.Map<Integer, String> standards =
        school.framework() == null
            ? java.util.Map.of()
            : registry.catalog(authorization, school.framework()).standardTitles();
    return new ExportedDocument(
        fileName(plan, school.code()), renderer.render(plan, school.name(), standards));
  }

  /** "KH-cai-tien-2026-2027-11710301.docx": ASCII only, the school's code or else the plan's id. */
  static String fileName(Plan plan, String schoolCode) {
    String who = ascii(schoolCode);
    if (who.isEmpty()) {
      who = ascii(plan.id());
    }
    return "KH-cai-tien-" + plan.schoolYear() + "-" + who + ".docx";
  }

  static String ascii(String text) {
    if (text == null) {
      return "";
    }
    String plain =
        Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    return plain.replaceAll("[^A-Za-z0-9-]+", "-").replaceAll("^-+|-+$", "");
  }
}
