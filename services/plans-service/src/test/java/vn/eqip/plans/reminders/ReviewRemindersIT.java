package vn.eqip.plans.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.platform.testing.DemoOrgTree.DAU_TIENG_OFFICE;
import static vn.eqip.platform.testing.DemoOrgTree.DIENBIEN;
import static vn.eqip.platform.testing.DemoOrgTree.DIENBIEN_ROOT;
import static vn.eqip.platform.testing.DemoOrgTree.DINH_PHUOC;
import static vn.eqip.platform.testing.DemoOrgTree.HCM;
import static vn.eqip.platform.testing.DemoOrgTree.HCM_ROOT;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG_OFFICE;
import static vn.eqip.platform.testing.DemoOrgTree.QUAN10_OFFICE;
import static vn.eqip.platform.testing.DemoOrgTree.THANH_XUONG;
import static vn.eqip.platform.testing.DemoOrgTree.THANH_XUONG_OFFICE;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.eqip.plans.shared.ReviewPeriods;
import vn.eqip.plans.testing.PlansITSupport;
import vn.eqip.platform.mail.Mailer;

/**
 * Reminders to the reviewers who decide an overdue or nearly due plan, by e-mail through the real
 * SMTP mailer (GreenMail in this JVM) and the real database: only the level the chain awaits,
 * Vietnamese, once per plan, reviewer and day; never a deactivated reviewer or another tenant's.
 * Every plan has a school year of its own, so that mails are told apart by their subject.
 */
@MicronautTest(transactional = false)
class ReviewRemindersIT extends PlansITSupport {

  static final int REVIEW_DAYS = 10;
  static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final AtomicInteger YEAR = new AtomicInteger(2070);
  static final Instant LONG_AGO = Instant.parse("2026-01-05T02:00:00Z");

  private GreenMail smtp;
  private UserEvents users;

  @Inject ReviewReminders reminders;
  @Inject DueReviews dueReviews;
  @Inject ReviewReminderLedger ledger;
  @Inject ReviewPeriods periods;
  @Inject Clock clock;

  // the reviewers (registry.User* events, applied before the first test)
  UserEvents.Account dauTiengA;
  UserEvents.Account dauTiengB;
  UserEvents.Account dauTiengLeft;
  UserEvents.Account hcmDepartment;
  UserEvents.Account quan10;
  UserEvents.Account dienbienAtDauTiengId;
  UserEvents.Account dienbienDepartment;
  UserEvents.Account thanhXuongOffice;

  @Override
  protected String serviceName() {
    return "plans_reminders";
  }

  @Override
  protected Map<String, String> extraProperties() {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    Map<String, String> props = new HashMap<>(super.extraProperties());
    props.put("eqip.mail.host", "127.0.0.1");
    props.put("eqip.mail.port", String.valueOf(port));
    props.put("eqip.plans.review-days", String.valueOf(REVIEW_DAYS));
    props.put("eqip.plans.reminders.enabled", "true");
    return props;
  }

  @AfterAll
  void stopSmtp() {
    smtp.stop();
  }

