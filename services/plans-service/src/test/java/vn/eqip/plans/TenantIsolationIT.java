package vn.eqip.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.plans.testing.SchoolRegistryStub.DIENBIEN_ROOT;
import static vn.eqip.plans.testing.SchoolRegistryStub.DINHPHUOC;
import static vn.eqip.plans.testing.SchoolRegistryStub.HCM_ROOT;
import static vn.eqip.plans.testing.SchoolRegistryStub.HEMUONG;
import static vn.eqip.plans.testing.SchoolRegistryStub.THANHXUONG;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.eqip.plans.assessment.application.Assessments;
import vn.eqip.plans.plan.application.Plans;
import vn.eqip.plans.plan.domain.Actor;
import vn.eqip.plans.plan.domain.Plan;
import vn.eqip.plans.plan.domain.PlanStatus;
import vn.eqip.plans.shared.SchoolYear;

/**
 * Two tenants, two schools in one tenant: nobody sees or changes what is not theirs, through the
 * API or through the hand-written SQL of the adapters.
 */
@MicronautTest(transactional = false)
class TenantIsolationIT extends vn.eqip.plans.testing.PlansITSupport {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Plans plans;
  @Inject Assessments assessments;
  @Inject TransactionOperations<Connection> tx;

  String planOfHeMuong;

  @Override
  protected String serviceName() {
    return "plans_isolation";
  }

  String principalHeMuong() {
    return tokens.token("principal.hemuong", "dienbien", HEMUONG, "principal");
  }

  String principalThanhXuong() {
    return tokens.token("principal.thanhxuong", "dienbien", THANHXUONG, "principal");
  }

  String reviewerHcm() {
    return tokens.token("reviewer.hcm", "hcm", HCM_ROOT, "reviewer");
  }

  String principalDinhPhuoc() {
    return tokens.token("principal.dinhphuoc", "hcm", DINHPHUOC, "principal");
  }

  /** A token of tenant hcm that names Điện Biên's root as its org unit: still tenant hcm. */
  String hcmUserClaimingADienBienUnit() {
    return tokens.token("intruder", "hcm", DIENBIEN_ROOT, "reviewer");
  }

  @BeforeAll
  void aPlanOfHeMuongThatIsSubmitted() {
    Map<?, ?> plan =
        http.toBlocking()
            .retrieve(
                HttpRequest.POST(
                        "/api/plans/plans", Map.of("schoolId", HEMUONG, "schoolYear", "2026-2027"))
                    .bearerAuth(principalHeMuong()),
                Map.class);
    planOfHeMuong = (String) plan.get("id");
    http.toBlocking()
        .exchange(
            HttpRequest.POST(
                    "/api/plans/plans/" + planOfHeMuong + "/rows",
                    Map.of("criterionCode", "1.1", "target", "Đạt mức 3"))
                .bearerAuth(principalHeMuong()));
    http.toBlocking()
        .exchange(
            HttpRequest.POST("/api/plans/plans/" + planOfHeMuong + "/submission", Map.of())
                .bearerAuth(principalHeMuong()));
  }

  HttpStatus status(MutableHttpRequest<?> request) {
    return assertThrows(
            HttpClientResponseException.class, () -> http.toBlocking().exchange(request))
        .getStatus();
  }

  @Test
  void another_tenant_can_neither_read_nor_review_nor_edit_the_plan() {
    for (String token :
        List.of(reviewerHcm(), principalDinhPhuoc(), hcmUserClaimingADienBienUnit())) {
      assertEquals(
          HttpStatus.NOT_FOUND,
          status(HttpRequest.GET("/api/plans/plans/" + planOfHeMuong).bearerAuth(token)));
    }
    assertEquals(
        HttpStatus.NOT_FOUND,
        status(
            HttpRequest.POST("/api/plans/plans/" + planOfHeMuong + "/approval", Map.of())
                .bearerAuth(reviewerHcm())));
    assertEquals(
        HttpStatus.NOT_FOUND,
        status(
            HttpRequest.POST(
                    "/api/plans/plans/" + planOfHeMuong + "/return", Map.of("comment", "x"))
                .bearerAuth(hcmUserClaimingADienBienUnit())));
    assertEquals(
        HttpStatus.NOT_FOUND,
        status(
            HttpRequest.POST(
                    "/api/plans/plans/" + planOfHeMuong + "/rows",
                    Map.of("criterionCode", "1.2", "target", "x"))
                .bearerAuth(principalDinhPhuoc())));

    assertEquals(PlanStatus.SUBMITTED, storedStatus());
  }

