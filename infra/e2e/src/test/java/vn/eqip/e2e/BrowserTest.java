package vn.eqip.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
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
}
