package nl.afsluitwijzer.privacy.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import nl.afsluitwijzer.privacy.ClientRecordFixtures;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The manager goes from a treatment to the client's data, downloads the JSON, records two requests, refuses one
 * with a reason and destroys the record on the other after typing the reference.
 */
@IntegrationTest
class PrivacyBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ClientRecordFixtures records;

    @Autowired
    TestTreatments fixtures;

    @Test
    void theManagerDownloadsTheDataRefusesOneRequestAndDestroysOnTheNext() throws Exception {
        Treatment treatment = records.complete();
        String reference = fixtures.referenceOf(treatment);
        try (BrowserContext context = Browser.context(1280, 900)) {
            Page page = context.newPage();
            List<String> violations = new ArrayList<>();
            page.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy")
                        && page.url().contains("privacy")) {
                    violations.add(page.url() + " " + message.text());
                }
            });
            Browser.signIn(page, "http://localhost:" + port, "manager");
            page.navigate("http://localhost:" + port + "/behandelingen/" + treatment.getId());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Gegevens van cliënt"))
                    .click();
            assertThat(page.locator("h1").textContent()).isEqualTo("Gegevens van cliënt");

            Download json =
                    page.waitForDownload(() -> page.locator("#download-json").click());
            assertThat(Files.readString(json.path())).contains(reference, "\"measurements\"");

            record(page, "eerste verzoek");
            page.getByLabel("Weigeren, omdat…").fill("Lopende klacht bij de klachtencommissie");
            Browser.screenshot(page, "privacy-client-request");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Weigeren"))
                    .click();
            assertThat(page.locator(".flash").textContent()).contains("geweigerd");
            assertThat(page.locator("#requests").textContent()).contains("Lopende klacht bij de klachtencommissie");

            record(page, "tweede verzoek");
            page.getByLabel("Typ ter bevestiging").fill("verkeerd");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vernietigen"))
                    .click();
            assertThat(page.locator(".alert.error").textContent()).contains("klopt niet");
            Browser.screenshot(page, "privacy-client-mismatch");
            page.getByLabel("Typ ter bevestiging").fill(reference);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Vernietigen"))
                    .click();

            assertThat(page.locator("h1").textContent()).isEqualTo("Privacy");
            assertThat(page.locator(".flash").textContent()).contains("vernietigd");
            assertThat(page.locator("main").textContent())
                    .contains("VERNIETIGD-" + treatment.getClientId())
                    .doesNotContain(reference);
            Browser.screenshot(page, "privacy-overview");
            page.navigate("http://localhost:" + port + "/behandelingen/" + treatment.getId());
            assertThat(page.locator("h1").textContent()).doesNotContain(reference);
            assertThat(violations).isEmpty();
        }
    }

    private static void record(Page page, String note) {
        page.getByLabel("Notitie").fill(note);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verzoek vastleggen"))
                .click();
        assertThat(page.locator(".flash").textContent()).contains("vastgelegd");
    }
}
