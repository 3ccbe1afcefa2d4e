package nl.afsluitwijzer.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a phone, a client fills in a PHQ-9 through the personal link; the therapist sees the score and the
 * chart; a second use of the link is refused with a friendly page.
 */
@IntegrationTest
class ClientLinkBrowserTest {

    private static final List<Integer> ANSWERS = List.of(2, 2, 1, 2, 1, 1, 2, 1, 0);

    @LocalServerPort
    int port;

    @Autowired
    TestTreatments fixtures;

    @Test
    void aClientFillsInAPhq9OnAPhoneAndTheTherapistSeesTheScore() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        String base = "http://localhost:" + port;
        try (BrowserContext therapistContext = Browser.context(1280, 900);
                BrowserContext phone = Browser.context(390, 844)) {
            Page therapist = therapistContext.newPage();
            Browser.signIn(therapist, base, "behandelaar");
            therapist.navigate(base + "/behandelingen/" + treatment.getId());
            therapist.locator("#link-PHQ9").check();
            therapist
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link maken"))
                    .click();
            String url = therapist.locator("#issued-link-url").inputValue();
            assertThat(url).startsWith(base + "/c/");
            Browser.screenshot(therapist, "portal-1-link-made");

            Page client = phone.newPage();
            client.navigate(url);
            assertThat(client.locator("h1").textContent()).isEqualTo("Hoi,");
            Browser.screenshot(client, "portal-2-phone-start");
            client.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beginnen"))
                    .click();
            client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder"))
                    .click();
            assertThat(client.locator(".alert.error").count()).isEqualTo(1);
            for (int item = 1; item <= ANSWERS.size(); item++) {
                client.locator("#item-" + item + "-" + ANSWERS.get(item - 1)).check();
            }
            Browser.screenshot(client, "portal-3-phone-questionnaire");
            client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder"))
                    .click();
            client.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Terug"))
                    .click();
            assertThat(client.locator("#item-1-2").isChecked()).isTrue();
            client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder"))
                    .click();
            client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen"))
                    .click();
            assertThat(client.locator("h1").textContent()).contains("Dank je wel");
            // the text the client sees (the page's random CSRF token may hold "12", the score must not)
            assertThat(client.locator("body").innerText()).doesNotContain("12");
            Browser.screenshot(client, "portal-4-phone-thanks");

            Response again = client.navigate(url);
            assertThat(again.status()).isEqualTo(410);
            assertThat(client.locator("h1").textContent()).contains("werkt niet meer");
            Browser.screenshot(client, "portal-5-phone-used");

            therapist.navigate(base + "/behandelingen/" + treatment.getId());
            assertThat(therapist.content()).contains("PHQ-9");
            assertThat(therapist.locator("svg[role=img]").count()).isGreaterThan(0);
            Browser.screenshot(therapist, "portal-6-therapist-sees-score");
        }
    }
}
