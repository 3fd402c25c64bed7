package vn.eqip.monitoring.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.micronaut.context.env.Environment;
import io.micronaut.http.HttpRequest;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import vn.eqip.monitoring.actions.TrackedActionRepository;
import vn.eqip.monitoring.testing.Events;
import vn.eqip.monitoring.testing.MonitoringTestBase;
import vn.eqip.monitoring.time.TenantCalendar;
import vn.eqip.platform.mail.Mailer;
import vn.eqip.platform.testing.DemoOrgTree;
import vn.eqip.platform.testing.DemoUsers;

/** Daily reminders by e-mail (GreenMail in the JVM), never twice the same day. */
@MicronautTest(transactional = false)
class ReminderIT extends MonitoringTestBase {

  static final String PRINCIPAL_MAIL = "hieutruong@hemuong.edu.vn";
  static final String LEAD_MAIL = "gv.lan@hemuong.edu.vn";

  /** 2027-06-01, 00:30 in Việt Nam (still 31 May in UTC). */
  private final MutableClock clock = new MutableClock(Instant.parse("2027-05-31T17:30:00Z"));

  private GreenMail smtp;

  @Inject ReminderJob job;
  @Inject TrackedActionRepository trackedActions;
  @Inject ReminderLedger ledger;
  @Inject TenantCalendar calendar;
  @Inject Environment environment;

  @MockBean(Clock.class)
  Clock clock() {
    return clock;
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
    props.put("eqip.reminders.principal-emails." + HE_MUONG, PRINCIPAL_MAIL);
    return props;
  }

  @AfterAll
  void stopSmtp() {
    smtp.stop();
  }

  @Test
  void overdue_and_due_soon_actions_are_reminded_once_a_day_to_lead_and_principal()
      throws Exception {
    smtp.purgeEmailFromAllMailboxes();
    List<String> ids = approvePlan();
    String overdue = ids.get(0);
    String dueSoon = ids.get(1);
    http.toBlocking()
        .exchange(
            HttpRequest.PUT(
                    "/api/monitoring/actions/" + overdue + "/lead",
                    Map.of("username", "staff.hemuong", "email", LEAD_MAIL))
                .bearerAuth(DemoUsers.principalHeMuong()),
            Map.class);

    assertEquals(2, job.remind(DemoOrgTree.DIENBIEN));
    assertEquals(0, job.remind(DemoOrgTree.DIENBIEN));

    MimeMessage[] mails = smtp.getReceivedMessages();
    Map<String, Set<String>> toBySubject =
        Arrays.stream(mails)
            .collect(
                Collectors.groupingBy(
                    ReminderIT::subject,
                    Collectors.flatMapping(m -> recipients(m).stream(), Collectors.toSet())));
    assertEquals(2, toBySubject.size(), toBySubject::toString);
    assertEquals(
        Set.of(LEAD_MAIL, PRINCIPAL_MAIL), toBySubject.get("[EQIP] Công việc quá hạn: Quá hạn"));
    assertEquals(
        Set.of(PRINCIPAL_MAIL), toBySubject.get("[EQIP] Công việc sắp đến hạn: Sắp đến hạn"));
    assertEquals(1, db.count("SELECT COUNT(*) FROM reminder_sent WHERE action_id = ?", overdue));
    assertEquals(1, db.count("SELECT COUNT(*) FROM reminder_sent WHERE action_id = ?", dueSoon));
    assertEquals(
        0,
        db.count(
            "SELECT COUNT(*) FROM reminder_sent WHERE action_id IN (?, ?)",
            ids.get(2),
            ids.get(3)));

    clock.set(Instant.parse("2027-06-01T17:30:00Z"));
    try {
      assertEquals(2, job.remind(DemoOrgTree.DIENBIEN));
      assertEquals(0, job.remind(DemoOrgTree.DIENBIEN));
    } finally {
      clock.set(Instant.parse("2027-05-31T17:30:00Z"));
    }
    assertEquals(2, db.count("SELECT COUNT(*) FROM reminder_sent WHERE action_id = ?", overdue));
  }

  @Test
  void a_done_action_and_another_tenant_get_no_reminder() throws Exception {
    smtp.purgeEmailFromAllMailboxes();
    List<String> ids = approvePlan();
    for (String id : ids.subList(0, 2)) {
      http.toBlocking()
          .exchange(
              HttpRequest.POST(
                      "/api/monitoring/actions/" + id + "/progress",
                      Map.of("status", "DONE", "percentDone", 100))
                  .bearerAuth(DemoUsers.principalHeMuong()),
              Map.class);
    }

    job.remind(DemoOrgTree.HCM);
    job.remind(DemoOrgTree.DIENBIEN);

    assertEquals(
        0,
        db.count(
            "SELECT COUNT(*) FROM reminder_sent WHERE action_id IN (?, ?)",
            ids.get(0),
            ids.get(1)));
    assertTrue(
        Arrays.stream(smtp.getReceivedMessages())
            .noneMatch(m -> subject(m).endsWith("Quá hạn") || subject(m).endsWith("Sắp đến hạn")));
  }

