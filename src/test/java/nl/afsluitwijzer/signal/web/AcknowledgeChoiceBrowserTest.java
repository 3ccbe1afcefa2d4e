package nl.afsluitwijzer.signal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
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
 * Acknowledging a signal asks a choice that fits it and a text; "Anders" without a text is refused next to the form;
 * the choice and the text stay visible on the treatment.
 */
@IntegrationTest
class AcknowledgeChoiceBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTreatments fixtures;

    @Test
    void theChoiceAndTheTextStayVisibleOnTheTreatment() {
        Treatment quiet = fixtures.startedBy("behandelaar");
        try (BrowserContext context = Browser.context(1280, 900)) {
            Page page = context.newPage();
            Browser.signIn(page, "http://localhost:" + port, "behandelaar");
            page.navigate("http://localhost:" + port + "/behandelingen/" + quiet.getId());
            Locator signal = page.locator("#signal-NO_RECENT_CONTACT");
            signal.getByText("Afhandelen met een besluit").click();
            assertThat(signal.locator("input[name=choice]").count()).isEqualTo(3);
            signal.getByText("Anders (licht toe)").click();
            signal.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Afhandelen"))
                    .click();
            assertThat(page.locator("#signal-NO_RECENT_CONTACT .field-error").innerText())
                    .contains("Geef een reden");
            assertThat(page.locator("#signal-NO_RECENT_CONTACT input[value=OTHER]")
                            .isChecked())
                    .isTrue();

            page.locator("#signal-NO_RECENT_CONTACT")
                    .getByText("Contact met de cliënt is gepland")
                    .click();
            page.locator("#ack-NO_RECENT_CONTACT").fill("Gebeld, afspraak volgende week");
            Browser.screenshot(page, "acknowledge-1-choice");
            page.locator("#signal-NO_RECENT_CONTACT")
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Afhandelen"))
                    .click();
            Locator done = page.locator("#signal-NO_RECENT_CONTACT.acknowledged .acknowledged-note");
            assertThat(done.innerText())
                    .contains("Contact met de cliënt is gepland")
                    .contains("Gebeld, afspraak volgende week");
            assertThat(page.locator(".ack-history").innerText()).contains("Eerder afgehandeld (1)");
            Browser.screenshot(page, "acknowledge-2-visible");
        }
    }
}
