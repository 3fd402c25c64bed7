package vn.eqip.monitoring.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static vn.eqip.monitoring.testing.Events.aPlanWithTwoRowsAndThreeActions;
import static vn.eqip.platform.testing.DemoOrgTree.HE_MUONG;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.eqip.monitoring.testing.Events;
import vn.eqip.monitoring.testing.MonitoringTestBase;
import vn.eqip.platform.testing.DemoUsers;

/** Evidence files: upload abuse, storage, listing and download rights. */
@MicronautTest(transactional = false)
class EvidenceIT extends MonitoringTestBase {

  @Value("${eqip.evidence.dir}")
  String storeDir;

  @Test
  void the_principal_attaches_a_pdf_that_is_stored_listed_announced_and_served_as_attachment()
      throws Exception {
    String actionId = anApprovedAction();
    byte[] pdf = Samples.pdf();

    HttpResponse<Map> created =
        upload(DemoUsers.principalHeMuong(), actionId, "Biên bản họp tổ.pdf", pdf);

    assertEquals(HttpStatus.CREATED, created.getStatus());
    Map<?, ?> body = created.body();
    String evidenceId = body.get("id").toString();
    assertEquals("application/pdf", body.get("contentType"));
    assertEquals(pdf.length, ((Number) body.get("size")).intValue());
    assertEquals(sha256(pdf), body.get("sha256"));
    assertEquals("principal.hemuong", body.get("uploadedBy"));
    assertEquals(1, storedFiles(actionId));
    assertEquals(
        1,
        db.count(
            "SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ? AND event_type = ?",
            actionId,
            "EvidenceAttached"));

    List<Map<String, Object>> listed = evidenceOf(DemoUsers.reviewerDienBien(), actionId);
    assertEquals(List.of(evidenceId), listed.stream().map(e -> e.get("id")).toList());
    assertEquals("Biên bản họp tổ.pdf", listed.get(0).get("originalName"));

    HttpResponse<byte[]> download =
        http.toBlocking()
            .exchange(
                HttpRequest.GET("/api/monitoring/evidence/" + evidenceId)
                    .bearerAuth(DemoUsers.reviewerDienBien()),
                byte[].class);
    assertArrayEquals(pdf, download.body());
    assertEquals("application/pdf", download.getContentType().orElseThrow().toString());
    assertTrue(download.header("Content-Disposition").startsWith("attachment;"));
    assertEquals("nosniff", download.header("X-Content-Type-Options"));
  }

  @Test
  void the_type_comes_from_the_content_not_from_the_name() throws Exception {
    String actionId = anApprovedAction();

    Map<?, ?> body =
        upload(DemoUsers.principalHeMuong(), actionId, "anh.pdf", Samples.png()).body();

    assertEquals("image/png", body.get("contentType"));
    assertEquals("anh.pdf", body.get("originalName"));
    HttpResponse<byte[]> download =
        http.toBlocking()
            .exchange(
                HttpRequest.GET("/api/monitoring/evidence/" + body.get("id"))
                    .bearerAuth(DemoUsers.principalHeMuong()),
                byte[].class);
    assertEquals("image/png", download.getContentType().orElseThrow().toString());
    // saved under the extension of what was checked, never opened as a PDF (or a page, a program)
    assertTrue(
        download.header("Content-Disposition").startsWith("attachment; filename=\"anh.pdf.png\""),
        download.header("Content-Disposition"));
  }

  @Test
  void a_30_mb_file_is_413_problem_json_and_nothing_is_written() throws Exception {
    String actionId = anApprovedAction();

    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () ->
                upload(
                    DemoUsers.principalHeMuong(),
                    actionId,
                    "lon.pdf",
                    Samples.concat(Samples.pdf(), new byte[30 * 1024 * 1024])));

