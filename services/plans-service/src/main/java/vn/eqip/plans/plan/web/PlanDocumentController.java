package vn.eqip.plans.plan.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import vn.eqip.plans.plan.application.ExportedDocument;
import vn.eqip.plans.plan.application.PlanExport;
import vn.eqip.platform.tenancy.Caller;

/** The plan as a Word file in the official layout (Nghị định 30/2020/NĐ-CP). */
@Controller("/api/plans/plans")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class PlanDocumentController {

  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private final PlanExport export;

  public PlanDocumentController(PlanExport export) {
    this.export = export;
  }

  /** Anyone who may see the plan may download it. */
  @Get("/{id}/document.docx")
  public HttpResponse<byte[]> document(
      Caller caller, @Header(HttpHeaders.AUTHORIZATION) String authorization, String id) {
    ExportedDocument document = export.wordDocument(caller, authorization, id);
    return HttpResponse.ok(document.content())
        .contentType(MediaType.of(DOCX))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + document.fileName() + "\"");
  }
}
