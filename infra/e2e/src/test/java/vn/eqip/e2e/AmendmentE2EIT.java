package vn.eqip.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An approved plan amended through a new submission, across the services (issues 5, 6, 7): Thanh
 * Xương's approved plan of last school year (demo data, with progress and results) is reopened, one
 * action reworded and one row added, submitted and approved again. Meanwhile the reports still
 * count it approved; afterwards monitoring tracks the reworded action with its progress kept and
 * the new one from "chưa bắt đầu".
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
@ExtendWith(SharedPlatform.class)
class AmendmentE2EIT {

  static final String THANH_XUONG = ThinLoopE2EIT.THANH_XUONG;
  static final String YEAR = ThinLoopE2EIT.PREVIOUS_YEAR;
  static final Duration EVENTUALLY = Duration.ofSeconds(20);

  static Api api;

  @BeforeAll
  static void connect() {
    Platform platform = SharedPlatform.platform();
    api = new Api(platform.gatewayUrl(), platform.keycloakUrl());
  }

  @Test
  void an_amendment_keeps_the_reported_progress_and_the_plan_counts_as_approved_meanwhile()
      throws Exception {
    String planId = lastYearsPlan();
    String plan = "/api/plans/plans/" + planId;
    JsonNode before = api.get("principal.thanhxuong", plan).json();
    assertEquals("APPROVED", before.path("status").asText(), before::toString);
    int approvedVersion = before.path("workflow").path("approvedVersion").asInt();
    JsonNode tracked = actions(planId);
    JsonNode first = tracked.get(0);
    String actionId = first.path("id").asText();
    String statusBefore = first.path("status").asText();
    int percentBefore = first.path("percentDone").asInt();

    Api.Response opened =
        api.post(
            "principal.thanhxuong",
            plan + "/amendment",
            Map.of("reason", "Điều chỉnh theo kết quả giữa kỳ"));
    assertEquals(200, opened.status(), opened::toString);
    assertEquals("DRAFT", opened.json().path("status").asText());
    assertTrue(opened.json().path("workflow").path("amending").asBoolean(), opened::toString);

    // the reports still count the plan as approved while the amendment is written
    String rollup = "/api/reports/rollup?schoolYear=" + YEAR;
    Api.Response report =
        eventually(
            () -> api.get("reviewer.dienbien", rollup),
            r -> r.status() == 200 && planStatus(r.json()).equals("APPROVED"));
    assertEquals("APPROVED", planStatus(report.json()), report::toString);

    JsonNode row = rowWithAction(opened.json(), actionId);
    Api.Response reworded =
        api.call(
            "PUT",
            plan + "/rows/" + row.path("id").asText(),
            "Bearer " + api.token("principal.thanhxuong"),
            rowBody(row, actionId, "(điều chỉnh) "));
    assertEquals(200, reworded.status(), reworded::toString);
    Api.Response added =
        api.post(
            "principal.thanhxuong",
            plan + "/rows",
            Map.of(
                "criterionCode",
                "2.1",
                "target",
                "Đạt mức 2",
                "actions",
                List.of(
                    Map.of(
                        "description",
                        "Bồi dưỡng tổ trưởng chuyên môn (bổ sung khi điều chỉnh)",
                        "lead",
                        "Phó hiệu trưởng",
                        "timeline",
                        "Tháng 5/" + YEAR.substring(5),
                        "budget",
                        "5.000.000 đồng"))));
    assertEquals(201, added.status(), added::toString);

    Api.Response submitted = api.post("principal.thanhxuong", plan + "/submission", null);
    assertEquals(200, submitted.status(), submitted::toString);
    Api.Response approved = api.post("reviewer.dienbien", plan + "/approval", null);
    assertEquals(200, approved.status(), approved::toString);
    assertEquals(
        approvedVersion + 1,
        approved.json().path("workflow").path("approvedVersion").asInt(),
        approved::toString);

    JsonNode after =
        eventually(
                () -> api.get("principal.thanhxuong", "/api/monitoring/actions?planId=" + planId),
                r ->
                    r.status() == 200
                        && r.json().path("items").size() == tracked.size() + 1
                        && action(r.json().path("items"), actionId)
                            .path("description")
                            .asText()
                            .startsWith("(điều chỉnh) "))
            .json()
            .path("items");
    assertEquals(tracked.size() + 1, after.size(), after::toString);
    JsonNode kept = action(after, actionId);
    assertTrue(kept.path("description").asText().startsWith("(điều chỉnh) "), kept::toString);
    assertEquals(statusBefore, kept.path("status").asText(), "progress kept: " + kept);
    assertEquals(percentBefore, kept.path("percentDone").asInt(), "progress kept: " + kept);
    List<JsonNode> fresh = new ArrayList<>();
    after.forEach(
        a -> {
          if (a.path("description").asText().contains("bổ sung khi điều chỉnh")) {
            fresh.add(a);
          }
        });
    assertEquals(1, fresh.size(), after::toString);
    assertEquals("NOT_STARTED", fresh.get(0).path("status").asText());
  }

