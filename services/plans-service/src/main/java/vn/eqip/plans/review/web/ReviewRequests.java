package vn.eqip.plans.review.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import vn.eqip.plans.plan.domain.Review;
import vn.eqip.plans.review.application.Reviews;
import vn.eqip.plans.shared.InvalidInput;

/** The review a reviewer saves as they work, and how it is shown. */
public final class ReviewRequests {

  private ReviewRequests() {}

  @Serdeable
  public record ReviewRequest(
      @Nullable @Size(max = 4000) String comment,
      @Nullable @Size(max = 20) List<@Valid SectionRequest> sections,
      @Nullable @Size(max = 300) List<@Valid RowRequest> rows) {

    Review toDomain() {
      List<InvalidInput.Violation> errors = new ArrayList<>();
      List<Review.SectionVerdict> s = new ArrayList<>();
      if (sections != null) {
        for (SectionRequest r : sections) {
          Review.Section section = section(r.section(), errors);
          Review.Verdict verdict = verdict("sections", r.verdict(), errors);
          if (section != null && verdict != null) {
            s.add(new Review.SectionVerdict(section, verdict, r.comment()));
          }
        }
      }
      List<Review.RowVerdict> rs = new ArrayList<>();
      if (rows != null) {
        for (RowRequest r : rows) {
          if (r.rowId() == null || r.rowId().isBlank()) {
            errors.add(
                new InvalidInput.Violation("rows", "Mỗi nhận xét dòng cần mã dòng (rowId)."));
            continue;
          }
          Review.Verdict verdict =
              r.verdict() == null || r.verdict().isBlank()
                  ? null
                  : verdict("rows", r.verdict(), errors);
          rs.add(new Review.RowVerdict(r.rowId(), verdict, r.comment()));
        }
      }
      if (!errors.isEmpty()) {
        throw new InvalidInput(errors);
      }
      return new Review(comment, s, rs);
    }
  }

  /** {@code verdict}: DAT (đạt) or CAN_CHINH_SUA (cần chỉnh sửa). */
  @Serdeable
  public record SectionRequest(
      @Nullable String section,
      @Nullable String verdict,
      @Nullable @Size(max = 4000) String comment) {}

  @Serdeable
  public record RowRequest(
      @Nullable String rowId,
      @Nullable String verdict,
      @Nullable @Size(max = 4000) String comment) {}

  private static Review.Section section(String text, List<InvalidInput.Violation> errors) {
    try {
      return Review.Section.valueOf(String.valueOf(text).trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(
          new InvalidInput.Violation(
              "sections",
              "Mục \""
                  + text
                  + "\" không có; dùng một trong "
                  + Arrays.toString(Review.Section.values())
                  + "."));
      return null;
    }
  }

  private static Review.Verdict verdict(
      String field, String text, List<InvalidInput.Violation> errors) {
    try {
      return Review.Verdict.valueOf(String.valueOf(text).trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      errors.add(
          new InvalidInput.Violation(
              field,
              "Đánh giá \""
                  + text
                  + "\" không hợp lệ: dùng DAT (đạt) hoặc CAN_CHINH_SUA (cần chỉnh sửa)."));
      return null;
    }
  }

  /** A saved review; {@code returnReason}: the reason a return from it would send. */
  @Serdeable
  public record ReviewResponse(
      String planId,
      int planRevision,
      String reviewer,
      String status,
      @Nullable String comment,
      List<Section> sections,
      List<Row> rows,
      @Nullable String returnReason,
      Instant updatedAt) {

    static ReviewResponse of(Reviews.StoredReview s) {
      Review r = s.review();
      String reason = r.returnReason();
      return new ReviewResponse(
          s.planId(),
          s.planRevision(),
          s.reviewerName(),
          s.status().name(),
          r.comment(),
          r.sections().stream()
              .map(
                  x ->
                      new Section(
                          x.section().name(),
                          x.section().label(),
                          x.verdict().name(),
                          x.verdict().label(),
                          x.comment()))
              .toList(),
          r.rows().stream()
              .map(
                  x ->
                      new Row(
                          x.rowId(),
                          x.verdict() == null ? null : x.verdict().name(),
                          x.verdict() == null ? null : x.verdict().label(),
                          x.comment()))
              .toList(),
          reason.isBlank() ? null : reason,
          s.updatedAt());
    }
  }

  @Serdeable
  public record Section(
      String section,
      String label,
      String verdict,
      String verdictLabel,
      @Nullable String comment) {}

  @Serdeable
  public record Row(
      String rowId,
      @Nullable String verdict,
      @Nullable String verdictLabel,
      @Nullable String comment) {}
}
