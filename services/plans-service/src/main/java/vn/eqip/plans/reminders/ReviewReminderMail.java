package vn.eqip.plans.reminders;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The Vietnamese e-mail one reviewer gets about one plan: the school, the plan (its number once
 * assigned), the school year, who decides, the due date (dd/MM/yyyy) and how late it is or how many
 * days are left.
 */
record ReviewReminderMail(String subject, String body) {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  static ReviewReminderMail of(
      DueReview review,
      Reviewer reviewer,
      DueState state,
      LocalDate dueOn,
      LocalDate today,
      LocalDate submittedOn) {
    String school = review.schoolName() == null ? "trường" : review.schoolName();
    String when = lateness(state, dueOn, today);
    String subject =
        "[EQIP] "
            + (state == DueState.OVERDUE
                ? "Kế hoạch chờ thẩm định " + when
                : "Kế hoạch sắp đến hạn thẩm định")
            + ": "
            + school
            + ", năm học "
            + review.schoolYear();
    String plan =
        "Kế hoạch cải tiến chất lượng giáo dục năm học "
            + review.schoolYear()
            + " của "
            + school
            + (review.documentNumber() == null ? "" : " (số " + review.documentNumber() + ")");
    String level =
        review.chain().steps().isEmpty()
            ? "đang chờ thầy/cô thẩm định"
            : "đang chờ "
                + review.chain().nameOf(review.approvalsGiven())
                + " thẩm định (cấp "
                + (review.approvalsGiven() + 1)
                + "/"
                + review.chain().levels()
                + ")";
    String greeting =
        reviewer.fullName() == null ? "Kính gửi thầy/cô," : "Kính gửi " + reviewer.fullName() + ",";
    String body =
        greeting
            + "\n\n"
            + plan
            + ", nộp ngày "
            + DATE.format(submittedOn)
            + ", "
            + level
            + ".\nHạn thẩm định: "
            + DATE.format(dueOn)
            + " ("
            + when
            + ").\n\nXin đăng nhập EQIP để phê duyệt hoặc trả lại kế hoạch."
            + "\n\nThư gửi tự động, mỗi ngày một lần cho đến khi kế hoạch được quyết định.";
    return new ReviewReminderMail(subject, body);
  }

  /** "quá hạn 3 ngày", "hết hạn hôm nay", "đến hạn hôm nay", "còn 2 ngày". */
  static String lateness(DueState state, LocalDate dueOn, LocalDate today) {
    if (state == DueState.OVERDUE) {
      long late = ChronoUnit.DAYS.between(dueOn, today);
      return late <= 0 ? "hết hạn hôm nay" : "quá hạn " + late + " ngày";
    }
    long left = ChronoUnit.DAYS.between(today, dueOn);
    return left <= 0 ? "đến hạn hôm nay" : "còn " + left + " ngày";
  }
}
