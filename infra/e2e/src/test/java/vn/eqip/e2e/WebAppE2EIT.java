package vn.eqip.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The web app in a real browser (Debian's Chromium) against the running platform: sign-in through
 * Keycloak's own login page (authorization code + PKCE), the principal's dashboard with data from
 * three services, logout, and a visitor sent to the login page.
 */
@Timeout(value = 2, unit = TimeUnit.MINUTES)
class WebAppE2EIT extends BrowserTest {

  Pattern keycloakLoginPage() {
    // (Playwright matches with JavaScript regular expressions: no \\Q…\\E quoting)
    return Pattern.compile(
        "^"
            + platform.keycloakUrl().replace(".", "\\.")
            + "/realms/eqip/protocol/openid-connect/auth\\?.*");
  }

  @Test
  void a_visitor_is_sent_to_keycloaks_login_page_and_comes_back_to_the_page_asked_for() {
    page.navigate(platform.gatewayUrl() + "/school/plan");

    assertThat(page)
        .hasURL(keycloakLoginPage(), new PageAssertions.HasURLOptions().setTimeout(WAIT_MS));
    assertThat(page.locator("#username")).isVisible();

    Browsers.signIn(page, "principal.hemuong", Browsers.DEMO_PASSWORD);

    assertThat(page)
        .hasURL(
            platform.gatewayUrl() + "/school/plan",
            new PageAssertions.HasURLOptions().setTimeout(WAIT_MS));
    assertThat(
            page.getByRole(
                AriaRole.HEADING,
                new Page.GetByRoleOptions().setName("Kế hoạch cải tiến chất lượng")))
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(WAIT_MS));
  }

  @Test
  void a_principal_signs_in_sees_the_school_dashboard_and_logs_out() throws Exception {
    page.navigate(platform.gatewayUrl() + "/");
    assertThat(page)
        .hasURL(keycloakLoginPage(), new PageAssertions.HasURLOptions().setTimeout(WAIT_MS));

    Browsers.signIn(page, "principal.hemuong", Browsers.DEMO_PASSWORD);

    assertThat(page)
        .hasURL(
            platform.gatewayUrl() + "/school",
            new PageAssertions.HasURLOptions().setTimeout(WAIT_MS));
    assertThat(page.getByTestId("school-name"))
        .containsText("Hẹ Muông", new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT_MS));
    assertThat(
            page.getByRole(
                AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tổng quan trường")))
        .isVisible();
    assertThat(page.getByTestId("current-user")).containsText("Hiệu trưởng");
    // the principal's menu, and nothing of the department's
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tự đánh giá")))
        .isVisible();
    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Người dùng")))
        .hasCount(0);
    // the assessment summary (plans-service) and the actions card (monitoring-service) loaded
    assertThat(page.getByTestId("assessment-summary"))
        .containsText("Mức 1:", new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT_MS));
    assertThat(page.getByTestId("actions-overdue")).isVisible();
    assertThat(page.getByRole(AriaRole.ALERT)).hasCount(0);
    Path shot = Browsers.screenshot(page, "principal-dashboard");
    assertTrue(Files.size(shot) > 10_000, "screenshot " + shot);

    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Đăng xuất")).click();

    // logged out of Keycloak too: back on its login page, and the app asks to sign in again
    assertThat(page)
        .hasURL(keycloakLoginPage(), new PageAssertions.HasURLOptions().setTimeout(WAIT_MS));
    page.navigate(platform.gatewayUrl() + "/school");
    assertThat(page)
        .hasURL(keycloakLoginPage(), new PageAssertions.HasURLOptions().setTimeout(WAIT_MS));
    assertThat(page.locator("#username")).isVisible();
  }
}