  @Override
  protected List<byte[]> registryEvents() {
    List<byte[]> events = new ArrayList<>(super.registryEvents());
    users = new UserEvents(json);
    dauTiengA = users.aReviewer("reviewer.dautieng.a", HCM, DAU_TIENG_OFFICE);
    dauTiengB = users.aReviewer("reviewer.dautieng.b", HCM, DAU_TIENG_OFFICE);
    dauTiengLeft = users.aReviewer("reviewer.dautieng.left", HCM, DAU_TIENG_OFFICE);
    hcmDepartment = users.aReviewer("reviewer.so.hcm", HCM, HCM_ROOT);
    quan10 = users.aReviewer("reviewer.quan10", HCM, QUAN10_OFFICE);
    // another tenant's reviewer, even one whose org unit id is Dầu Tiếng's, is never reminded of
    // hcm's plans
    dienbienAtDauTiengId = users.aReviewer("reviewer.lac.tenant", DIENBIEN, DAU_TIENG_OFFICE);
    dienbienDepartment = users.aReviewer("reviewer.so.dienbien", DIENBIEN, DIENBIEN_ROOT);
    thanhXuongOffice = users.aReviewer("reviewer.thanhxuong.office", DIENBIEN, THANH_XUONG_OFFICE);
    for (UserEvents.Account account :
        List.of(
            dauTiengA,
            dauTiengB,
            dauTiengLeft,
            hcmDepartment,
            quan10,
            dienbienAtDauTiengId,
            dienbienDepartment,
            thanhXuongOffice)) {
      events.add(account.created(LONG_AGO));
    }
    events.add(dauTiengLeft.deactivated(LONG_AGO.plusSeconds(60)));
    // a principal is no reviewer, whatever the school
    events.add(users.aPrincipal("principal.dinhphuoc.2", HCM, DINH_PHUOC).created(LONG_AGO));
    return events;
  }

  // ------------------------------------------------------------------------- the approval chain

  @Test
  void an_overdue_plan_reminds_only_the_level_awaited_once_a_day_then_the_next_level()
      throws Exception {
    put(
        "/api/plans/settings/approval-chain",
        Map.of("kinds", List.of("COMMUNE_OFFICE", "DEPARTMENT")),
        tokens.token("admin.hcm", HCM, HCM_ROOT, "dept-admin"));
    Plan plan = submitted(DINH_PHUOC, HCM);
    Instant dayOneLate = at(plan, REVIEW_DAYS + 1);

    reminders.remind(HCM, dayOneLate);
    reminders.remind(HCM, dayOneLate.plus(Duration.ofHours(2)));
    reminders.remind(DIENBIEN, dayOneLate);

    List<MimeMessage> first = mailsAbout(plan);
    assertEquals(
        sorted(dauTiengA.email(), dauTiengB.email()),
        sorted(recipients(first)),
        "the commune office decides first: its two active reviewers, once each though the job"
            + " ran twice that day");
    MimeMessage mail = first.get(0);
    assertEquals(
        "[EQIP] Kế hoạch chờ thẩm định quá hạn 1 ngày: Trường Tiểu học Định Phước, năm học "
            + plan.year,
        mail.getSubject());
    String body = body(mail);
    assertTrue(body.startsWith("Kính gửi Lò Văn An,"), body);
    assertTrue(
        body.contains(
            "Kế hoạch cải tiến chất lượng giáo dục năm học "
                + plan.year
                + " của Trường Tiểu học Định Phước (số "),
        body);
    assertTrue(body.contains("/KH-THĐP)"), body);
    assertTrue(body.contains(", nộp ngày " + DATE.format(plan.submittedAt.atZone(VIETNAM))), body);
    assertTrue(body.contains("đang chờ Phòng VH-XH xã Dầu Tiếng thẩm định (cấp 1/2)"), body);
    assertTrue(
        body.contains(
            "Hạn thẩm định: "
                + DATE.format(plan.submittedAt.plus(Duration.ofDays(REVIEW_DAYS)).atZone(VIETNAM))
                + " (quá hạn 1 ngày)."),
        body);
    assertEquals(2, ledgerRows(plan));

    // the commune office approves: the Sở is awaited, and reminded the same day
    http.toBlocking()
        .exchange(
            HttpRequest.POST("/api/plans/plans/" + plan.id + "/approval", Map.of())
                .bearerAuth(
                    tokens.token("reviewer.dautieng.a", HCM, DAU_TIENG_OFFICE, "reviewer")));
    reminders.remind(HCM, dayOneLate.plus(Duration.ofHours(3)));
    List<MimeMessage> afterStep = mailsAbout(plan);
    assertEquals(
        sorted(dauTiengA.email(), dauTiengB.email(), hcmDepartment.email()),
        sorted(recipients(afterStep)));
    assertTrue(
        body(to(afterStep, hcmDepartment).get(0))
            .contains("đang chờ Sở GD&ĐT TP. Hồ Chí Minh thẩm định (cấp 2/2)"));

    // the next day only the Sở, two days late now
    reminders.remind(HCM, dayOneLate.plus(Duration.ofDays(1)));
    List<MimeMessage> nextDay = mailsAbout(plan);
    assertEquals(
        sorted(dauTiengA.email(), dauTiengB.email(), hcmDepartment.email(), hcmDepartment.email()),
        sorted(recipients(nextDay)));
    assertTrue(
        to(nextDay, hcmDepartment).stream().anyMatch(m -> subject(m).contains("quá hạn 2 ngày")));

    // never a deactivated reviewer, one of another unit, or another tenant's
    List<String> everyone = recipients(Arrays.asList(smtp.getReceivedMessages()));
    for (UserEvents.Account never : List.of(dauTiengLeft, quan10, dienbienAtDauTiengId)) {
      assertTrue(!everyone.contains(never.email()), never.username + " got " + everyone);
    }
  }

