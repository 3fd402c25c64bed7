package vn.eqip.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The workflow settings of issue 5 in the browser: a principal opens an amendment of last year's
 * approved plan (Thanh Xương), sees that the approved version stays in force, and discards it; the
 * department's admin sets the approval chain and reads its preview. Both leave the demo as they
 * found it.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class AmendmentScreensE2EIT extends BrowserTest {

  @Test
  void a_principal_opens_an_amendment_of_the_approved_plan_and_discards_it() {
    Api api = new Api(platform.gatewayUrl(), platform.keycloakUrl());
    Api.Response plans =
        api.get(
            "principal.thanhxuong",
            "/api/plans/plans?schoolId="
                + ThinLoopE2EIT.THANH_XUONG
                + "&schoolYear="
                + ThinLoopE2EIT.PREVIOUS_YEAR);
    String planId = plans.json().path("items").get(0).path("id").asText();
    signInAt("/school/plan/" + planId, "principal.thanhxuong");

    button("Điều chỉnh kế hoạch").click();
    page.getByLabel("Lý do điều chỉnh (không bắt buộc)").fill("Bổ sung theo kết quả giữa kỳ");
    button("Bắt đầu điều chỉnh").click();

    assertThat(page.getByTestId("amendment-banner"))
        .containsText("Đang điều chỉnh — bản đã phê duyệt", waitText());
    noErrorOnScreen();
    Browsers.screenshot(page, "plan-amendment");
    assertEquals(
        "DRAFT",
        api.get("principal.thanhxuong", "/api/plans/plans/" + planId)
            .json()
            .path("status")
            .asText());

    page.getByTestId("amendment-banner")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hủy điều chỉnh"))
        .click();
    page.locator(".ant-popconfirm")
        .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Hủy điều chỉnh"))
        .click();

    assertThat(page.getByTestId("amendment-banner"))
        .hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(WAIT_MS));
    assertEquals(
        "APPROVED",
        api.get("principal.thanhxuong", "/api/plans/plans/" + planId)
            .json()
            .path("status")
            .asText());
  }

  @Test
  void the_department_admin_sets_the_approval_chain_and_reads_its_preview() {
    signInAt("/department/approval-chain", "admin.hcm");

    page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Sở GD&ĐT")).check();
    assertThat(page.getByTestId("chain-preview"))
        .containsText("Kế hoạch của trường do Sở GD&ĐT duyệt.", waitText());
    button("Lưu quy trình").click();

    assertThat(page.getByTestId("chain-updated")).containsText("admin.hcm", waitText());
    noErrorOnScreen();
    Browsers.screenshot(page, "approval-chain");
    Api api = new Api(platform.gatewayUrl(), platform.keycloakUrl());
    Api.Response saved = api.get("admin.hcm", "/api/plans/settings/approval-chain");
    assertEquals("DEPARTMENT", saved.json().path("kinds").get(0).asText(), saved::toString);

    // the demo again: one level
    Api.Response reset =
        api.call(
            "PUT",
            "/api/plans/settings/approval-chain",
            "Bearer " + api.token("admin.hcm"),
            Map.of("kinds", List.of()));
    assertEquals(200, reset.status(), reset::toString);
  }
}
