package vn.eqip.plans.plan.persistence;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;
import vn.eqip.plans.plan.domain.PlanDocument;

/** The stored form of {@link PlanDocument} (column plan.document_json). */
@Serdeable
record DocumentJson(
    @Nullable String superiorBody,
    @Nullable String schoolName,
    @Nullable String abbreviation,
    @Nullable String place,
    @Nullable String issuedOn,
    @Nullable String title,
    @Nullable List<String> purposes,
    @Nullable List<String> legalBases,
    @Nullable String orientation,
    @Nullable List<Role> implementation,
    @Nullable List<String> recipients,
    @Nullable String signerTitle,
    @Nullable String signerName) {

  @Serdeable
  record Role(@Nullable String role, @Nullable String duties) {}

  static DocumentJson of(PlanDocument d) {
    return new DocumentJson(
        d.superiorBody(),
        d.schoolName(),
        d.abbreviation(),
        d.place(),
        d.issuedOn() == null ? null : d.issuedOn().toString(),
        d.title(),
        d.purposes(),
        d.legalBases(),
        d.orientation(),
        d.implementation().stream().map(r -> new Role(r.role(), r.duties())).toList(),
        d.recipients(),
        d.signerTitle(),
        d.signerName());
  }

  PlanDocument toDomain() {
    return new PlanDocument(
        superiorBody,
        schoolName,
        abbreviation,
        place,
        issuedOn == null ? null : LocalDate.parse(issuedOn),
        title,
        purposes,
        legalBases,
        orientation,
        implementation == null
            ? List.of()
            : implementation.stream()
                .map(r -> new PlanDocument.Responsibility(r.role(), r.duties()))
                .toList(),
        recipients,
        signerTitle,
        signerName);
  }
}