  // ---------------------------------------------------------------------- the default one level

  @Test
  void the_default_chain_reminds_the_nearest_unit_above_the_school_that_has_a_reviewer()
      throws Exception {
    Plan plan = submitted(HE_MUONG, DIENBIEN);
    Instant dueInTwoDays = at(plan, REVIEW_DAYS - 2);

    // Hẹ Muông's office has no reviewer: the Sở's
    reminders.remind(DIENBIEN, dueInTwoDays);
    List<MimeMessage> soon = mailsAbout(plan);
    assertEquals(List.of(dienbienDepartment.email()), recipients(soon));
    assertEquals(
        "[EQIP] Kế hoạch sắp đến hạn thẩm định: Trường PTDTBT Tiểu học xã Hẹ Muông, năm học "
            + plan.year,
        soon.get(0).getSubject());
    assertTrue(body(soon.get(0)).contains("đang chờ thầy/cô thẩm định"), body(soon.get(0)));
    assertTrue(body(soon.get(0)).contains("(còn 2 ngày)."), body(soon.get(0)));

    // a reviewer joins Hẹ Muông's office: from then on the office's reviewer, not the Sở's
    UserEvents.Account office =
        users.aReviewer("reviewer.hemuong.office", DIENBIEN, HE_MUONG_OFFICE);
    apply(office.created(Instant.now()));
    reminders.remind(DIENBIEN, dueInTwoDays.plus(Duration.ofDays(3)));
    List<MimeMessage> late = mailsAbout(plan);
    assertEquals(sorted(dienbienDepartment.email(), office.email()), sorted(recipients(late)));
    assertTrue(subject(to(late, office).get(0)).contains("quá hạn 1 ngày"));

    // the office's reviewer is deactivated: the Sở's is the nearest active one again
    apply(office.deactivated(Instant.now()));
    reminders.remind(DIENBIEN, dueInTwoDays.plus(Duration.ofDays(4)));
    List<MimeMessage> afterLeaving = mailsAbout(plan);
    assertEquals(
        sorted(dienbienDepartment.email(), office.email(), dienbienDepartment.email()),
        sorted(recipients(afterLeaving)));
  }

  @Test
  void a_plan_not_yet_near_its_due_date_or_already_decided_is_not_reminded() throws Exception {
    Plan plan = submitted(THANH_XUONG, DIENBIEN);

    reminders.remind(DIENBIEN, at(plan, REVIEW_DAYS - 4));
    assertEquals(0, mailsAbout(plan).size(), "due in four days: not yet");

    http.toBlocking()
        .exchange(
            HttpRequest.POST("/api/plans/plans/" + plan.id + "/approval", Map.of())
                .bearerAuth(
                    tokens.token(
                        "reviewer.thanhxuong.office", DIENBIEN, THANH_XUONG_OFFICE, "reviewer")));
    reminders.remind(DIENBIEN, at(plan, REVIEW_DAYS + 1));
    assertEquals(0, mailsAbout(plan).size(), "approved: nothing to remind");
  }

