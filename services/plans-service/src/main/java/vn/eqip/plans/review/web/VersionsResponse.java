package vn.eqip.plans.review.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import vn.eqip.plans.authoring.web.PlanResponse;
import vn.eqip.plans.plan.domain.PlanVersion;

/** The submitted versions of a plan, oldest first, each as it was submitted. */
@Serdeable
public record VersionsResponse(List<Item> items) {

  @Serdeable
  public record Item(
      int version,
      int revision,
      String submittedBy,
      Instant submittedAt,
      @Nullable String documentNumber,
      PlanResponse.Document document,
      List<PlanResponse.Row> rows) {}

  static Item item(PlanVersion v) {
    return new Item(
        v.number(),
        v.revision(),
        v.submittedBy(),
        v.submittedAt(),
        v.documentNumber(),
        PlanResponse.Document.of(v.document()),
        IntStream.range(0, v.rows().size())
            .mapToObj(i -> PlanResponse.row(i + 1, v.rows().get(i), null))
            .toList());
  }
}
