package vn.eqip.plans;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.plans.testing.SchoolRegistryStub.DIENBIEN_ROOT;
import static vn.eqip.plans.testing.SchoolRegistryStub.HCM_ROOT;
import static vn.eqip.plans.testing.SchoolRegistryStub.HEMUONG;
import static vn.eqip.plans.testing.SchoolRegistryStub.THANHXUONG;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The plan downloaded as a Word file through HTTP, by whoever may see it and by nobody else. */
@MicronautTest(transactional = false)
class PlanDocumentIT extends vn.eqip.plans.testing.PlansITSupport {

  static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @Inject
  @Client("/")
  HttpClient http;

  String planId;

  @Override
  protected String serviceName() {
    return "plans_document";
  }

  String principal() {
    return tokens.token("principal.hemuong", "dienbien", HEMUONG, "principal");
  }

  Map<?, ?> post(String path, Object body) {
    return http.toBlocking()
        .retrieve(HttpRequest.POST(path, body).bearerAuth(principal()), Map.class);
  }

  HttpResponse<byte[]> download(String token) {
    return http.toBlocking()
        .exchange(
            HttpRequest.GET("/api/plans/plans/" + planId + "/document.docx").bearerAuth(token),
            byte[].class);
  }

  @BeforeAll
  void a_plan_with_two_rows() {
    planId =
        (String)
            post("/api/plans/plans", Map.of("schoolId", HEMUONG, "schoolYear", "2026-2027"))
                .get("id");
    Map<String, Object> first =
        Map.of(
            "description",
            "Sửa cổng trường",
            "lead",
            "Hiệu trưởng",
            "timeline",
            "Quý 1/2027",
            "budget",
            "350 triệu đồng");
    Map<String, Object> second =
        Map.of(
            "description",
            "Làm hàng rào",
            "lead",
            "Phó hiệu trưởng",
            "timeline",
            "Năm 2027",
            "budget",
            "Không");
    post(
        "/api/plans/plans/" + planId + "/rows",
        Map.of("criterionCode", "3.1", "target", "Đạt mức 2", "actions", List.of(first, second)));
    post(
        "/api/plans/plans/" + planId + "/rows",
        Map.of("criterionCode", "3.3", "target", "Đạt mức 2", "actions", List.of(first)));
    http.toBlocking()
        .exchange(
            HttpRequest.PATCH(
                    "/api/plans/plans/" + planId,
                    Map.of("superiorBody", "UBND xã Hẹ Muông", "place", "Hẹ Muông"))
                .bearerAuth(principal()),
            Map.class);
  }

  @Test
  void the_principal_downloads_the_plan_as_a_word_file() throws Exception {
    HttpResponse<byte[]> response = download(principal());

    assertEquals(HttpStatus.OK, response.getStatus());
    assertEquals(DOCX, response.getContentType().orElseThrow().toString());
    assertEquals(
        "attachment; filename=\"KH-cai-tien-2026-2027-11710301.docx\"",
        response.header(HttpHeaders.CONTENT_DISPOSITION));
    try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(response.body()))) {
      XWPFTable header = doc.getTables().get(0);
      assertEquals(
          "UBND XÃ HẸ MUÔNG", header.getRow(0).getCell(0).getParagraphs().get(0).getText());
      XWPFTable content = doc.getTables().get(1);
      assertEquals(6, content.getNumberOfRows(), "header, tier, standard, 2 + 1 action rows");
      // the standard's title comes from the school's circular (the catalog)
      assertEquals(
          "Tiêu chuẩn 3: Cơ sở vật chất và thiết bị dạy học",
          content.getRow(2).getCell(0).getText());
      assertEquals("Tiêu chí 3.1", content.getRow(3).getCell(1).getText());
      assertEquals("Làm hàng rào", content.getRow(4).getCell(3).getText());
      assertEquals("Tiêu chí 3.3", content.getRow(5).getCell(1).getText());
    }
  }

  @Test
  void a_reviewer_whose_scope_covers_the_school_downloads_it_too() {
    String reviewer = tokens.token("reviewer.dienbien", "dienbien", DIENBIEN_ROOT, "reviewer");
    assertEquals(HttpStatus.OK, download(reviewer).getStatus());
  }

  @Test
  void a_user_of_another_tenant_gets_404_problem() {
    String hcm = tokens.token("reviewer.hcm", "hcm", HCM_ROOT, "reviewer");
    HttpClientResponseException e =
        assertThrows(HttpClientResponseException.class, () -> download(hcm));

    assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
    assertEquals(
        "application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
  }

  @Test
  void a_principal_of_another_school_gets_404_problem() {
    String other = tokens.token("principal.thanhxuong", "dienbien", THANHXUONG, "principal");
    HttpClientResponseException e =
        assertThrows(HttpClientResponseException.class, () -> download(other));

    assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
    assertTrue(
        e.getResponse().getBody(String.class).orElse("").contains("kế hoạch"),
        "problem detail names the plan");
  }
}
