package vn.eqip.plans.plan.domain.rules;

import java.util.Set;
import vn.eqip.plans.plan.domain.BusinessRule;

/** A reviewer comments only on rows the plan has, and says something. */
public record RowCommentsNameRowsOfThePlanRule(Set<String> rowIds, String rowId, String comment)
    implements BusinessRule {
  @Override
  public boolean isBroken() {
    return !rowIds.contains(rowId) || comment == null || comment.isBlank();
  }

  @Override
  public String message() {
    return rowIds.contains(rowId)
        ? "Nhận xét cho dòng "
            + rowId
            + " đang để trống: ghi nội dung cần chỉnh sửa hoặc bỏ nhận xét."
        : "Kế hoạch không có dòng " + rowId + ": chỉ nhận xét trên các dòng của kế hoạch.";
  }

  @Override
  public String code() {
    return "row-comment-invalid";
  }
}
