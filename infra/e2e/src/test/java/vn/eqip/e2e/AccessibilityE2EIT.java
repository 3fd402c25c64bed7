package vn.eqip.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Basic accessibility of the key screens (issue 8: labels, keyboard use, contrast): axe-core, the
 * web app's pinned devDependency read from {@code services/web-app/node_modules} (installed by the
 * web app's {@code npm ci} earlier in the same build), runs in the page against WCAG 2.1 A and AA
 * (colour contrast included); a serious or critical violation fails the test with its rule, the
 * elements and axe's explanation. Screens: the school dashboard and the plan editor (principal of
 * Hẹ Muông), the review queue (reviewer of hcm), the department dashboard (dienbien), which also
 * must not run over its cards at 1400 px (a laptop) or 1024 px (a tablet). Changes no data.
 */
@Timeout(value = 4, unit = TimeUnit.MINUTES)
class AccessibilityE2EIT extends BrowserTest {

  static final ObjectMapper JSON = new ObjectMapper();

  /** WCAG 2.0/2.1, levels A and AA: what axe can check automatically. */
  static final String RUN_AXE =
      """
      async () => {
        const result = await axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          resultTypes: ['violations'],
        });
        return JSON.stringify(result.violations.map((v) => ({
          id: v.id, impact: v.impact, help: v.help,
          nodes: v.nodes.slice(0, 5).map((n) => ({ target: n.target.join(' '), summary: n.failureSummary })),
          count: v.nodes.length,
        })));
      }
      """;

  static String axeSource() {
    Path file = platform.repo.resolve("services/web-app/node_modules/axe-core/axe.min.js");
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "axe-core is a devDependency of the web app: run `npm ci` in services/web-app (the"
              + " Maven build of services/web-app does) – missing: "
              + file,
          e);
    }
  }

  /**
   * Runs axe on the page as it is and fails on serious or critical violations. The app's
   * Content-Security-Policy allows no inline script, so axe is defined through Playwright's
   * evaluation (not a {@code <script>} element).
   */
  void assertNoSeriousViolations(String screen) throws IOException {
    page.evaluate("() => { if (!window.axe) { " + axeSource() + "\n } }");
    assertEquals(
        "object", String.valueOf(page.evaluate("() => typeof window.axe")), "axe is loaded");
    JsonNode violations = JSON.readTree((String) page.evaluate(RUN_AXE));
    List<String> serious = new ArrayList<>();
    StringBuilder all = new StringBuilder();
    for (JsonNode v : violations) {
      String line =
          v.get("impact").asText()
              + " "
              + v.get("id").asText()
              + " ("
              + v.get("count").asInt()
              + "×): "
              + v.get("help").asText();
      all.append("\n  ").append(line);
      if (v.get("impact").asText().matches("serious|critical")) {
        StringBuilder detail = new StringBuilder(line);
        for (JsonNode n : v.get("nodes")) {
          detail
              .append("\n    ")
              .append(n.get("target").asText())
              .append(" – ")
              .append(n.get("summary").asText().replace("\n", " "));
        }
        serious.add(detail.toString());
      }
    }
    System.out.println("[axe " + screen + "] " + violations.size() + " rule(s) violated" + all);
    assertTrue(
        serious.isEmpty(),
        "serious/critical accessibility violations on "
            + screen
            + ":\n"
            + String.join("\n", serious));
  }

  /** No card of the page is wider than its box (tables scroll inside their card instead). */
  void assertNothingRunsOverItsCard(String screen) {
    Object overflowing =
        page.evaluate(
            """
            () => [...document.querySelectorAll('.ant-card')]
              .filter((c) => c.scrollWidth > c.clientWidth + 1)
              .map((c) => (c.querySelector('.ant-card-head-title')?.textContent ?? '?')
                + ': ' + c.scrollWidth + ' > ' + c.clientWidth)
              .join('; ')
            """);
    assertEquals("", overflowing, "cards whose content runs over their edge on " + screen);
    Object pageWider =
        page.evaluate(
            "() => document.documentElement.scrollWidth > document.documentElement.clientWidth");
    assertEquals(Boolean.FALSE, pageWider, "the page scrolls sideways on " + screen);
  }

  @Test
  void the_school_dashboard_and_the_plan_editor_pass_axe() throws Exception {
    signInAt("/school", "principal.hemuong");
    assertThat(page.getByTestId("school-name")).containsText("Hẹ Muông", waitText());
    assertThat(page.getByTestId("assessment-summary")).containsText("Mức 1:", waitText());
    assertThat(page.locator("[role=img] svg").first()).isVisible(waitVisible());
    assertNoSeriousViolations("school dashboard");

    page.navigate(platform.gatewayUrl() + "/school/plan");
    assertThat(page.getByTestId("current-plan")).containsText("Đã phê duyệt", waitText());
    page.getByTestId("current-plan").getByText("Mở kế hoạch").click();
    assertThat(page.getByTestId("plan-row-1")).isVisible(waitVisible());
    assertThat(page.getByTestId("lint-summary")).isVisible(waitVisible());
    assertNoSeriousViolations("plan editor");

    // keyboard: the tabs of the editor are reached and switched without a mouse
    Locator versions =
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Các lần nộp"));
    versions.focus();
    page.keyboard().press("Enter");
    assertThat(versions).hasAttribute("aria-selected", "true");
  }

  @Test
  void the_review_queue_passes_axe() throws Exception {
    signInAt("/review", "reviewer.hcm");
    Locator queue = page.getByTestId("review-queue");
    assertThat(queue).isVisible(waitVisible());
    assertThat(queue.locator(".ant-table-row").first()).isVisible(waitVisible());
    assertNoSeriousViolations("review queue");
  }

  @Test
  void the_department_dashboard_passes_axe_and_fits_a_laptop_and_a_tablet() throws Exception {
    signInAt("/department", "admin.dienbien");
    assertThat(page.getByTestId("submission-schools")).containsText("Hẹ Muông", waitText());
    assertThat(page.getByTestId("heatmap").locator("svg").first()).isVisible(waitVisible());
    assertThat(page.getByTestId("attainment-schools")).isVisible(waitVisible());
    assertThat(page.getByTestId("progress-budget")).isVisible(waitVisible());
    assertNothingRunsOverItsCard("the department dashboard at 1400 px");
    assertNoSeriousViolations("department dashboard");

    page.setViewportSize(1024, 768);
    // the charts and tables settle to the new width
    page.waitForFunction("() => document.documentElement.clientWidth === 1024");
    page.evaluate(
        "() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)))");
    assertNothingRunsOverItsCard("the department dashboard at 1024 px");
    Browsers.screenshot(page, "department-dashboard-1024");
  }
}
