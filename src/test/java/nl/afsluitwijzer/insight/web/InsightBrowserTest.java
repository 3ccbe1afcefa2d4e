package nl.afsluitwijzer.insight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.ArrayList;
import java.util.List;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The manager opens the dashboard, drills into "closed outside E", reads the indicators and the simulation. */
@IntegrationTest
class InsightBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void theManagerDrillsFromTheDashboardIntoTreatmentsClosedOutsideE() {
        try (BrowserContext context = Browser.context(1280, 900)) {
            Page page = context.newPage();
            List<String> violations = new ArrayList<>();
            page.onConsoleMessage(message -> {
                // only our pages: the treatment page is another module's
                if (message.text().contains("Content Security Policy") && page.url().contains("/inzicht")) {
                    violations.add(page.url() + " " + message.text().substring(0, 60));
                }
            });
            Browser.signIn(page, "http://localhost:" + port, "manager");
            page.locator("nav.mainnav a", new Page.LocatorOptions().setHasText("Inzicht")).click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Inzicht");
            assertThat(page.locator(".tile").count()).isEqualTo(5);
            Browser.screenshot(page, "insight-dashboard");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                    .setName("Bekijk de behandelingen afgesloten buiten E")).click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Afgesloten buiten E zoals eerst afgesproken");
            Browser.screenshot(page, "insight-outside-e-this-month");

            page.locator(".insight-subnav a", new Page.LocatorOptions().setHasText("Indicatoren")).click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Indicatoren");
            Browser.screenshot(page, "insight-indicators");

            page.locator("table.figures a", new Page.LocatorOptions().setHasText("Buiten E")).click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Afgesloten buiten E zoals eerst afgesproken");
            Browser.screenshot(page, "insight-outside-e-year");
            if (page.locator("tbody tr").count() > 0) {
                page.locator("tbody tr a").first().click();
                assertThat(page.url()).contains("/behandelingen/");
            }

            page.navigate("http://localhost:" + port + "/inzicht/simulatie");
            assertThat(page.locator("svg.insight-chart").count()).isEqualTo(1);
            Browser.screenshot(page, "insight-simulation");
            assertThat(violations).isEmpty();
        }
    }
}
