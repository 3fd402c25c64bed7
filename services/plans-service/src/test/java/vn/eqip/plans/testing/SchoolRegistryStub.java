package vn.eqip.plans.testing;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.eqip.plans.assessment.domain.Catalog;
import vn.eqip.plans.integration.SchoolRegistryClient;
import vn.eqip.plans.integration.SchoolRegistryOperations;

/**
 * Stands in for registry-service in plans-service's own tests, with the registry's scoping rule: a
 * school is visible to a caller of its tenant whose org unit is the school itself or a unit above
 * it in the demo org tree. (The real client is exercised end to end in infra/e2e.)
 */
@Singleton
@Requires(env = "test")
@Replaces(SchoolRegistryClient.class)
public class SchoolRegistryStub implements SchoolRegistryOperations {

  public static final String DIENBIEN_ROOT = "d1000000-0000-4000-8000-000000000001";
  public static final String HEMUONG = "d1000000-0000-4000-8000-000000000103";
  public static final String THANHXUONG = "d1000000-0000-4000-8000-000000000102";
  public static final String HCM_ROOT = "c1000000-0000-4000-8000-000000000001";
  public static final String DINHPHUOC = "c1000000-0000-4000-8000-000000000103";

  record School(String tenant, String root, SchoolInfo info) {}

  static final List<School> SCHOOLS =
      List.of(
          new School(
              "dienbien",
              DIENBIEN_ROOT,
              new SchoolInfo(
                  HEMUONG,
                  "11710301",
                  "Trường PTDTBT Tiểu học xã Hẹ Muông",
                  "PRIMARY",
                  "TT17-2018-TH")),
          new School(
              "dienbien",
              DIENBIEN_ROOT,
              new SchoolInfo(
                  THANHXUONG,
                  "11710201",
                  "Trường THCS xã Thanh Xương",
                  "LOWER_SECONDARY",
                  "TT18-2018-THCS-THPT")),
          new School(
              "hcm",
              HCM_ROOT,
              new SchoolInfo(
                  DINHPHUOC, "79010301", "Trường Tiểu học Định Phước", "PRIMARY", "TT17-2018-TH")));

  private static final Pattern TENANT = Pattern.compile("\"tenant\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ORG_UNIT = Pattern.compile("\"org_unit\"\\s*:\\s*\"([^\"]+)\"");

  private final java.util.concurrent.atomic.AtomicInteger schoolLookups =
      new java.util.concurrent.atomic.AtomicInteger();

  /** How many school lookups were made since the last call (one per request is the goal). */
  public int takeSchoolLookups() {
    return schoolLookups.getAndSet(0);
  }

  @Override
  public Optional<SchoolInfo> visibleSchool(
      String authorization, String schoolId, String schoolYear) {
    schoolLookups.incrementAndGet();
    String claims = claims(authorization);
    String tenant = claim(TENANT, claims);
    String orgUnit = claim(ORG_UNIT, claims);
    return SCHOOLS.stream()
        .filter(s -> s.info().id().equals(schoolId))
        .filter(s -> s.tenant().equals(tenant))
        .filter(
            s ->
                s.root().equals(orgUnit)
                    || vn.eqip.platform.testing.DemoOrgTree.pathOf(s.info().id())
                        .contains("/" + orgUnit + "/"))
        .map(School::info)
        .findFirst();
  }

  @Override
  public Catalog catalog(String authorization, String frameworkId) {
    return Catalogs.all().stream()
        .filter(c -> c.frameworkId().equals(frameworkId))
        .findFirst()
        .orElseThrow();
  }

  private static String claims(String authorization) {
    String token = authorization.substring("Bearer ".length());
    return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
  }

  private static String claim(Pattern pattern, String claims) {
    Matcher m = pattern.matcher(claims);
    return m.find() ? m.group(1) : "";
  }
}
