package vn.eqip.plans.reminders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.platform.testing.DemoOrgTree.DAU_TIENG_OFFICE;
import static vn.eqip.platform.testing.DemoOrgTree.DIENBIEN;
import static vn.eqip.platform.testing.DemoOrgTree.DIENBIEN_ROOT;
import static vn.eqip.platform.testing.DemoOrgTree.HCM;
import static vn.eqip.platform.testing.DemoOrgTree.HCM_ROOT;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG_OFFICE;
import static vn.eqip.platform.testing.DemoOrgTree.THANH_XUONG_OFFICE;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.eqip.plans.testing.PlansITSupport;

/**
 * reviewer_view fed by the registry's account events through the real consumer: reviewers only, the
 * e-mail kept only while active, redeliveries and late older events change nothing, the tenant
 * comes from the envelope.
 */
@MicronautTest(transactional = false)
class ReviewerViewIT extends PlansITSupport {

  static final Instant T1 = Instant.parse("2026-11-02T02:00:00Z");
  static final Instant T2 = T1.plus(Duration.ofHours(1));
  static final Instant T3 = T2.plus(Duration.ofHours(1));

  UserEvents users;

  @Override
  protected String serviceName() {
    return "plans_reviewers";
  }

  @BeforeEach
  void builders() {
    users = new UserEvents(json);
  }

  @Test
  void a_reviewer_is_kept_with_name_and_email_and_a_principal_is_not_kept_at_all()
      throws Exception {
    UserEvents.Account reviewer = users.aReviewer("reviewer.hemuong.a", DIENBIEN, HE_MUONG_OFFICE);
    UserEvents.Account principal = users.aPrincipal("principal.hemuong.a", DIENBIEN, HE_MUONG);

    assertTrue(apply(reviewer.created(T1)));
    assertTrue(apply(principal.created(T1)));

    Map<String, String> row = row(DIENBIEN, reviewer.id);
    assertEquals("reviewer", row.get("role"));
    assertEquals(HE_MUONG_OFFICE, row.get("org_unit_id"));
    assertEquals("1", row.get("active"));
    assertEquals("Lò Văn An", row.get("full_name"));
    assertEquals(reviewer.email(), row.get("email"));
    assertEquals(0, rows(DIENBIEN, principal.id));
  }

  @Test
  void the_same_event_delivered_twice_is_applied_once() throws Exception {
    UserEvents.Account reviewer = users.aReviewer("reviewer.twice", DIENBIEN, HE_MUONG_OFFICE);
    byte[] created = reviewer.created(T1);
    byte[] deactivated = reviewer.deactivated(T2);

    assertTrue(apply(created));
    assertTrue(apply(deactivated));
    assertFalse(apply(created), "a redelivery is recognised by its event id");

    Map<String, String> row = row(DIENBIEN, reviewer.id);
    assertEquals("0", row.get("active"), "the redelivered creation did not undo the deactivation");
    assertEquals(1, rows(DIENBIEN, reviewer.id));
  }

  @Test
  void a_deactivated_reviewer_keeps_no_email_and_a_reactivated_one_has_it_again() throws Exception {
    UserEvents.Account reviewer = users.aReviewer("reviewer.leaving", DIENBIEN, DIENBIEN_ROOT);
    apply(reviewer.created(T1));

    apply(reviewer.deactivated(T2));
    Map<String, String> off = row(DIENBIEN, reviewer.id);
    assertEquals("0", off.get("active"));
    assertNull(off.get("email"));
    assertNull(off.get("full_name"));
    assertNull(off.get("username"));

    apply(reviewer.reactivated(T3));
    Map<String, String> on = row(DIENBIEN, reviewer.id);
    assertEquals("1", on.get("active"));
    assertEquals(reviewer.email(), on.get("email"));
    assertEquals(DIENBIEN_ROOT, on.get("org_unit_id"));
  }

