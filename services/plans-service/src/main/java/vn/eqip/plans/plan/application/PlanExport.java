package vn.eqip.plans.plan.application;

import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.text.Normalizer;
import vn.eqip.plans.integration.SchoolRegistryOperations;
import vn.eqip.plans.integration.SchoolRegistryOperations.SchoolInfo;
import vn.eqip.plans.plan.domain.Plan;
import vn.eqip.platform.tenancy.Caller;
import vn.eqip.platform.web.ProblemException;

/**
 * Downloads a plan as a Word document: whoever may see the plan (its tenant, its school in the
 * caller's scope as the registry judges it) may download it.
 */
@Singleton
public class PlanExport {

  private final Plans plans;
  private final SchoolRegistryOperations registry;
  private final PlanDocumentRenderer renderer;
  private final TransactionOperations<Connection> tx;

  public PlanExport(
      Plans plans,
      SchoolRegistryOperations registry,
      PlanDocumentRenderer renderer,
      TransactionOperations<Connection> tx) {
    this.plans = plans;
    this.registry = registry;
    this.renderer = renderer;
    this.tx = tx;
  }

  public ExportedDocument wordDocument(Caller caller, String authorization, String planId) {
    Plan plan =
        tx.executeRead(status -> plans.find(caller.tenantId(), planId))
            .orElseThrow(() -> ProblemException.notFound("kế hoạch " + planId));
    SchoolInfo school =
        registry
            .visibleSchool(authorization, plan.schoolId())
            .orElseThrow(() -> ProblemException.notFound("kế hoạch " + planId));
    return new ExportedDocument(
        fileName(plan, school.code()), renderer.render(plan, school.name()));
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
