package vn.eqip.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The school's screens in a real browser against the demo data: the principal of Hẹ Muông (an
 * approved plan with tracked actions) sees the dashboard, the self-assessment grouped by standard
 * with its summary line, the approved plan and downloads it as Word; the staff member of Hẹ Muông
 * reports progress on "Công việc của tôi" and uploads evidence (a fake PDF is refused in
 * Vietnamese); the principal of Mường Mươn reads the reviewer's comments on the returned plan,
 * edits the commented row in place and submits again. Screenshots of each screen are kept.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class SchoolScreensE2EIT extends BrowserTest {

  @Test
  void the_principal_sees_the_dashboard_the_assessment_by_standard_and_downloads_the_approved_plan()
      throws Exception {
    signInAt("/school", "principal.hemuong");

    assertThat(page.getByTestId("school-name")).containsText("Hẹ Muông", waitText());
    assertThat(page.getByTestId("dashboard-plan")).containsText("Đã phê duyệt", waitText());
    assertThat(page.getByTestId("assessment-summary")).containsText("Mức 1:", waitText());
    // the chart is drawn (ECharts' SVG), not a React error
    assertThat(page.locator("[role=img] svg").first()).isVisible(waitVisible());
    noErrorOnScreen();
    Browsers.screenshot(page, "school-dashboard");

    // the self-assessment: grouped by standard with the criteria titles, the summary as one goes
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tự đánh giá").setExact(true))
        .click();
    assertThat(heading("Tự đánh giá")).isVisible(waitVisible());
    assertThat(page.getByTestId("standard-1")).containsText("Tiêu chuẩn 1:", waitText());
    assertThat(page.getByTestId("standard-1")).containsText("Tiêu chí 1.1");
    Locator summary = page.getByTestId("assessment-live-summary");
    assertThat(summary).containsText("Mức 1:");
    assertThat(summary).containsText("· Mức 4:");
    Locator first = page.getByTestId("level-1.1");
    first.getByText("Chưa đạt").click();
    String notMet = summary.textContent();
    first.getByText("Mức 2").click();
    assertThat(summary).not().hasText(notMet);
    assertTrue(
        summary
            .textContent()
            .matches("Mức 1: \\d+/\\d+ · Mức 2: \\d+/\\d+ · Mức 3: \\d+/\\d+ · Mức 4: \\d+/\\d+"),
        summary.textContent());
    Browsers.screenshot(page, "school-assessment");

    // the approved plan of this year, grouped by standard, and its Word file
    page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Kế hoạch").setExact(true))
        .click();
    assertThat(page.getByTestId("current-plan")).containsText("Đã phê duyệt", waitText());
    Browsers.screenshot(page, "school-plans");
    page.getByTestId("current-plan").getByText("Mở kế hoạch").click();
    assertThat(page.getByTestId("plan-status"))
        .hasText("Đã phê duyệt", new LocatorAssertions.HasTextOptions().setTimeout(WAIT_MS));
    assertThat(page.getByTestId("plan-row-1")).isVisible(waitVisible());
    assertThat(page.getByText(Pattern.compile("Mức 1 đến Mức 3 – Tiêu chuẩn \\d+: ")).first())
        .isVisible();
    assertThat(page.getByTestId("lint-summary")).isVisible(waitVisible());
    // an approved plan is not edited: no row tools, no submit
    assertThat(button("Thêm dòng")).hasCount(0);
    assertThat(button("Nộp để thẩm định")).hasCount(0);
    Browsers.screenshot(page, "school-plan-approved");

    Download download = page.waitForDownload(() -> button("Tải về (Word)").click());
    String name = download.suggestedFilename();
    assertTrue(name.startsWith("Kế hoạch cải tiến chất lượng 2026-2027"), name);
    assertTrue(name.endsWith(".docx"), name);
    Path file = Path.of("target", "downloads", "plan-hemuong.docx");
    Files.createDirectories(file.getParent());
    download.saveAs(file);
    byte[] bytes = Files.readAllBytes(file);
    assertTrue(bytes.length > 4_000, "a Word file of some size: " + bytes.length + " bytes");
    assertEquals("PK", new String(bytes, 0, 2, StandardCharsets.US_ASCII), "a .docx is a zip");

    // the other tabs answer too: submissions with their diff, and the audit trail
    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Các lần nộp")).click();
    button("Thay đổi ở lần nộp 1").click();
    assertThat(page.getByTestId("plan-diff")).containsText("Lần nộp 1", waitText());
    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Nhật ký")).click();
    assertThat(page.getByRole(AriaRole.TABPANEL).getByText("Đã phê duyệt").first())
        .isVisible(waitVisible());
    noErrorOnScreen();
  }

  @Test
  void a_staff_member_reports_progress_on_their_action_and_uploads_evidence() {
    signInAt("/school/progress", "staff.hemuong");

    assertThat(heading("Công việc của tôi")).isVisible(waitVisible());
    Locator details =
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Chi tiết công việc"))
            .first();
    assertThat(details).isVisible(waitVisible());
    Browsers.screenshot(page, "staff-my-actions");
    details.click();

    Locator drawer = page.getByTestId("action-drawer");
    assertThat(drawer).isVisible(waitVisible());
    page.locator("#progress_percentDone").fill("70");
    page.locator("#progress_note").fill("Đã sửa chữa xong 4/5 phòng học (kiểm thử trình duyệt).");
    button("Gửi cập nhật").click();
    assertThat(page.getByTestId("progress-notes"))
        .containsText("Đã sửa chữa xong 4/5 phòng học", waitText());
    assertThat(drawer).containsText("70%");

    // a small real PDF is accepted and listed
    byte[] pdf =
        ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);
    page.getByTestId("evidence-file")
        .setInputFiles(new FilePayload("bao-cao-tien-do.pdf", "application/pdf", pdf));
    button("Tải lên").click();
    assertThat(page.getByTestId("evidence-list")).containsText("bao-cao-tien-do.pdf", waitText());

    // a file named .pdf that is not one is refused, in Vietnamese
    page.getByTestId("evidence-file")
        .setInputFiles(
            new FilePayload(
                "gia-mao.pdf",
                "application/pdf",
                "Day khong phai tep PDF".getBytes(StandardCharsets.US_ASCII)));
    button("Tải lên").click();
    assertThat(drawer.getByRole(AriaRole.ALERT))
        .containsText("Loại tệp không được chấp nhận", waitText());
    assertThat(page.getByTestId("evidence-list")).not().containsText("gia-mao.pdf");
    Browsers.screenshot(page, "staff-progress-evidence");
  }

  @Test
  void the_principal_reads_the_reviewers_comments_edits_the_row_and_submits_again() {
    signInAt("/school/plan", "principal.muongmuon");

    assertThat(page.getByTestId("current-plan")).containsText("Bị trả lại", waitText());
    page.getByTestId("current-plan").getByText("Mở kế hoạch").click();
    assertThat(page.getByTestId("plan-status"))
        .hasText("Bị trả lại", new LocatorAssertions.HasTextOptions().setTimeout(WAIT_MS));
    assertThat(page.getByTestId("reviewer-comment")).containsText("tổ chuyên môn", waitText());
    Locator rowComment = page.getByTestId("row-comment");
    assertThat(rowComment).containsText("Kinh phí", waitText());
    Browsers.screenshot(page, "school-plan-returned");

    // the commented row, edited in place (PUT): the budget's source made explicit
    button("Sửa dòng 2").click();
    Locator budget = page.locator("#plan-row_actions_0_budget");
    assertThat(budget).isVisible(waitVisible());
    budget.fill("15.000.000 đồng (nguồn chi thường xuyên)");
    Browsers.screenshot(page, "school-plan-row-editor");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu").setExact(true))
        .click();
    assertThat(page.getByText("Đã lưu dòng.")).isVisible(waitVisible());
    // the new text in the row's actions (not only in the reviewer's comment, which says it too)
    assertThat(page.getByTestId("plan-row-2").locator("ol"))
        .containsText("15.000.000 đồng (nguồn chi thường xuyên)", waitText());
    String revisionBefore = page.getByText("Bản sửa đổi").first().textContent();

    button("Nộp để thẩm định").click();
    assertThat(page.getByTestId("plan-status"))
        .hasText("Chờ thẩm định", new LocatorAssertions.HasTextOptions().setTimeout(WAIT_MS));
    assertNotEquals(revisionBefore, page.getByText("Bản sửa đổi").first().textContent());
    // the comments were for the returned version: no longer shown on the submitted one
    assertThat(page.getByTestId("reviewer-comment")).hasCount(0);
    assertThat(page.getByTestId("row-comment")).hasCount(0);
    noErrorOnScreen();
    Browsers.screenshot(page, "school-plan-resubmitted");
  }
}
