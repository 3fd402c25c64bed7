package vn.eqip.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The reviewer's and the department's screens in a real browser against the running platform (demo
 * data, school year 2026-2027): the review queue and the review of Định Phước (hcm), the department
 * dashboard with its charts, drill-down and roll-up Excel (dienbien), the school search without
 * diacritics, and a department that cannot open another tenant's school. Leaves Quận 10 (hcm, the
 * lead's cross-role test) untouched.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DepartmentScreensE2EIT extends BrowserTest {

  /** Hẹ Muông (tenant dienbien), see registry-service DemoData */
  static final String HE_MUONG_ID = "d1000000-0000-4000-8000-000000000103";

  /** Opens a page of the app and signs in on Keycloak's page; back on the page asked for. */
  void openAs(String path, String username) {
    page.navigate(platform.gatewayUrl() + path);
    page.locator("#username").waitFor(new Locator.WaitForOptions().setTimeout(WAIT_MS));
    Browsers.signIn(page, username, Browsers.DEMO_PASSWORD);
    assertThat(page)
        .hasURL(
            Pattern.compile("^" + (platform.gatewayUrl() + path).replace(".", "\\.") + ".*"),
            new PageAssertions.HasURLOptions().setTimeout(WAIT_MS));
  }

  @Test
  void a_reviewer_sees_dinh_phuoc_in_the_queue_comments_a_row_and_returns_it() throws Exception {
    openAs("/review", "reviewer.hcm");

    Locator queue = page.getByTestId("review-queue");
    Locator dinhPhuoc =
        queue.getByRole(
            AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("Định Phước")));
    assertThat(dinhPhuoc).isVisible(waitVisible());
    assertThat(queue).containsText("Chờ duyệt");
    // Quận 10 is a draft: not in the queue of submitted plans
    assertThat(queue).not().containsText("Quận 10");
    shot("review-queue");

    dinhPhuoc.click();

    assertThat(page.getByTestId("review-school")).containsText("Định Phước", waitText());
    assertThat(page.getByTestId("lint-count")).containsText("lỗi", waitText());
    Locator firstRow = page.getByTestId("plan-row-1");
    assertThat(firstRow).isVisible(waitVisible());
    firstRow.locator("textarea").fill("Mục tiêu cần nêu rõ minh chứng đạt được.");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Lưu nháp")).click();
    assertThat(page.getByText("Đã lưu bản nháp nhận xét.")).isVisible(waitVisible());
    shot("review-plan");

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Trả lại để chỉnh sửa"))
        .click();
    Locator dialog = page.getByRole(AriaRole.DIALOG);
    assertThat(dialog).containsText("Kèm theo 1 nhận xét trên các dòng.", waitText());
    dialog
        .getByLabel("Lý do trả lại")
        .fill("Đề nghị nhà trường bổ sung minh chứng cho tiêu chí ở dòng 1.");
    dialog
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Trả lại để chỉnh sửa"))
        .click();

    assertThat(page.getByTestId("review-status")).containsText("Trả lại", waitText());
    assertThat(page.getByText("Đã trả lại kế hoạch cho nhà trường.")).isVisible(waitVisible());
    page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Nhật ký")).click();
    assertThat(page.getByTestId("audit-trail"))
        .containsText("Đề nghị nhà trường bổ sung", waitText());
    shot("review-returned");
  }

  @Test
  void the_department_sees_its_dashboard_drills_down_to_a_school_and_downloads_the_rollup()
      throws Exception {
    openAs("/department", "admin.dienbien");

    assertThat(
            page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tổng quan của sở")))
        .isVisible(waitVisible());
    assertThat(page.getByTestId("submission-schools")).containsText("Hẹ Muông", waitText());
    assertThat(page.getByTestId("heatmap").locator("svg").first()).isVisible(waitVisible());
    assertThat(page.getByRole(AriaRole.IMG).first()).isVisible();
    assertTrue(page.getByRole(AriaRole.IMG).count() >= 4, "the dashboard's charts");
    assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);
    shot("department-dashboard");

    // the roll-up as Excel: an .xlsx (a zip) of some size
    Download download = page.waitForDownload(() -> page.getByTestId("download-rollup").click());
    Path file = Path.of("target", "downloads", "rollup.xlsx");
    Files.createDirectories(file.getParent());
    download.saveAs(file);
    byte[] bytes = Files.readAllBytes(file);
    assertTrue(bytes.length > 2_000, "roll-up size " + bytes.length);
    assertArrayEquals(new byte[] {'P', 'K'}, Arrays.copyOf(bytes, 2), "an xlsx is a zip");
    assertTrue(download.suggestedFilename().endsWith(".xlsx"), download.suggestedFilename());

    // province → org unit (when the tenant has units below) and back up → school
    assertThat(page.getByTestId("attainment-schools")).isVisible(waitVisible());
    Locator units = page.getByTestId("attainment-units").getByRole(AriaRole.BUTTON);
    if (units.count() > 0) {
      String unit = units.first().innerText();
      units.first().click();
      assertThat(page).hasURL(Pattern.compile(".*orgUnitId=.*"));
      assertThat(page.getByTestId("report-trail")).containsText(unit, waitText());
      shot("department-org-unit");
      page.getByTestId("report-trail").getByRole(AriaRole.LINK).first().click();
      assertThat(page.getByTestId("attainment-schools")).containsText("Hẹ Muông", waitText());
    }
    Locator school =
        page.getByTestId("attainment-schools")
            .getByRole(
                AriaRole.LINK, new Locator.GetByRoleOptions().setName(Pattern.compile("Hẹ Muông")));
    assertThat(school).isVisible(waitVisible());
    school.click();
    assertThat(page)
        .hasURL(
            Pattern.compile(".*/admin/schools/" + HE_MUONG_ID),
            new PageAssertions.HasURLOptions().setTimeout(WAIT_MS));
    assertThat(page.getByTestId("school-details")).containsText("11710301", waitText());
    shot("department-school");
  }

  @Test
  void the_department_finds_he_muong_without_diacritics() throws Exception {
    openAs("/admin/schools", "admin.dienbien");

    page.getByLabel("Tìm trường").fill("he muong");
    page.getByLabel("Tìm trường").press("Enter");

    Locator list = page.getByTestId("school-list");
    assertThat(
            list.getByRole(
                AriaRole.LINK,
                new Locator.GetByRoleOptions().setName("Trường PTDTBT Tiểu học xã Hẹ Muông")))
        .isVisible(waitVisible());
    assertThat(list).not().containsText("Mường Mươn");
    shot("schools-search");
  }

  @Test
  void another_tenants_department_cannot_open_a_dienbien_school() throws Exception {
    openAs("/admin/schools", "admin.hcm");
    assertThat(page.getByTestId("school-list")).containsText("Định Phước", waitText());
    assertThat(page.getByTestId("school-list")).not().containsText("Hẹ Muông");

    page.navigate(platform.gatewayUrl() + "/admin/schools/" + HE_MUONG_ID);

    assertThat(page.getByRole(AriaRole.ALERT)).isVisible(waitVisible());
    assertThat(page.getByRole(AriaRole.ALERT))
        .containsText(
            Pattern.compile(
                "Không tìm thấy|không có quyền|không tồn tại", Pattern.CASE_INSENSITIVE));
    assertThat(page.getByTestId("school-details")).hasCount(0);
    assertThat(page.locator("body")).not().containsText("Hẹ Muông");
    shot("other-tenant-school");
  }

  void shot(String name) throws Exception {
    Path file = Browsers.screenshot(page, name);
    assertTrue(Files.size(file) > 10_000, "screenshot " + file);
  }
}
