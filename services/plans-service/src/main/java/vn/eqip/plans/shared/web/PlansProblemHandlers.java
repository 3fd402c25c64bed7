package vn.eqip.plans.shared.web;

import io.micronaut.context.annotation.Factory;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import vn.eqip.plans.plan.domain.BusinessRuleViolation;
import vn.eqip.plans.shared.InvalidInput;
import vn.eqip.plans.shared.StalePlan;
import vn.eqip.platform.web.Problem;
import vn.eqip.platform.web.Problems;

/** Domain failures as problem+json: invalid input 422 with the fields, a broken rule 409. */
@Factory
public class PlansProblemHandlers {

  @Singleton
  ExceptionHandler<InvalidInput, HttpResponse<Problem>> invalidInput() {
    return (HttpRequest request, InvalidInput e) ->
        Problems.response(
            request,
            HttpStatus.UNPROCESSABLE_ENTITY,
            "validation",
            "Dữ liệu chưa hợp lệ (Validation failed)",
            e.getMessage(),
            e.violations().stream()
                .map(v -> new Problem.FieldError(v.field(), v.message()))
                .toList());
  }

  @Singleton
  ExceptionHandler<BusinessRuleViolation, HttpResponse<Problem>> ruleViolation() {
    return (HttpRequest request, BusinessRuleViolation e) ->
        Problems.response(
            request,
            HttpStatus.CONFLICT,
            e.code(),
            "Không thể thực hiện lúc này (Conflict)",
            e.getMessage(),
            List.of());
  }

  @Singleton
  ExceptionHandler<StalePlan, HttpResponse<Problem>> stalePlan() {
    return (HttpRequest request, StalePlan e) ->
        Problems.response(
                request,
                HttpStatus.CONFLICT,
                "concurrent-change",
                "Kế hoạch đã thay đổi (Conflict)",
                e.getMessage(),
                List.of(
                    new Problem.FieldError("status", e.currentStatus()),
                    new Problem.FieldError("revision", String.valueOf(e.currentRevision()))))
            .header("ETag", IfMatch.etag(e.currentRevision()));
  }
}
