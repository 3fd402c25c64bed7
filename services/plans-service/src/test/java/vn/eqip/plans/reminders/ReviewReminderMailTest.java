package vn.eqip.plans.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.eqip.plans.plan.domain.ApprovalChain;

/** The reminder's Vietnamese text, and who decides by the school's path. */
class ReviewReminderMailTest {

  static final LocalDate SUBMITTED = LocalDate.of(2026, 11, 2);
  static final LocalDate DUE = LocalDate.of(2026, 11, 17);

  static DueReview aReview(ApprovalChain chain, int approvalsGiven) {
    return new DueReview(
        "p1",
        "school",
        "Trường Tiểu học Định Phước",
        "/root/office/school/",
        "2026-2027",
        "7/KH-THĐP",
        Instant.parse("2026-11-02T03:00:00Z"),
        chain,
        approvalsGiven);
  }

  static final Reviewer AN = new Reviewer("r1", "office", "Lò Văn An", "an@hcm.edu.vn");

  @Test
  void an_overdue_review_names_school_plan_year_level_due_date_and_days_late() {
    ApprovalChain chain =
        new ApprovalChain(
            List.of(
                new ApprovalChain.Step("office", "Phòng VH-XH xã Dầu Tiếng"),
                new ApprovalChain.Step("root", "Sở GD&ĐT TP. Hồ Chí Minh")));

    ReviewReminderMail mail =
        ReviewReminderMail.of(
            aReview(chain, 1), AN, DueState.OVERDUE, DUE, DUE.plusDays(3), SUBMITTED);

    assertEquals(
        "[EQIP] Kế hoạch chờ thẩm định quá hạn 3 ngày: Trường Tiểu học Định Phước, năm học"
            + " 2026-2027",
        mail.subject());
    assertEquals(
        "Kính gửi Lò Văn An,\n\n"
            + "Kế hoạch cải tiến chất lượng giáo dục năm học 2026-2027 của Trường Tiểu học Định"
            + " Phước (số 7/KH-THĐP), nộp ngày 02/11/2026, đang chờ Sở GD&ĐT TP. Hồ Chí Minh"
            + " thẩm định (cấp 2/2).\n"
            + "Hạn thẩm định: 17/11/2026 (quá hạn 3 ngày).\n\n"
            + "Xin đăng nhập EQIP để phê duyệt hoặc trả lại kế hoạch.\n\n"
            + "Thư gửi tự động, mỗi ngày một lần cho đến khi kế hoạch được quyết định.",
        mail.body());
  }

  @Test
  void a_review_due_soon_says_how_many_days_are_left() {
    ReviewReminderMail mail =
        ReviewReminderMail.of(
            aReview(ApprovalChain.ANY_REVIEWER_IN_SCOPE, 0),
            new Reviewer("r2", "office", null, "x@hcm.edu.vn"),
            DueState.DUE_SOON,
            DUE,
            DUE.minusDays(2),
            SUBMITTED);

    assertEquals(
        "[EQIP] Kế hoạch sắp đến hạn thẩm định: Trường Tiểu học Định Phước, năm học 2026-2027",
        mail.subject());
    assertTrue(mail.body().startsWith("Kính gửi thầy/cô,\n"), mail.body());
    assertTrue(mail.body().contains("đang chờ thầy/cô thẩm định."), mail.body());
    assertTrue(mail.body().contains("Hạn thẩm định: 17/11/2026 (còn 2 ngày)."), mail.body());
  }

  @Test
  void the_day_itself_reads_as_today() {
    assertEquals("hết hạn hôm nay", ReviewReminderMail.lateness(DueState.OVERDUE, DUE, DUE));
    assertEquals("đến hạn hôm nay", ReviewReminderMail.lateness(DueState.DUE_SOON, DUE, DUE));
  }

  @Test
  void the_units_above_a_school_are_read_from_its_path_nearest_first() {
    assertEquals(
        List.of("office", "root"), DueReviews.unitsAbove("/root/office/school/", "school"));
    assertEquals(List.of(), DueReviews.unitsAbove("/school/", "school"));
  }
}
