package vn.eqip.launcher;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads the demo data that lives behind the public API, posted exactly as a script would: the
 * previous and current school years opened by each department, the finished self-assessments of the
 * previous school year (the baseline of this year's plans), and the improvement plans of {@link
 * DemoPlans} with their progress. Running it again changes nothing (a year already open, a school
 * that already has a finished SELF assessment or a plan for the year is left alone).
 *
 * <pre>java -cp launcher.jar vn.eqip.launcher.DemoLoader --gateway http://127.0.0.1:8080
 *     --keycloak http://127.0.0.1:8180 [--password demo] [--wait 120]</pre>
 *
 * <p>The org tree, schools and catalogs come from registry-service itself ({@code EQIP_DEMO=true}).
 */
public final class DemoLoader {

  static final List<SelfAssessmentProfile> PROFILES =
      List.of(
          new SelfAssessmentProfile("principal.hemuong", 4),
          new SelfAssessmentProfile("principal.thanhxuong", 6),
          new SelfAssessmentProfile("principal.muongmuon", 8),
          new SelfAssessmentProfile("principal.dinhphuoc", 10),
          new SelfAssessmentProfile("principal.quan10", 12));

  /** The department admins who open the school years of their tenant. */
  static final List<String> DEPARTMENT_ADMINS = List.of("admin.dienbien", "admin.hcm");

  private final DemoApi api;
  private final String password;
  private final PrintStream out;
  private final DemoCalendar calendar;

  DemoLoader(DemoApi api, String password, PrintStream out, DemoCalendar calendar) {
    this.api = api;
    this.password = password;
    this.out = out;
    this.calendar = calendar;
  }

  static SelfAssessmentProfile profile(String username) {
    return PROFILES.stream()
        .filter(p -> p.username().equals(username))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no demo profile " + username));
  }

  /** The one school a principal sees. */
  static JsonNode onlySchool(DemoApi api, String token, String username) throws Exception {
    JsonNode schools = api.get(token, "/api/registry/schools").path("items");
    if (schools.size() != 1) {
      throw new IllegalStateException(
          username + " should see exactly one school, sees " + schools.size());
    }
    return schools.get(0);
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
          new DemoLoader(api, args.text("password", "demo"), out, new DemoCalendar(LocalDate.now()))
              .loadAll();
        });
  }

  void loadAll() throws Exception {
    out.println("Demo school years:");
    for (String admin : DEPARTMENT_ADMINS) {
      openSchoolYears(admin);
    }
    out.println("Demo self-assessments " + calendar.previousSchoolYear() + ":");
    for (SelfAssessmentProfile profile : PROFILES) {
      load(profile);
    }
    new DemoPlans(api, password, out, calendar).loadAll();
  }

  /**
   * The previous school year (deadline 31/10, long past) and the current one (deadline two weeks
   * from today, so that schools without a plan still have time), with three progress-report dates.
   */
  private void openSchoolYears(String admin) throws Exception {
    String token = api.token(admin, password);
    int now = calendar.startYear();
    for (int start : new int[] {now - 1, now}) {
      LocalDate deadline =
          start < now
              ? LocalDate.of(start, 10, 31)
              : min(calendar.today().plusDays(14), LocalDate.of(start + 1, 8, 31));
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("schoolYear", DemoCalendar.schoolYear(start));
      body.put("submissionDeadline", deadline.toString());
      body.put(
          "progressReportDates",
          List.of(
              LocalDate.of(start, 12, 15).toString(),
              LocalDate.of(start + 1, 3, 15).toString(),
              LocalDate.of(start + 1, 5, 25).toString()));
      boolean opened = api.createIfAbsent(token, "/api/registry/school-years", body);
      out.printf(
          "  %-16s %s deadline %s (%s)%n",
          admin, DemoCalendar.schoolYear(start), deadline, opened ? "opened" : "already open");
    }
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private void load(SelfAssessmentProfile profile) throws Exception {
    String schoolYear = calendar.previousSchoolYear();
    String token = api.token(profile.username(), password);
    JsonNode school = onlySchool(api, token, profile.username());
    String schoolId = school.path("id").asText();

    JsonNode existing =
        api.get(
            token,
            "/api/plans/assessments?schoolId="
                + encode(schoolId)
                + "&schoolYear="
                + encode(schoolYear));
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
            token, "/api/plans/assessments", profile.body(schoolId, schoolYear, criteria, level4));
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
