package vn.eqip.monitoring.evidence;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.server.types.files.StreamedFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import vn.eqip.platform.tenancy.Caller;

/** Evidence files (minh chứng): upload, list, download (always as an attachment). */
@Controller("/api/monitoring")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
public class EvidenceController {

  private final EvidenceFiles evidence;

  public EvidenceController(EvidenceFiles evidence) {
    this.evidence = evidence;
  }

  @Post(value = "/actions/{id}/evidence", consumes = MediaType.MULTIPART_FORM_DATA)
  @Operation(
      summary = "Tải lên một tệp minh chứng (multipart, phần \"file\")",
      description =
          "PDF, PNG, JPEG, DOC, DOCX, XLS, XLSX, xét theo nội dung; tối đa 20 MB (cấu hình).")
  @ApiResponse(responseCode = "201", description = "Đã lưu")
  @ApiResponse(responseCode = "413", description = "Tệp quá lớn")
  @ApiResponse(responseCode = "415", description = "Loại tệp không được chấp nhận")
  @ApiResponse(responseCode = "422", description = "Tệp trống")
  public HttpResponse<EvidenceView> upload(
      Caller caller, String id, @Part("file") CompletedFileUpload file) {
    return HttpResponse.created(
        evidence.attach(caller, id, file.getFilename(), file.getSize(), file::getBytes));
  }

  @Get("/actions/{id}/evidence")
  public EvidenceList list(Caller caller, String id) {
    return new EvidenceList(evidence.list(caller, id));
  }

  @Get("/evidence/{id}")
  @Operation(summary = "Tải về tệp minh chứng (luôn là tệp đính kèm, không hiển thị trực tiếp)")
  public HttpResponse<StreamedFile> download(Caller caller, String id) {
    EvidenceFiles.Download download = evidence.open(caller, id);
    EvidenceFile file = download.file();
    return HttpResponse.ok(
            new StreamedFile(
                download.content(),
                MediaType.of(file.contentType()),
                file.uploadedAt().toEpochMilli(),
                file.sizeBytes()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            FileNames.attachment(
                EvidenceType.ofContentType(file.contentType())
                    .map(type -> FileNames.downloadName(file.originalName(), type))
                    .orElse(file.originalName())))
        .header("X-Content-Type-Options", "nosniff")
        .header(HttpHeaders.CACHE_CONTROL, "private, no-store");
  }
}
