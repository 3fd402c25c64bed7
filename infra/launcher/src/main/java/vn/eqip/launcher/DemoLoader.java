package vn.eqip.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Loads the demo data that lives behind the public API: the finished 2025-2026 self-assessments of
 * the demo schools, posted by their principals exactly as a script would. Running it again changes
 * nothing (a school that already has a finished SELF assessment for the year is left alone).
 *
 * <pre>java -cp launcher.jar vn.eqip.launcher.DemoLoader --gateway http://127.0.0.1:8080
 *     --keycloak http://127.0.0.1:8180 [--password demo] [--wait 120]</pre>
 *
 * <p>The org tree, schools and catalogs come from registry-service itself ({@code EQIP_DEMO=true}).
 */
public final class DemoLoader {

  static final String SCHOOL_YEAR = "2025-2026";

  static final List<SelfAssessmentProfile> PROFILES =
      List.of(
          new SelfAssessmentProfile("principal.hemuong", 4),
          new SelfAssessmentProfile("principal.thanhxuong", 6),
          new SelfAssessmentProfile("principal.muongmuon", 8),
          new SelfAssessmentProfile("principal.dinhphuoc", 10),
          new SelfAssessmentProfile("principal.quan10", 12));

  private final DemoApi api;
  private final String password;
  private final PrintStream out;

  DemoLoader(DemoApi api, String password, PrintStream out) {
    this.api = api;
    this.password = password;
    this.out = out;
  }

  public static void main(String[] argv) {
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    Launcher.run(
        "DemoLoader",
        () -> {
          Args args = Args.parse(argv);
          DemoApi api =
              new DemoApi(
                  args.text("gateway", "http://127.0.0.1:8080"),
                  args.text("keycloak", "http://127.0.0.1:8180"),
                  Duration.ofSeconds(Integer.parseInt(args.text("wait", "120"))));
          new DemoLoader(api, args.text("password", "demo"), out).loadAll();
        });
  }

  void loadAll() throws Exception {
    out.println("Demo self-assessments " + SCHOOL_YEAR + ":");
    for (SelfAssessmentProfile profile : PROFILES) {
      load(profile);
    }
  }

  private void load(SelfAssessmentProfile profile) throws Exception {
    String token = api.token(profile.username(), password);
    JsonNode schools = api.get(token, "/api/registry/schools").path("items");
    if (schools.size() != 1) {
      throw new IllegalStateException(
          profile.username() + " should see exactly one school, sees " + schools.size());
    }
    JsonNode school = schools.get(0);
    String schoolId = school.path("id").asText();

    JsonNode existing =
        api.get(
            token,
            "/api/plans/assessments?schoolId="
                + encode(schoolId)
                + "&schoolYear="
                + encode(SCHOOL_YEAR));
    for (JsonNode item : existing.path("items")) {
      if ("FINISHED".equals(item.path("status").asText())
          && "SELF".equals(item.path("kind").asText("SELF"))) {
        report(profile, school, item.path("summaryLine").asText(), "already there");
        return;
      }
    }

    JsonNode catalog =
        api.get(token, "/api/registry/frameworks/" + encode(school.path("framework").asText()));
    List<SelfAssessmentProfile.Criterion> criteria = new ArrayList<>();
    for (JsonNode c : catalog.path("criteria")) {
      criteria.add(
          new SelfAssessmentProfile.Criterion(
              c.path("code").asText(), c.path("hasLevel3").asBoolean()));
    }
    List<Integer> level4 = new ArrayList<>();
    for (JsonNode r : catalog.path("level4Requirements")) {
      level4.add(r.path("no").asInt());
    }
    if (criteria.isEmpty()) {
      throw new IllegalStateException(
          "catalog " + school.path("framework").asText() + " has no criteria");
    }
    JsonNode created =
        api.post(
            token, "/api/plans/assessments", profile.body(schoolId, SCHOOL_YEAR, criteria, level4));
    report(profile, school, created.path("summaryLine").asText(), "recorded");
  }

  private void report(SelfAssessmentProfile profile, JsonNode school, String summary, String what) {
    out.printf(
        "  %-22s %-40s %s (%s)%n", profile.username(), school.path("name").asText(), summary, what);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
