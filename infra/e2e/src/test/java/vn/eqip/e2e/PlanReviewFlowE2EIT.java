package vn.eqip.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The whole review loop in the browser, one role after the other, on the demo draft of Quận 10
 * (tenant hcm; no other test touches it): the principal submits, the reviewer returns it with a
 * reason, the principal reads the reason and submits again, the reviewer approves, and the
 * department sees the school's plan approved in the roll-up it downloads as Excel.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class PlanReviewFlowE2EIT extends BrowserTest {

  static final String REASON = "Đề nghị bổ sung nguồn kinh phí cho từng công việc (kiểm thử).";

  @Test
  void a_plan_goes_submitted_returned_resubmitted_approved_and_the_department_sees_it()
      throws Exception {
    as("principal.quan10", "/school/plan");
    openCurrentPlan();
    button("Nộp để thẩm định").click();
    assertThat(page.getByTestId("plan-status")).hasText("Chờ thẩm định", hasText());
    Browsers.screenshot(page, "flow-1-submitted");

    as("reviewer.hcm", "/review");
    openQuan10InTheQueue();
    button("Trả lại để chỉnh sửa").click();
    Locator dialog = page.getByRole(AriaRole.DIALOG);
    dialog.getByLabel("Lý do trả lại").fill(REASON);
    dialog
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Trả lại để chỉnh sửa"))
        .click();
    assertThat(page.getByTestId("review-status")).containsText("Trả lại", waitText());
    Browsers.screenshot(page, "flow-2-returned");

    as("principal.quan10", "/school/plan");
    openCurrentPlan();
    assertThat(page.getByTestId("plan-status")).hasText("Bị trả lại", hasText());
    assertThat(page.getByTestId("reviewer-comment")).containsText("nguồn kinh phí", waitText());
    button("Nộp để thẩm định").click();
    assertThat(page.getByTestId("plan-status")).hasText("Chờ thẩm định", hasText());
    Browsers.screenshot(page, "flow-3-resubmitted");

    as("reviewer.hcm", "/review");
    openQuan10InTheQueue();
    button("Phê duyệt").click();
    page.getByRole(AriaRole.DIALOG)
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Phê duyệt"))
        .click();
    assertThat(page.getByText("Đã phê duyệt kế hoạch.")).isVisible(waitVisible());
    Browsers.screenshot(page, "flow-4-approved");

    as("admin.hcm", "/department");
    assertThat(page.getByTestId("download-rollup")).isVisible(waitVisible());
    Browsers.screenshot(page, "flow-5-department");
    String sheet = "";
    for (int attempt = 0; attempt < 10 && !approvedQuan10(sheet); attempt++) {
      if (attempt > 0) {
        page.waitForTimeout(1_000); // the roll-up follows the approval event within seconds
      }
      Download download = page.waitForDownload(() -> page.getByTestId("download-rollup").click());
      Path file = Path.of("target", "downloads", "flow-rollup.xlsx");
      Files.createDirectories(file.getParent());
      download.saveAs(file);
      sheet = firstSheet(file);
    }
    assertTrue(approvedQuan10(sheet), "Quận 10 approved in the roll-up workbook:\n" + sheet);
  }

  /** Signs in as {@code username} in a fresh browser context and lands on {@code path}. */
  private void as(String username, String path) {
    context.close();
    context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setAcceptDownloads(true)
                .setViewportSize(1400, 900));
    page = context.newPage();
    page.onPageError(e -> System.out.println("[browser error] " + e));
    page.navigate(platform.gatewayUrl() + path);
    page.locator("#username").waitFor(new Locator.WaitForOptions().setTimeout(WAIT_MS));
    Browsers.signIn(page, username, Browsers.DEMO_PASSWORD);
    assertThat(page)
        .hasURL(
            // no \Q…\E: Playwright hands the pattern to JavaScript
            Pattern.compile("^" + (platform.gatewayUrl() + path).replace(".", "\\.") + ".*"),
            new PageAssertions.HasURLOptions().setTimeout(WAIT_MS));
  }

  private void openCurrentPlan() {
    Locator current = page.getByTestId("current-plan");
    assertThat(current).isVisible(waitVisible());
    current.getByText("Mở kế hoạch").click();
    assertThat(page.getByTestId("plan-status")).isVisible(waitVisible());
  }

  private void openQuan10InTheQueue() {
    Locator quan10 =
        page.getByTestId("review-queue")
            .getByRole(
                AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("Quận 10")));
    assertThat(quan10).isVisible(waitVisible());
    quan10.click();
    assertThat(page.getByTestId("review-school")).containsText("Quận 10", waitText());
  }

  private static boolean approvedQuan10(String sheet) {
    return sheet.lines().anyMatch(row -> row.contains("Quận 10") && row.contains("Đã phê duyệt"));
  }

  /**
   * The first worksheet's rows as text (inline strings), one line per row; read through the zip's
   * central directory (streamed workbooks write their entries' sizes after the data).
   */
  private static String firstSheet(Path xlsx) throws IOException {
    try (ZipFile zip = new ZipFile(xlsx.toFile())) {
      ZipEntry entry = zip.getEntry("xl/worksheets/sheet1.xml");
      if (entry == null) {
        return "";
      }
      try (InputStream in = zip.getInputStream(entry)) {
        String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        return xml.replace("</row>", "\n").replaceAll("<[^>]+>", " ");
      }
    }
  }

  private static LocatorAssertions.HasTextOptions hasText() {
    return new LocatorAssertions.HasTextOptions().setTimeout(WAIT_MS);
  }
}
