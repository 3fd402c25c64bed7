package vn.eqip.plans.authoring.application;

import java.time.LocalDate;
import java.util.List;
import vn.eqip.plans.plan.domain.PlanDocument;

/**
 * A change of the document fields around the table: a null field is left as it is, a given one (a
 * list included) replaces the stored value; an empty text clears it.
 */
public record EditPlanDocument(
    String superiorBody,
    String schoolName,
    String abbreviation,
    String place,
    LocalDate issuedOn,
    String title,
    List<String> purposes,
    List<String> legalBases,
    String orientation,
    List<PlanDocument.Responsibility> implementation,
    List<String> recipients,
    String signerTitle,
    String signerName) {

  public PlanDocument applyTo(PlanDocument d) {
    return new PlanDocument(
        text(superiorBody, d.superiorBody()),
        text(schoolName, d.schoolName()),
        text(abbreviation, d.abbreviation()),
        text(place, d.place()),
        issuedOn == null ? d.issuedOn() : issuedOn,
        title == null ? d.title() : title.isBlank() ? PlanDocument.DEFAULT_TITLE : title.trim(),
        list(purposes, d.purposes()),
        list(legalBases, d.legalBases()),
        text(orientation, d.orientation()),
        implementation == null ? d.implementation() : implementation,
        list(recipients, d.recipients()),
        text(signerTitle, d.signerTitle()),
        text(signerName, d.signerName()));
  }

  private static String text(String given, String current) {
    if (given == null) {
      return current;
    }
    return given.isBlank() ? null : given.trim();
  }

  private static List<String> list(List<String> given, List<String> current) {
    return given == null
        ? current
        : given.stream().filter(s -> s != null && !s.isBlank()).map(String::trim).toList();
  }
}
