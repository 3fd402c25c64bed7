package vn.eqip.plans.authoring.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import vn.eqip.plans.plan.domain.lint.Finding;
import vn.eqip.plans.plan.domain.lint.LintReport;

/** The linter's findings: errors block submission, warnings do not. */
@Serdeable
public record LintResponse(List<Item> errors, List<Item> warnings) {

  @Serdeable
  public record Item(@Nullable String rowId, int rowNo, String code, String message) {
    static Item of(Finding f) {
      return new Item(f.rowId(), f.rowNo(), f.code(), f.message());
    }
  }

  public static LintResponse of(LintReport report) {
    return new LintResponse(
        report.errors().stream().map(Item::of).toList(),
        report.warnings().stream().map(Item::of).toList());
  }
}
