package vn.eqip.monitoring.actions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
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
 * UTC but already 1 June, 00:30, in Asia/Ho_Chi_Minh (UTC+7).
 */
@MicronautTest(transactional = false)
class OverdueIT extends MonitoringTestBase {

  static final Instant JUST_AFTER_MIDNIGHT_IN_VIETNAM = Instant.parse("2027-05-31T17:30:00Z");

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

    assertEquals(
        List.of("ended yesterday in Vietnam"),
        namesOf(DemoUsers.principalHeMuong(), "overdue=true"));
    assertEquals(List.of("ends in 14 days"), namesOf(DemoUsers.reviewerDienBien(), "dueSoon=true"));
    assertEquals(
        List.of("ended yesterday in Vietnam"),
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

  /** Names of this test's actions in the answer (other tests' plans share the database). */
  private List<String> namesOf(String token, String query) {
    return actions(token, query).stream()
        .map(a -> names.get(a.get("id")))
        .filter(n -> n != null)
        .toList();
  }
}