  // ------------------------------------------------------------------------------------ failures

  @Test
  void a_reminder_the_mail_server_refused_is_sent_by_the_next_run() throws Exception {
    Plan plan = submitted(THANH_XUONG, DIENBIEN);
    Instant late = at(plan, REVIEW_DAYS + 1);
    Mailer refusing =
        (to, subject, body) -> {
          throw new IllegalStateException("550 mailbox unavailable");
        };
    ReviewReminders failing =
        new ReviewReminders(dueReviews, ledger, refusing, periods, clock, true, 3);

    failing.remind(DIENBIEN, late);
    assertEquals(0, ledgerRows(plan), "a refused e-mail is not recorded as sent");
    assertEquals(0, mailsAbout(plan).size());

    reminders.remind(DIENBIEN, late.plus(Duration.ofMinutes(5)));
    assertEquals(List.of(thanhXuongOffice.email()), recipients(mailsAbout(plan)));
    assertEquals(1, ledgerRows(plan));
  }

  // ------------------------------------------------------------------------------------ fixtures

  record Plan(String id, String year, Instant submittedAt) {}

  /** 09:00 in Việt Nam, {@code days} calendar days after the plan was submitted. */
  static Instant at(Plan plan, int days) {
    return plan.submittedAt
        .atZone(VIETNAM)
        .toLocalDate()
        .plusDays(days)
        .atTime(9, 0)
        .atZone(VIETNAM)
        .toInstant();
  }

  /** A plan of its own school year, submitted now by the school's principal. */
  Plan submitted(String school, String tenant) {
    int year = YEAR.getAndIncrement();
    String schoolYear = year + "-" + (year + 1);
    String principal = tokens.token("principal." + school, tenant, school, "principal");
    Map<?, ?> created =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST(
                        "/api/plans/plans", Map.of("schoolId", school, "schoolYear", schoolYear))
                    .bearerAuth(principal),
                Map.class);
    String id = (String) created.get("id");
    http.toBlocking()
        .exchange(
            HttpRequest.POST(
                    "/api/plans/plans/" + id + "/rows",
                    Map.of("criterionCode", "1.1", "target", "Đạt mức 2"))
                .bearerAuth(principal));
    http.toBlocking()
        .exchange(
            HttpRequest.POST("/api/plans/plans/" + id + "/submission", Map.of())
                .bearerAuth(principal));
    Instant submittedAt =
        db.query(
            "SELECT submitted_at FROM plan WHERE id = ?",
            rs -> rs.next() ? rs.getTimestamp(1).toInstant() : null,
            id);
    return new Plan(id, schoolYear, submittedAt);
  }

  void put(String path, Object body, String token) {
    http.toBlocking().exchange(HttpRequest.PUT(path, body).bearerAuth(token), Map.class);
  }

  long ledgerRows(Plan plan) {
    return db.count("SELECT COUNT(*) FROM review_reminder_sent WHERE plan_id = ?", plan.id);
  }

  /** The e-mails received about the plan, in the order they arrived. */
  List<MimeMessage> mailsAbout(Plan plan) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> subject(m).endsWith("năm học " + plan.year))
        .toList();
  }

  static List<MimeMessage> to(List<MimeMessage> mails, UserEvents.Account reviewer) {
    return mails.stream().filter(m -> recipients(List.of(m)).contains(reviewer.email())).toList();
  }

  static List<String> sorted(String... emails) {
    return Arrays.stream(emails).sorted().toList();
  }

  static List<String> sorted(List<String> emails) {
    return emails.stream().sorted().toList();
  }

  static List<String> recipients(List<MimeMessage> mails) {
    return mails.stream()
        .flatMap(
            m -> {
              try {
                return Arrays.stream(m.getAllRecipients()).map(Address::toString);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  static String body(MimeMessage m) {
    try {
      return m.getContent().toString().replace("\r\n", "\n");
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
