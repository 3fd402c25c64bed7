package vn.eqip.reporting.testing;

import io.micronaut.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Builds event envelopes exactly as the relays put them on the bus (JSON bytes). */
public final class Events {

  private final JsonMapper json;

  public Events(JsonMapper json) {
    this.json = json;
  }

  public byte[] envelope(
      String eventId,
      String source,
      String type,
      String tenant,
      String aggregateId,
      Map<String, Object> payload) {
    Map<String, Object> e = new LinkedHashMap<>();
    e.put("eventId", eventId);
    e.put("source", source);
    e.put("type", type);
    e.put("version", 1);
    e.put("tenantId", tenant);
    e.put("aggregateId", aggregateId);
    e.put("occurredAt", Instant.now().toString());
    e.put("payload", payload);
    try {
      return json.writeValueAsBytes(e);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  public byte[] orgUnitRegistered(DemoOrgTree.Unit unit) {
    return envelope(
        id(), "registry", "OrgUnitRegistered", unit.tenant(), unit.id(), unit.payload());
  }

  public byte[] schoolRegistered(DemoOrgTree.School school) {
    return envelope(
        id(), "registry", "SchoolRegistered", school.tenant(), school.id(), school.payload());
  }

  /**
   * A plan workflow event: type PlanCreated, PlanSubmitted, PlanReturned or PlanApproved, with the
   * status it leads to.
   */
  public byte[] plan(
      String type, String tenant, String planId, String schoolId, String schoolYear, int revision) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("planId", planId);
    p.put("schoolId", schoolId);
    p.put("schoolYear", schoolYear);
    p.put(
        "status",
        switch (type) {
          case "PlanCreated" -> "DRAFT";
          case "PlanSubmitted" -> "SUBMITTED";
          case "PlanReturned" -> "RETURNED";
          case "PlanApproved" -> "APPROVED";
          default -> throw new IllegalArgumentException(type);
        });
    p.put("revision", revision);
    p.put("occurredAt", Instant.now().toString());
    p.put("actor", "someone");
    if (type.equals("PlanReturned")) {
      p.put("comment", "Bổ sung kinh phí cho tiêu chí 3.1");
    }
    if (type.equals("PlanApproved")) {
      p.put("rows", java.util.List.of());
    }
    return envelope(id(), "plans", type, tenant, planId, p);
  }

  /** A finished assessment with counts "met/total" per level 1..4. */
  public byte[] assessmentFinished(
      String tenant,
      String assessmentId,
      String schoolId,
      String schoolYear,
      String kind,
      int version,
      int[][] counts,
      int overallLevel,
      Instant finishedAt) {
    Map<String, Object> c = new LinkedHashMap<>();
    StringBuilder summary = new StringBuilder();
    for (int level = 1; level <= 4; level++) {
      int met = counts[level - 1][0];
      int total = counts[level - 1][1];
      c.put("level" + level, Map.of("met", met, "total", total));
      summary.append(level > 1 ? " · " : "").append("Mức ").append(level).append(": ");
      summary.append(met).append('/').append(total);
    }
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("assessmentId", assessmentId);
    p.put("schoolId", schoolId);
    p.put("schoolYear", schoolYear);
    p.put("kind", kind);
    p.put("framework", "TT17-2018-TH");
    p.put("version", version);
    p.put("counts", c);
    p.put("overallLevel", overallLevel);
    p.put("summaryLine", summary.toString());
    p.put("finishedAt", finishedAt.toString());
    return envelope(id(), "plans", "AssessmentFinished", tenant, assessmentId, p);
  }

  /** The profile of Hẹ Muông's plan: 27/27, 27/27, 4/19, 0/5. */
  public static int[][] heMuongProfile() {
    return new int[][] {{27, 27}, {27, 27}, {4, 19}, {0, 5}};
  }

  private static String id() {
    return UUID.randomUUID().toString();
  }
}
