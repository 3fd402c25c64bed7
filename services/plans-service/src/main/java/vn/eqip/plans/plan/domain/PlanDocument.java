package vn.eqip.plans.plan.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * The plan as a document, around its content table (Nghị định 30/2020/NĐ-CP layout): the header
 * (superior body, issuing school, the abbreviation used in the number and symbol, place and date),
 * the title, I. purposes, II. legal bases, the orientation, the implementation section (roles and
 * their duties), recipients (Nơi nhận), and the signer's title and name. Every field may be empty
 * while the plan is a draft.
 */
public record PlanDocument(
    String superiorBody,
    String schoolName,
    String abbreviation,
    String place,
    LocalDate issuedOn,
    String title,
    List<String> purposes,
    List<String> legalBases,
    String orientation,
    List<Responsibility> implementation,
    List<String> recipients,
    String signerTitle,
    String signerName) {

  public static final String DEFAULT_TITLE = "Kế hoạch cải tiến chất lượng giáo dục";

  public static final PlanDocument EMPTY =
      new PlanDocument(
          null,
          null,
          null,
          null,
          null,
          DEFAULT_TITLE,
          List.of(),
          List.of(),
          null,
          List.of(),
          List.of(),
          null,
          null);

  public PlanDocument {
    purposes = purposes == null ? List.of() : List.copyOf(purposes);
    legalBases = legalBases == null ? List.of() : List.copyOf(legalBases);
    implementation = implementation == null ? List.of() : List.copyOf(implementation);
    recipients = recipients == null ? List.of() : List.copyOf(recipients);
  }

  /**
   * A role of the implementation section ("Hiệu trưởng – Chủ tịch Hội đồng TĐG") and its duties.
   */
  public record Responsibility(String role, String duties) {}
}