  @Test
  void another_tenant_can_neither_lint_nor_read_versions_nor_edit_the_document_or_rows() {
    for (String token :
        List.of(reviewerHcm(), principalDinhPhuoc(), hcmUserClaimingADienBienUnit())) {
      assertEquals(
          HttpStatus.NOT_FOUND,
          status(HttpRequest.GET("/api/plans/plans/" + planOfHeMuong + "/lint").bearerAuth(token)));
      assertEquals(
          HttpStatus.NOT_FOUND,
          status(
              HttpRequest.GET("/api/plans/plans/" + planOfHeMuong + "/versions")
                  .bearerAuth(token)));
    }
    assertEquals(
        HttpStatus.NOT_FOUND,
        status(
            HttpRequest.PATCH("/api/plans/plans/" + planOfHeMuong, Map.of("place", "x"))
                .bearerAuth(principalDinhPhuoc())));
    assertEquals(
        HttpStatus.NOT_FOUND,
        status(
            HttpRequest.POST(
                    "/api/plans/plans/" + planOfHeMuong + "/rows/any/move", Map.of("position", 1))
                .bearerAuth(principalDinhPhuoc())));
    assertEquals(
        HttpStatus.NOT_FOUND,
        status(
            HttpRequest.DELETE("/api/plans/plans/" + planOfHeMuong + "/rows/any")
                .bearerAuth(principalDinhPhuoc())));
    assertTrue(tx.executeRead(s -> plans.versions("hcm", planOfHeMuong)).isEmpty());
    assertEquals(1, tx.executeRead(s -> plans.versions("dienbien", planOfHeMuong)).size());
    assertTrue(tx.executeRead(s -> plans.rowComments("hcm", planOfHeMuong)).isEmpty());
    assertEquals(PlanStatus.SUBMITTED, storedStatus());
  }

  @Test
  void a_principal_of_another_school_of_the_same_tenant_sees_nothing() {
    assertEquals(
        HttpStatus.NOT_FOUND,
        status(
            HttpRequest.GET("/api/plans/plans/" + planOfHeMuong)
                .bearerAuth(principalThanhXuong())));
    assertEquals(
        HttpStatus.NOT_FOUND,
        status(
            HttpRequest.POST(
                    "/api/plans/plans/" + planOfHeMuong + "/rows",
                    Map.of("criterionCode", "1.2", "target", "x"))
                .bearerAuth(principalThanhXuong())));
    assertEquals(
        HttpStatus.NOT_FOUND,
        status(
            HttpRequest.GET("/api/plans/assessments?schoolId=" + HEMUONG)
                .bearerAuth(principalThanhXuong())));
  }

  @Test
  void the_hand_written_queries_filter_by_tenant() {
    assertTrue(tx.executeRead(s -> plans.find("hcm", planOfHeMuong)).isEmpty());
    assertTrue(tx.executeRead(s -> plans.history("hcm", planOfHeMuong)).isEmpty());
    assertTrue(tx.executeRead(s -> assessments.list("hcm", HEMUONG, null)).isEmpty());
    assertTrue(
        tx.executeRead(s -> plans.existsForSchoolYear("hcm", HEMUONG, "2026-2027")) == false);
  }

  @Test
  void an_update_carrying_another_tenant_changes_nothing() {
    Plan forged =
        Plan.restore(
            planOfHeMuong,
            "hcm",
            HEMUONG,
            SchoolYear.parse("2026-2027"),
            new Actor("x", "x"),
            Instant.now(),
            null,
            PlanStatus.SUBMITTED,
            currentRevision(),
            null,
            List.of());
    forged.approve(new Actor("intruder", "intruder"), Instant.now());

    assertThrows(
        Plans.ConcurrentPlanChange.class,
        () ->
            tx.executeWrite(
                s -> {
                  plans.update(forged);
                  return null;
                }));
    assertEquals(PlanStatus.SUBMITTED, storedStatus());
    assertEquals(
        1, tx.executeRead(s -> plans.find("dienbien", planOfHeMuong)).orElseThrow().rows().size());
  }

  PlanStatus storedStatus() {
    return tx.executeRead(s -> plans.find("dienbien", planOfHeMuong)).orElseThrow().status();
  }

  int currentRevision() {
    return tx.executeRead(s -> plans.find("dienbien", planOfHeMuong)).orElseThrow().revision();
  }
}
