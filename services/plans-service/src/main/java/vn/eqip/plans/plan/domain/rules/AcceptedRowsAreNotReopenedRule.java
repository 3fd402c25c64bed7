package vn.eqip.plans.plan.domain.rules;

import java.util.Set;
import vn.eqip.plans.plan.domain.BusinessRule;

/**
 * When a reviewer returned only some rows, the others were accepted ("đạt"): they are not reopened
 * (neither changed nor removed) in the following rounds.
 */
public record AcceptedRowsAreNotReopenedRule(Set<String> accepted, String rowId, String label)
    implements BusinessRule {
  @Override
  public boolean isBroken() {
    return accepted.contains(rowId);
  }

  @Override
  public String message() {
    return "Dòng "
        + label
        + " đã được cán bộ thẩm định chấp nhận (đạt) nên không sửa hay xoá được nữa: chỉ sửa các"
        + " dòng bị trả lại (cần chỉnh sửa).";
  }

  @Override
  public String code() {
    return "row-accepted";
  }
}
