package vn.eqip.monitoring.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.platform.testing.DemoOrgTree.DIENBIEN;
import static vn.eqip.platform.testing.DemoOrgTree.DINH_PHUOC;
import static vn.eqip.platform.testing.DemoOrgTree.HCM;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG;

import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.eqip.monitoring.testing.Events;
import vn.eqip.monitoring.testing.MonitoringTestBase;
import vn.eqip.platform.testing.DemoUsers;

/**
 * Due states at read time, with "today" from a fixed clock: 2027-05-31T17:30Z is still 31 May in
 * UTC but already 1 June, 00:30, in Asia/Ho_Chi_Minh (UTC+7). Tenant hcm is configured in UTC here,
 * to show that "today" is the tenant's.
 */
@MicronautTest(transactional = false)
class OverdueIT extends MonitoringTestBase {

  static final Instant JUST_AFTER_MIDNIGHT_IN_VIETNAM = Instant.parse("2027-05-31T17:30:00Z");

  @Override
  protected Map<String, String> extraProperties() {
    Map<String, String> props = new HashMap<>(super.extraProperties());
    props.put("eqip.monitoring.time-zones." + HCM, "UTC");
    return props;
  }

  @MockBean(Clock.class)
  Clock fixedClock() {
    return Clock.fixed(JUST_AFTER_MIDNIGHT_IN_VIETNAM, ZoneOffset.UTC);
  }

  private final Map<String, String> names = new HashMap<>();

  /** A fresh plan; {@link #names} then knows only its actions (the class shares one instance). */
  private Events.PlanFixture aPlanWithDatedActions() throws Exception {
    names.clear();
    Map<String, Map<String, Object>> actions = new LinkedHashMap<>();
    actions.put("ended yesterday in Vietnam", Map.of("timelineEnd", "2027-05-31"));
    actions.put(
        "ends in 14 days", Map.of("timelineStart", "2027-01-01", "timelineEnd", "2027-06-15"));
    actions.put("ends in 15 days", Map.of("timelineEnd", "2027-06-16"));
    actions.put("no date", Map.of());
    actions.put("recurring", Map.of("timelineEnd", "2027-12-31", "recurring", true));
    actions.put("done late", Map.of("timelineEnd", "2027-05-20"));
    actions.put(
        "recurring, unfinished at its end", Map.of("timelineEnd", "2027-05-15", "recurring", true));
    List<Events.ActionFixture> fixtures =
        actions.entrySet().stream()
            .map(
                e -> {
                  String id = UUID.randomUUID().toString();
                  names.put(id, e.getKey());
                  return new Events.ActionFixture(id, e.getKey(), e.getValue());
                })
            .toList();
    Events.PlanFixture plan =
        new Events.PlanFixture(
            UUID.randomUUID().toString(),
            HE_MUONG,
            "2026-2027",
            3,
            List.of(new Events.RowFixture(UUID.randomUUID().toString(), "2.1", fixtures)));
    approve(plan);
    reportProgress(
        DemoUsers.principalHeMuong(),
        fixtures.get(5).actionId(),
        Map.of("status", "DONE", "percentDone", 100));
    return plan;
  }

  @Test
  void each_action_gets_its_due_state_for_today_in_the_tenants_time_zone() throws Exception {
    Events.PlanFixture plan = aPlanWithDatedActions();

    Map<String, Object> states =
        actions(DemoUsers.principalHeMuong(), "planId=" + plan.planId()).stream()
            .collect(Collectors.toMap(a -> names.get(a.get("id")), a -> a.get("dueState")));

    assertEquals("OVERDUE", states.get("ended yesterday in Vietnam"));
    assertEquals("DUE_SOON", states.get("ends in 14 days"));
    assertEquals("ON_TRACK", states.get("ends in 15 days"));
    assertEquals("NO_DATE", states.get("no date"));
    assertEquals("RECURRING", states.get("recurring"));
    assertEquals("ON_TRACK", states.get("done late"));
    assertEquals("OVERDUE", states.get("recurring, unfinished at its end"));
  }