  @Test
  void an_older_event_delivered_after_a_newer_one_changes_nothing() throws Exception {
    UserEvents.Account reviewer = users.aReviewer("reviewer.late", DIENBIEN, THANH_XUONG_OFFICE);

    // deactivation (T2) overtakes the creation (T1)
    apply(reviewer.deactivated(T2));
    apply(reviewer.created(T1));
    assertEquals("0", row(DIENBIEN, reviewer.id).get("active"));
    assertNull(row(DIENBIEN, reviewer.id).get("email"));

    // a move to another office (T3) overtaken by nothing, then an older move arrives late
    UserEvents.Account moved = users.aReviewer("reviewer.moving", DIENBIEN, THANH_XUONG_OFFICE);
    apply(moved.created(T1));
    apply(moved.reassigned(DIENBIEN_ROOT, "reviewer").reassignment(T3));
    apply(moved.reassigned(HE_MUONG_OFFICE, "reviewer").reassignment(T2));
    assertEquals(DIENBIEN_ROOT, row(DIENBIEN, moved.id).get("org_unit_id"));
    assertEquals("1", row(DIENBIEN, moved.id).get("active"));
  }

  @Test
  void
      a_reviewer_reassigned_to_another_role_is_no_longer_a_reviewer_even_if_the_creation_comes_late()
          throws Exception {
    UserEvents.Account reviewer =
        users.aReviewer("reviewer.toprincipal", DIENBIEN, HE_MUONG_OFFICE);

    apply(reviewer.reassigned(HE_MUONG, "principal").reassignment(T2));
    apply(reviewer.created(T1));

    Map<String, String> row = row(DIENBIEN, reviewer.id);
    assertEquals("principal", row.get("role"));
    assertEquals("0", row.get("active"));
    assertNull(row.get("email"));
    assertNull(row.get("org_unit_id"));
  }

  @Test
  void the_tenant_is_the_envelopes_and_another_tenants_event_never_changes_this_tenants_row()
      throws Exception {
    UserEvents.Account reviewer = users.aReviewer("reviewer.dautieng.x", HCM, DAU_TIENG_OFFICE);
    apply(reviewer.created(T1));

    apply(reviewer.inTenant(DIENBIEN).deactivated(T2));

    assertEquals("1", row(HCM, reviewer.id).get("active"));
    assertEquals(reviewer.email(), row(HCM, reviewer.id).get("email"));
    assertEquals("0", row(DIENBIEN, reviewer.id).get("active"));
  }

  @Test
  void the_plans_queue_is_bound_to_the_account_events_published_on_the_exchange() throws Exception {
    UserEvents.Account reviewer = users.aReviewer("reviewer.bound", HCM, HCM_ROOT);
    try (Connection connection = rabbit().newConnection("plans-reviewers-it");
        Channel channel = connection.createChannel()) {
      channel.basicPublish(
          EXCHANGE,
          "registry.UserCreated.v1",
          new AMQP.BasicProperties.Builder().contentType("application/json").build(),
          reviewer.created(T1));
    }

    Instant deadline = Instant.now().plusSeconds(20);
    while (rows(HCM, reviewer.id) == 0 && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    assertEquals(reviewer.email(), row(HCM, reviewer.id).get("email"));
  }

  long rows(String tenant, String id) {
    return db.count(
        "SELECT COUNT(*) FROM reviewer_view WHERE tenant_id = ? AND id = ?", tenant, id);
  }

  Map<String, String> row(String tenant, String id) {
    return db.query(
        "SELECT role, org_unit_id, active, username, full_name, email FROM reviewer_view"
            + " WHERE tenant_id = ? AND id = ?",
        rs -> {
          assertTrue(rs.next(), "no reviewer_view row for " + id + " in " + tenant);
          Map<String, String> row = new java.util.HashMap<>();
          for (String column :
              new String[] {"role", "org_unit_id", "active", "username", "full_name", "email"}) {
            row.put(column, rs.getString(column));
          }
          return row;
        },
        tenant,
        id);
  }
}
