package nl.afsluitwijzer.insight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.PdfPages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The manager opens the dashboard, drills into "closed outside E", reads the indicators and the simulation, then
 * makes a Norm 1 report and downloads it.
 */
@IntegrationTest
class InsightBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Clock clock;

    @Test
    void theManagerDrillsFromTheDashboardIntoTreatmentsClosedOutsideEAndMakesANorm1Report() throws Exception {
        try (BrowserContext context = Browser.context(1280, 900)) {
            Page page = context.newPage();
            List<String> violations = new ArrayList<>();
            page.onConsoleMessage(message -> {
                // only our pages: the treatment page is another module's
                if (message.text().contains("Content Security Policy")
                        && page.url().contains("/inzicht")) {
                    violations.add(page.url() + " " + message.text().substring(0, 60));
                }
            });
            Browser.signIn(page, "http://localhost:" + port, "manager");
            page.locator("nav.mainnav a", new Page.LocatorOptions().setHasText("Inzicht"))
                    .click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Inzicht");
            assertThat(page.locator(".tile").count()).isEqualTo(5);
            Browser.screenshot(page, "insight-dashboard");

            page.getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Bekijk de behandelingen afgesloten buiten E"))
                    .click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Afgesloten buiten E zoals eerst afgesproken");
            Browser.screenshot(page, "insight-outside-e-this-month");

            page.locator(".insight-subnav a", new Page.LocatorOptions().setHasText("Indicatoren"))
                    .click();
            page.waitForLoadState();
            assertThat(page.locator("h1").textContent()).isEqualTo("Indicatoren");
            assertThat(page.locator("#closing-reasons > table:first-of-type tr").count())
                    .as("five reasons and 'without the checklist'")
                    .isEqualTo(6);
            Browser.screenshot(page, "insight-indicators");

            page.locator("table.figures a", new Page.LocatorOptions().setHasText("Buiten E"))
                    .click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Afgesloten buiten E zoals eerst afgesproken");
            Browser.screenshot(page, "insight-outside-e-year");
            if (page.locator("tbody tr").count() > 0) {
                page.locator("tbody tr a").first().click();
                assertThat(page.url()).contains("/behandelingen/");
            }

            page.navigate("http://localhost:" + port + "/inzicht/simulatie");
            assertThat(page.locator("svg.insight-chart").count()).isEqualTo(1);
            Browser.screenshot(page, "insight-simulation");

            page.locator(".insight-subnav a", new Page.LocatorOptions().setHasText("Norm 1-rapport"))
                    .click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Norm 1-rapport");
            page.getByLabel("Van").fill("2026-01-01");
            page.getByLabel("Tot en met").fill(LocalDate.now(clock).toString());
            page.getByLabel("In onze eigen woorden").fill("Wij sluiten samen en op tijd af.\n\nMet aandacht.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rapport maken"))
                    .click();
            assertThat(page.locator(".flash").textContent()).contains("Het rapport is gemaakt en bewaard");
            assertThat(page.locator("#narrative").inputValue()).startsWith("Wij sluiten samen en op tijd af.");
            Browser.screenshot(page, "insight-norm1");
            Download download = page.waitForDownload(
                    () -> page.locator("table.norm1-reports a").first().click());
            Path saved = Files.createDirectories(PdfPages.FOLDER).resolve("norm1-browser.pdf");
            download.saveAs(saved);
            assertThat(download.suggestedFilename())
                    .startsWith("Norm1-rapport-2026-01-01-")
                    .endsWith(".pdf");
            assertThat(PdfPages.text(Files.readAllBytes(saved)))
                    .contains("Norm 1: tijdig afsluiten", "Praktijk De Wissel", "Wij sluiten samen en op tijd af.");
            assertThat(violations).isEmpty();
        }
    }
}