  @Test
  void a_tenant_configured_in_another_time_zone_has_its_own_today() throws Exception {
    Map<String, Map<String, Object>> dated = new LinkedHashMap<>();
    dated.put("ends 31 May", Map.of("timelineEnd", "2027-05-31"));
    dated.put("ends 15 June", Map.of("timelineEnd", "2027-06-15"));
    Events.PlanFixture inVietnam = aPlan(HE_MUONG, dated);
    Events.PlanFixture inUtc = aPlan(DINH_PHUOC, dated);
    approve(DIENBIEN, inVietnam);
    approve(HCM, inUtc);

    // the same instant, 17:30 UTC on 31 May: 1 June for dienbien, still 31 May for hcm (UTC)
    assertEquals(
        Map.of("ends 31 May", "OVERDUE", "ends 15 June", "DUE_SOON"),
        dueStates(DemoUsers.principalHeMuong(), inVietnam));
    assertEquals(
        Map.of("ends 31 May", "DUE_SOON", "ends 15 June", "ON_TRACK"),
        dueStates(DemoUsers.principalDinhPhuoc(), inUtc));
    assertTrue(namesOf(DemoUsers.reviewerHcm(), "overdue=true").isEmpty());
    assertEquals(List.of("ends 31 May"), namesOf(DemoUsers.reviewerHcm(), "dueSoon=true"));
  }

  @Test
  void the_plans_dates_are_stored_and_shown() throws Exception {
    Events.PlanFixture plan = aPlanWithDatedActions();

    Map<String, Object> second =
        actions(DemoUsers.principalHeMuong(), "planId=" + plan.planId()).get(1);

    assertEquals("2027-01-01", second.get("timelineStart"));
    assertEquals("2027-06-15", second.get("timelineEnd"));
    assertEquals(false, second.get("recurring"));
  }

  @Test
  void overdue_and_due_soon_lists_cover_the_callers_scope_only() throws Exception {
    Events.PlanFixture plan = aPlanWithDatedActions();

    // the whole scope: earliest end first
    assertEquals(
        List.of("recurring, unfinished at its end", "ended yesterday in Vietnam"),
        namesOf(DemoUsers.principalHeMuong(), "overdue=true"));
    assertEquals(List.of("ends in 14 days"), namesOf(DemoUsers.reviewerDienBien(), "dueSoon=true"));
    // within a plan, in the plan's order
    assertEquals(
        List.of("ended yesterday in Vietnam", "recurring, unfinished at its end"),
        namesOf(DemoUsers.reviewerDienBien(), "overdue=true&planId=" + plan.planId()));
    assertTrue(namesOf(DemoUsers.principalThanhXuong(), "overdue=true").isEmpty());
    assertTrue(namesOf(DemoUsers.reviewerThanhXuongOffice(), "dueSoon=true").isEmpty());
    assertTrue(actions(DemoUsers.reviewerHcm(), "overdue=true").isEmpty());
  }

  @Test
  void asking_for_overdue_and_due_soon_at_once_is_400() {
    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () -> actions(DemoUsers.reviewerDienBien(), "overdue=true&dueSoon=true"));
    assertEquals(HttpStatus.BAD_REQUEST, e.getStatus());
  }

  /** A plan of one row with these actions (name → extra fields); {@link #names} knows them. */
  private Events.PlanFixture aPlan(String schoolId, Map<String, Map<String, Object>> actions) {
    List<Events.ActionFixture> fixtures =
        actions.entrySet().stream()
            .map(
                e -> {
                  String id = UUID.randomUUID().toString();
                  names.put(id, e.getKey());
                  return new Events.ActionFixture(id, e.getKey(), e.getValue());
                })
            .toList();
    return new Events.PlanFixture(
        UUID.randomUUID().toString(),
        schoolId,
        "2026-2027",
        3,
        List.of(new Events.RowFixture(UUID.randomUUID().toString(), "2.1", fixtures)));
  }

  private Map<String, Object> dueStates(String token, Events.PlanFixture plan) {
    return actions(token, "planId=" + plan.planId()).stream()
        .collect(Collectors.toMap(a -> names.get(a.get("id")), a -> a.get("dueState")));
  }

  /** Names of this test's actions in the answer (other tests' plans share the database). */
  private List<String> namesOf(String token, String query) {
    return actions(token, query).stream()
        .map(a -> names.get(a.get("id")))
        .filter(n -> n != null)
        .toList();
  }
}
