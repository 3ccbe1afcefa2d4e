package nl.afsluitwijzer.treatment.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A therapist tries to raise E in the agreements weeks after they were made: the form refuses it next to the field
 * and leads to the evaluation, where an extension is recorded with its reason.
 */
@IntegrationTest
class AgreementsExtensionBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTreatments fixtures;

    @Test
    void raisingEInTheAgreementsLeadsToTheEvaluation() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        String base = "http://localhost:" + port;
        try (BrowserContext context = Browser.context(1280, 1000)) {
            Page page = context.newPage();
            Browser.signIn(page, base, "behandelaar");
            page.navigate(base + "/behandelingen/" + treatment.getId() + "/afspraken");
            assertThat(page.locator("#raise-hint").textContent()).contains("gaat via een evaluatie");
            page.getByLabel("Samen afgesproken aantal sessies (E)").fill("20");
            page.getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions()
                                    .setName("Afspraken vastleggen")
                                    .setExact(true))
                    .click();
            page.waitForLoadState();
            assertThat(page.locator("#expectedSessions").inputValue()).isEqualTo("20");
            assertThat(page.locator("#expectedSessions ~ .field-error").textContent())
                    .contains("E verhogen van 12 naar 20 is een verlenging", "evaluatie");
            assertThat(page.locator("#halfway-hint").textContent())
                    .as("no halfway point for a refused E")
                    .isBlank();
            Browser.screenshot(page, "agreements-raise-refused");
            page.locator("#to-evaluation").click();
            page.waitForLoadState();
            assertThat(page.url()).endsWith("/behandelingen/" + treatment.getId() + "/evaluaties/nieuw");
        }
    }
}