  @Test
  void a_reminder_the_mail_server_refused_is_sent_by_the_next_run() throws Exception {
    smtp.purgeEmailFromAllMailboxes();
    List<String> ids = approvePlan();
    Mailer refusing =
        (to, subject, body) -> {
          throw new IllegalStateException("550 mailbox unavailable");
        };
    ReminderJob failing =
        new ReminderJob(trackedActions, ledger, refusing, calendar, environment, clock, false);

    assertEquals(0, failing.remind(DemoOrgTree.DIENBIEN));
    assertEquals(
        0,
        db.count(
            "SELECT COUNT(*) FROM reminder_sent WHERE action_id IN (?, ?)",
            ids.get(0),
            ids.get(1)));

    assertEquals(2, job.remind(DemoOrgTree.DIENBIEN));
    assertEquals(2, smtp.getReceivedMessages().length);
    for (String id : ids.subList(0, 2)) {
      http.toBlocking()
          .exchange(
              HttpRequest.POST(
                      "/api/monitoring/actions/" + id + "/progress",
                      Map.of("status", "DONE", "percentDone", 100))
                  .bearerAuth(DemoUsers.principalHeMuong()),
              Map.class);
    }
  }

  @Test
  void an_overdue_action_an_amendment_removed_is_no_longer_reminded() throws Exception {
    smtp.purgeEmailFromAllMailboxes();
    Events.ActionFixture dropped =
        new Events.ActionFixture(
            UUID.randomUUID().toString(),
            "Bị bỏ khi điều chỉnh",
            Map.of("timelineEnd", "2027-05-20"));
    Events.ActionFixture staying =
        new Events.ActionFixture(
            UUID.randomUUID().toString(),
            "Vẫn trong kế hoạch",
            Map.of("timelineEnd", "2027-06-05"));
    Events.RowFixture row =
        new Events.RowFixture(UUID.randomUUID().toString(), "4.2", List.of(dropped, staying));
    Events.PlanFixture plan =
        new Events.PlanFixture(
            UUID.randomUUID().toString(), HE_MUONG, "2026-2027", 2, List.of(row));
    approve(plan);
    approve(plan.amended(4, List.of(row.withActions(staying))));

    job.remind(DemoOrgTree.DIENBIEN);

    assertEquals(
        0, db.count("SELECT COUNT(*) FROM reminder_sent WHERE action_id = ?", dropped.actionId()));
    assertEquals(
        1, db.count("SELECT COUNT(*) FROM reminder_sent WHERE action_id = ?", staying.actionId()));
    List<String> subjects =
        Arrays.stream(smtp.getReceivedMessages()).map(ReminderIT::subject).toList();
    assertTrue(
        subjects.contains("[EQIP] Công việc sắp đến hạn: Vẫn trong kế hoạch"), subjects::toString);
    assertTrue(subjects.stream().noneMatch(t -> t.endsWith("Bị bỏ khi điều chỉnh")));
    http.toBlocking()
        .exchange(
            HttpRequest.POST(
                    "/api/monitoring/actions/" + staying.actionId() + "/progress",
                    Map.of("status", "DONE", "percentDone", 100))
                .bearerAuth(DemoUsers.principalHeMuong()),
            Map.class);
  }

  @Test
  void two_instances_running_the_job_at_the_same_time_send_each_reminder_once() throws Exception {
    smtp.purgeEmailFromAllMailboxes();
    List<String> ids = approvePlan();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        runs.add(
            pool.submit(
                () -> {
                  start.await();
                  return job.remind(DemoOrgTree.DIENBIEN);
                }));
      }
      start.countDown();
      int sent = 0;
      for (Future<Integer> run : runs) {
        sent += run.get(60, TimeUnit.SECONDS);
      }

      assertEquals(2, sent);
    } finally {
      pool.shutdownNow();
    }
    assertEquals(2, smtp.getReceivedMessages().length);
    for (String id : ids.subList(0, 2)) {
      assertEquals(1, db.count("SELECT COUNT(*) FROM reminder_sent WHERE action_id = ?", id));
      http.toBlocking()
          .exchange(
              HttpRequest.POST(
                      "/api/monitoring/actions/" + id + "/progress",
                      Map.of("status", "DONE", "percentDone", 100))
                  .bearerAuth(DemoUsers.principalHeMuong()),
              Map.class);
    }
  }

  /** A plan with 4 actions, today being 1 June 2027: overdue, due soon, on track, no date. */
  private List<String> approvePlan() throws Exception {
    List<Events.ActionFixture> fixtures =
        List.of(
            new Events.ActionFixture(
                UUID.randomUUID().toString(), "Quá hạn", Map.of("timelineEnd", "2027-05-31")),
            new Events.ActionFixture(
                UUID.randomUUID().toString(), "Sắp đến hạn", Map.of("timelineEnd", "2027-06-10")),
            new Events.ActionFixture(
                UUID.randomUUID().toString(), "Đúng tiến độ", Map.of("timelineEnd", "2027-09-30")),
            new Events.ActionFixture(UUID.randomUUID().toString(), "Không hạn"));
    approve(
        new Events.PlanFixture(
            UUID.randomUUID().toString(),
            HE_MUONG,
            "2026-2027",
            2,
            List.of(new Events.RowFixture(UUID.randomUUID().toString(), "4.1", fixtures))));
    return fixtures.stream().map(Events.ActionFixture::actionId).toList();
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<String> recipients(MimeMessage m) {
    try {
      return Arrays.stream(m.getAllRecipients()).map(Address::toString).toList();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** A clock the test moves by hand. */
  static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
