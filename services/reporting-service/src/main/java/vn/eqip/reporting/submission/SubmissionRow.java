package vn.eqip.reporting.submission;

import io.micronaut.core.annotation.Nullable;
import java.time.Instant;

/**
 * A school of the subtree with its plan for the year (null fields: no plan); {@code
 * amendmentStatus}: the status of an amendment in progress of the approved plan.
 */
public record SubmissionRow(
    String schoolId,
    String code,
    String name,
    String level,
    @Nullable String orgUnitId,
    @Nullable String planId,
    @Nullable String planStatus,
    @Nullable Instant firstSubmittedAt,
    @Nullable Instant approvedAt,
    @Nullable String amendmentStatus,
    @Nullable Integer approvalStep,
    @Nullable Integer approvalSteps) {}
