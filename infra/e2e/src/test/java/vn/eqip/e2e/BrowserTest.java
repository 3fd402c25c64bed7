package vn.eqip.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test on the shared platform: one Chromium per test class, a fresh visitor (context and
 * page, Vietnamese locale, downloads allowed, a laptop-sized window) per test, the browser's
 * console and page errors in the test log.
 */
@ExtendWith(SharedPlatform.class)
abstract class BrowserTest {

  static final double WAIT_MS = 30_000;

  static Platform platform;
  static Playwright playwright;
  static Browser browser;

  BrowserContext context;
  Page page;

  @BeforeAll
  static void launch() {
    platform = SharedPlatform.platform();
    playwright = Browsers.playwright();
    browser = Browsers.chromium(playwright);
  }

  @AfterAll
  static void close() {
    if (playwright != null) {
      playwright.close();
      playwright = null;
    }
  }

  @BeforeEach
  void newVisitor() {
    context =
        browser.newContext(
            new Browser.NewContextOptions()
                .setLocale("vi-VN")
                .setAcceptDownloads(true)
                .setViewportSize(1400, 900));
    page = context.newPage();
    // the browser's console in the test log (what went wrong in the app, if anything)
    page.onConsoleMessage(m -> System.out.println("[browser " + m.type() + "] " + m.text()));
    page.onPageError(e -> System.out.println("[browser error] " + e));
  }

  @AfterEach
  void leave() {
    context.close();
  }

  /** Opens the app at {@code path}, signs in on Keycloak's page, and waits to be back there. */
  void signInAt(String path, String username) {
    page.navigate(platform.gatewayUrl() + path);
    assertThat(page.locator("#username")).isVisible(waitVisible());
    Browsers.signIn(page, username, Browsers.DEMO_PASSWORD);
    assertThat(page)
        .hasURL(
            platform.gatewayUrl() + path, new PageAssertions.HasURLOptions().setTimeout(WAIT_MS));
  }

  Locator heading(String name) {
    // exact: "Tự đánh giá" must not also match the page's "Các lần tự đánh giá"
    return page.getByRole(
        AriaRole.HEADING, new Page.GetByRoleOptions().setName(name).setExact(true));
  }

  Locator button(String name) {
    // (not exact: an icon adds its own name, e.g. "upload Tải lên")
    return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name));
  }

  void noErrorOnScreen() {
    assertThat(page.locator(".ant-alert-error")).hasCount(0);
  }

  static LocatorAssertions.ContainsTextOptions waitText() {
    return new LocatorAssertions.ContainsTextOptions().setTimeout(WAIT_MS);
  }

  static LocatorAssertions.IsVisibleOptions waitVisible() {
    return new LocatorAssertions.IsVisibleOptions().setTimeout(WAIT_MS);
  }
}