  private static String lastYearsPlan() {
    Api.Response list =
        api.get(
            "principal.thanhxuong",
            "/api/plans/plans?schoolId=" + THANH_XUONG + "&schoolYear=" + YEAR);
    assertEquals(200, list.status(), list::toString);
    assertEquals(1, list.json().path("items").size(), list::toString);
    return list.json().path("items").get(0).path("id").asText();
  }

  private static JsonNode actions(String planId) {
    Api.Response response =
        api.get("principal.thanhxuong", "/api/monitoring/actions?planId=" + planId);
    assertEquals(200, response.status(), response::toString);
    JsonNode items = response.json().path("items");
    assertFalse(items.isEmpty(), response::toString);
    return items;
  }

  private static JsonNode action(JsonNode items, String id) {
    for (JsonNode item : items) {
      if (item.path("id").asText().equals(id)) {
        return item;
      }
    }
    throw new AssertionError("action " + id + " not tracked: " + items);
  }

  private static JsonNode rowWithAction(JsonNode plan, String actionId) {
    for (JsonNode row : plan.path("rows")) {
      for (JsonNode action : row.path("actions")) {
        if (action.path("id").asText().equals(actionId)) {
          return row;
        }
      }
    }
    throw new AssertionError("no row has action " + actionId + ": " + plan);
  }

  /** The row as PUT /rows/{rowId} takes it, with one action's description prefixed. */
  private static Map<String, Object> rowBody(JsonNode row, String actionId, String prefix) {
    Map<String, Object> body = new LinkedHashMap<>();
    if (row.hasNonNull("criterionCode")) {
      body.put("criterionCode", row.path("criterionCode").asText());
    } else {
      body.put("level4No", row.path("level4No").asInt());
    }
    body.put("target", row.path("target").asText());
    List<Map<String, Object>> actions = new ArrayList<>();
    for (JsonNode a : row.path("actions")) {
      Map<String, Object> action = new LinkedHashMap<>();
      action.put("id", a.path("id").asText());
      String description = a.path("description").asText();
      action.put(
          "description",
          a.path("id").asText().equals(actionId) ? prefix + description : description);
      action.put("lead", a.path("lead").asText());
      putIfPresent(action, "partners", a);
      putIfPresent(action, "timeline", a);
      putIfPresent(action, "budget", a);
      actions.add(action);
    }
    body.put("actions", actions);
    return body;
  }

  private static void putIfPresent(Map<String, Object> target, String field, JsonNode from) {
    if (from.hasNonNull(field)) {
      target.put(field, from.path(field).asText());
    }
  }

  private static String planStatus(JsonNode rollup) {
    for (JsonNode school : rollup.path("items")) {
      if (school.path("schoolId").asText().equals(THANH_XUONG)) {
        return school.path("planStatus").asText();
      }
    }
    return "";
  }

  private static Api.Response eventually(Supplier<Api.Response> call, Predicate<Api.Response> done)
      throws InterruptedException {
    long deadline = System.nanoTime() + EVENTUALLY.toNanos();
    Api.Response last = call.get();
    while (!done.test(last) && System.nanoTime() < deadline) {
      Thread.sleep(500);
      last = call.get();
    }
    return last;
  }
}