    assertEquals(HttpStatus.REQUEST_ENTITY_TOO_LARGE, e.getStatus());
    assertTrue(problem(e).get("detail").toString().contains("tối đa 20 MB"));
    assertNothingWritten(actionId);
  }

  @Test
  void an_exe_or_an_html_page_named_pdf_is_415_problem_json_and_nothing_is_written()
      throws Exception {
    String actionId = anApprovedAction();

    for (byte[] fake : List.of(Samples.exe(), Samples.html())) {
      HttpClientResponseException e =
          assertThrows(
              HttpClientResponseException.class,
              () -> upload(DemoUsers.principalHeMuong(), actionId, "bao-cao.pdf", fake));
      assertEquals(HttpStatus.UNSUPPORTED_MEDIA_TYPE, e.getStatus());
      assertTrue(problem(e).get("detail").toString().contains("theo nội dung"));
    }
    assertNothingWritten(actionId);
  }

  @Test
  void an_empty_file_is_422_problem_json_and_nothing_is_written() throws Exception {
    String actionId = anApprovedAction();

    HttpClientResponseException e =
        assertThrows(
            HttpClientResponseException.class,
            () -> upload(DemoUsers.principalHeMuong(), actionId, "trong.pdf", new byte[0]));

    assertEquals(HttpStatus.UNPROCESSABLE_ENTITY, e.getStatus());
    assertTrue(problem(e).get("detail").toString().contains("trống"));
    assertNothingWritten(actionId);
  }

  @Test
  void only_the_principal_and_the_lead_may_attach_and_outsiders_learn_nothing() throws Exception {
    String actionId = anApprovedAction();
    Map<String, HttpStatus> expected =
        Map.of(
            DemoUsers.staffHeMuong(), HttpStatus.FORBIDDEN,
            DemoUsers.reviewerDienBien(), HttpStatus.FORBIDDEN,
            DemoUsers.adminDienBien(), HttpStatus.FORBIDDEN,
            DemoUsers.principalThanhXuong(), HttpStatus.NOT_FOUND,
            DemoUsers.principalDinhPhuoc(), HttpStatus.NOT_FOUND);
    for (Map.Entry<String, HttpStatus> e : expected.entrySet()) {
      HttpClientResponseException thrown =
          assertThrows(
              HttpClientResponseException.class,
              () -> upload(e.getKey(), actionId, "a.pdf", Samples.pdf()));
      assertEquals(e.getValue(), thrown.getStatus());
    }
    assertNothingWritten(actionId);

    assignLead(DemoUsers.principalHeMuong(), actionId, "staff.hemuong");
    assertEquals(
        HttpStatus.CREATED,
        upload(DemoUsers.staffHeMuong(), actionId, "a.xlsx", Samples.xlsx()).getStatus());
  }

  @Test
  void evidence_of_a_school_outside_the_callers_scope_or_tenant_is_404() throws Exception {
    String actionId = anApprovedAction();
    String evidenceId =
        upload(DemoUsers.principalHeMuong(), actionId, "a.docx", Samples.docx())
            .body()
            .get("id")
            .toString();

    for (String token : List.of(DemoUsers.principalThanhXuong(), DemoUsers.reviewerHcm())) {
      HttpClientResponseException e =
          assertThrows(
              HttpClientResponseException.class,
              () ->
                  http.toBlocking()
                      .exchange(
                          HttpRequest.GET("/api/monitoring/evidence/" + evidenceId)
                              .bearerAuth(token),
                          byte[].class));
      assertEquals(HttpStatus.NOT_FOUND, e.getStatus());
      HttpClientResponseException list =
          assertThrows(HttpClientResponseException.class, () -> evidenceOf(token, actionId));
      assertEquals(HttpStatus.NOT_FOUND, list.getStatus());
    }
  }

  private String anApprovedAction() throws IOException {
    Events.PlanFixture plan = aPlanWithTwoRowsAndThreeActions(HE_MUONG);
    approve(plan);
    return plan.actionIds().get(0);
  }

  private HttpResponse<Map> upload(String token, String actionId, String name, byte[] content) {
    MultipartBody body =
        MultipartBody.builder()
            .addPart("file", name, MediaType.APPLICATION_PDF_TYPE, content)
            .build();
    return http.toBlocking()
        .exchange(
            HttpRequest.POST("/api/monitoring/actions/" + actionId + "/evidence", body)
                .contentType(MediaType.MULTIPART_FORM_DATA_TYPE)
                .bearerAuth(token),
            Map.class);
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> evidenceOf(String token, String actionId) {
    Map<String, Object> body =
        http.toBlocking()
            .retrieve(
                HttpRequest.GET("/api/monitoring/actions/" + actionId + "/evidence")
                    .bearerAuth(token),
                Argument.mapOf(String.class, Object.class));
    return (List<Map<String, Object>>) body.get("items");
  }

  private static Map<?, ?> problem(HttpClientResponseException e) {
    assertEquals(
        "application/problem+json", e.getResponse().getContentType().orElseThrow().toString());
    return e.getResponse().getBody(Map.class).orElseThrow();
  }

  private void assertNothingWritten(String actionId) throws IOException {
    assertEquals(0, db.count("SELECT COUNT(*) FROM evidence_file WHERE action_id = ?", actionId));
    assertEquals(0, db.count("SELECT COUNT(*) FROM outbox_event WHERE aggregate_id = ?", actionId));
    assertEquals(0, storedFiles(actionId));
  }

  private long storedFiles(String actionId) throws IOException {
    Path root = Path.of(storeDir);
    if (!Files.exists(root)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> p.toString().contains(actionId))
          .count();
    }
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
