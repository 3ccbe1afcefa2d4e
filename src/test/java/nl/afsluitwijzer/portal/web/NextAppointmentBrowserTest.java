package nl.afsluitwijzer.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a phone, a client answers "Wil je nog een volgende afspraak?" through a link of its own, on one screen; the
 * therapist sees the answer on the treatment, next to the answer recorded with a session.
 */
@IntegrationTest
class NextAppointmentBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTreatments fixtures;

    @Test
    void aClientAnswersTheQuestionOnAPhoneAndTheTherapistSeesTheAnswersOverTime() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        String base = "http://localhost:" + port;
        try (BrowserContext therapistContext = Browser.context(1280, 900);
                BrowserContext phone = Browser.context(390, 844)) {
            Page therapist = therapistContext.newPage();
            Browser.signIn(therapist, base, "behandelaar");
            therapist.navigate(base + "/behandelingen/" + treatment.getId());
            therapist.locator("#session-date").fill("2026-01-12");
            therapist.locator("#session-next-YES").check();
            therapist.locator("#session-client-words").fill("Graag, over twee weken");
            Browser.screenshot(therapist, "next-appointment-1-session-form");
            therapist
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sessie toevoegen"))
                    .click();
            therapist
                    .getByRole(
                            AriaRole.BUTTON,
                            new Page.GetByRoleOptions().setName("Volgende afspraak vragen via een link"))
                    .click();
            String url = therapist.locator("#issued-link-url").inputValue();
            assertThat(url).startsWith(base + "/c/");

            Page client = phone.newPage();
            client.navigate(url);
            assertThat(client.locator("h1").textContent()).isEqualTo("Hoi,");
            assertThat(client.locator("legend").textContent()).isEqualTo("Wil je nog een volgende afspraak?");
            assertThat(client.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .isEqualTo(true);
            Browser.screenshot(client, "next-appointment-2-phone-question");
            client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen"))
                    .click();
            assertThat(client.locator(".alert.error").count()).isEqualTo(1);
            Browser.screenshot(client, "next-appointment-3-phone-no-answer");
            client.locator("#answer-UNSURE").check();
            client.locator("#clientWords").fill("Ik weet het nog niet, misschien na de vakantie");
            Browser.screenshot(client, "next-appointment-4-phone-answered");
            client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen"))
                    .click();
            assertThat(client.locator("h1").textContent()).contains("Dank je wel");
            Browser.screenshot(client, "next-appointment-5-phone-thanks");
            Response again = client.navigate(url);
            assertThat(again.status()).isEqualTo(410);

            therapist.navigate(base + "/behandelingen/" + treatment.getId());
            String answers = therapist.locator("#next-appointments").textContent();
            assertThat(answers)
                    .contains(
                            "12-1-2026",
                            "Ja",
                            "Graag, over twee weken",
                            "Behandelaar",
                            "Twijfel",
                            "Ik weet het nog niet, misschien na de vakantie",
                            "Cliënt (via de link)");
            therapist.locator("#next-appointments").scrollIntoViewIfNeeded();
            Browser.screenshot(therapist, "next-appointment-6-therapist-sees-answers");
        }
    }
}
