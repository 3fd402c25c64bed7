package vn.eqip.plans.listing.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import vn.eqip.plans.listing.application.PlanListQuery;
import vn.eqip.plans.listing.application.PlanListing;
import vn.eqip.platform.tenancy.Caller;

/** The plan list: the reviewers' queue and the principals' dashboard. */
@Controller("/api/plans/plans")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class PlanListController {

  private final PlanListing listing;

  public PlanListController(PlanListing listing) {
    this.listing = listing;
  }

  @Get
  @Operation(
      summary =
          "Danh sách kế hoạch trong phạm vi của người gọi (hàng chờ thẩm định, bảng điều khiển)",
      description =
          "Nhà trường: kế hoạch của trường mình; cán bộ thẩm định: các trường thuộc đơn vị mình"
              + " (cây tổ chức); quản trị Sở/Phòng: toàn bộ đơn vị. Lọc theo schoolYear, status"
              + " (DRAFT, SUBMITTED, RETURNED, APPROVED, WITHDRAWN), schoolId, orgUnitId (một nhánh"
              + " của cây), late (true: nộp muộn, chưa nộp khi đã quá hạn, hoặc quá hạn thẩm định);"
              + " page từ 0, size 1–200 (mặc định 50). Mỗi mục: id, trường (mã, tên), năm học,"
              + " trạng thái, revision, version (số lần nộp), documentNumber, submittedAt,"
              + " decidedAt, submissionDeadline, late, lateSubmission, reviewDueAt, reviewOverdue,"
              + " approvedVersion (phiên bản đang có hiệu lực), amending (đang điều chỉnh),"
              + " approvalLevels, approvalsGiven, awaiting (cấp đang được chờ quyết định),"
              + " decidableByMe (người gọi là cấp đang được chờ). ?decidableByMe=true: chỉ các kế"
              + " hoạch đang chờ đúng cấp của người gọi quyết định.")
  public PlanListResponse list(
      Caller caller,
      @Nullable @QueryValue String schoolYear,
      @Nullable @QueryValue String status,
      @Nullable @QueryValue String schoolId,
      @Nullable @QueryValue String orgUnitId,
      @Nullable @QueryValue Boolean late,
      @Nullable @QueryValue Integer page,
      @Nullable @QueryValue Integer size,
      @Nullable @QueryValue Boolean decidableByMe) {
    String reviewerUnit =
        caller.hasRole(vn.eqip.platform.tenancy.Roles.REVIEWER) ? caller.orgUnitId() : null;
    PlanListQuery query =
        PlanListQuery.of(schoolYear, status, schoolId, orgUnitId, late, page, size);
    if (Boolean.TRUE.equals(decidableByMe)) {
      if (reviewerUnit == null) {
        // only a reviewer decides; anyone else asking for their turn has none
        return new PlanListResponse(List.of(), 0, query.page(), query.size());
      }
      query = query.decidedBy(reviewerUnit);
    }
    return PlanListResponse.of(reviewerUnit, listing.list(caller, query));
  }
}
