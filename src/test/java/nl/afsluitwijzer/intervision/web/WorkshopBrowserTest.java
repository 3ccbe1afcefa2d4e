package nl.afsluitwijzer.intervision.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Media;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A facilitator on a 1280×720 projector and a participant on a 390×844 phone without an account: the
 * participant joins by code, votes and adds a card, and the projector shows each within 3 seconds.
 */
@IntegrationTest
class WorkshopBrowserTest {

    private static final LocatorAssertions.ContainsTextOptions WITHIN_3_SECONDS =
            new LocatorAssertions.ContainsTextOptions().setTimeout(3000);

    @LocalServerPort
    int port;

    @Test
    void aParticipantJoinsByCodeVotesAndAddsACardAndTheProjectorShowsBothLive() {
        String base = "http://localhost:" + port;
        try (BrowserContext projector = Browser.context(1280, 720);
                BrowserContext phone = Browser.context(390, 844)) {
            Page screen = projector.newPage();
            Browser.signIn(screen, base, "behandelaar");
            screen.navigate(base + "/intervisie");
            Browser.screenshot(screen, "intervision-overview");
            screen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuwe sessie starten"))
                    .click();
            String code = screen.locator(".join-code").textContent().replace(" ", "");
            Browser.screenshot(screen, "workshop-projector-1-poll-empty");

            Page participant = phone.newPage();
            participant.navigate(base + "/w");
            Browser.screenshot(participant, "workshop-phone-join");
            participant.getByLabel("Code").fill(code.toLowerCase());
            participant
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meedoen"))
                    .click();
            assertThat(participant.locator("h1")).containsText("Herkenning en verschillen");
            Browser.screenshot(participant, "workshop-phone-1-poll");
            participant
                    .getByRole(
                            AriaRole.LINK,
                            new Page.GetByRoleOptions().setName("Ja").setExact(true))
                    .click();
            participant
                    .getByText("tijdens de behandeling er vaak nieuwe behandeldoelen bij komen")
                    .click();
            Browser.screenshot(participant, "workshop-phone-1-reasons");
            participant
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stem"))
                    .click();
            assertThat(participant.locator(".your-answer")).containsText("nieuwe behandeldoelen");

            assertThat(screen.locator(".poll-total")).containsText("1 stem · 1 deelnemer", WITHIN_3_SECONDS);
            assertThat(screen.locator(".side-YES .share")).containsText("hier 100,0 %", WITHIN_3_SECONDS);
            Browser.screenshot(screen, "workshop-projector-1-poll-voted");

            screen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende stap"))
                    .click();
            assertThat(participant.locator("#step-banner")).containsText("naar stap 2", WITHIN_3_SECONDS);
            participant.locator("#step-banner a").click();
            participant.locator("form.remedies textarea").fill("Bij de intake afspreken hoe lang het traject duurt");
            participant.locator("form.remedies button[type=submit]").click();
            participant.locator("form.obstacles textarea").fill("Lange wachttijden in de vervolgzorg");
            participant.locator("form.obstacles label:has-text('organisatie')").click();
            participant.locator("form.obstacles button[type=submit]").click();
            assertThat(participant.locator(".phone-cards .cards li")).hasCount(2);
            Browser.screenshot(participant, "workshop-phone-2-cards");

            Locator board = screen.locator("#live");
            assertThat(board.locator(".remedies")).containsText("Bij de intake afspreken", WITHIN_3_SECONDS);
            assertThat(board.locator(".obstacles")).containsText("Lange wachttijden", WITHIN_3_SECONDS);
            Browser.screenshot(screen, "workshop-projector-2-matrix");

            screen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende stap"))
                    .click();
            participant.navigate(base + "/w/" + code + "?step=3");
            participant
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Stip geven"))
                    .click();
            assertThat(participant.locator(".phone-dots")).containsText("Je hebt er nog 2 van de 3");
            Browser.screenshot(participant, "workshop-phone-3-dots");
            assertThat(screen.locator(".principle .dot-count").first()).containsText("1", WITHIN_3_SECONDS);
            screen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kiezen"))
                    .click();
            assertThat(screen.locator(".principle.chosen")).containsText("Bij de intake afspreken");
            Browser.screenshot(screen, "workshop-projector-3-principles");

            screen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende stap"))
                    .click();
            participant.navigate(base + "/w/" + code + "?step=4");
            participant.locator("textarea[name=content]").fill("het einde al bij de intake te bespreken");
            participant
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Opslaan"))
                    .click();
            assertThat(participant.locator(".your-answer")).containsText("het einde al bij de intake");
            Browser.screenshot(participant, "workshop-phone-4-pledge");
            assertThat(screen.locator(".pledge-list")).containsText("het einde al bij de intake", WITHIN_3_SECONDS);
            Browser.screenshot(screen, "workshop-projector-4-pledges");

            screen.onDialog(dialog -> dialog.accept());
            screen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sessie afsluiten"))
                    .click();
            assertThat(screen.locator("h1")).containsText("Samenvatting");
            Browser.screenshot(screen, "workshop-summary");
        }
    }

    @Test
    void aCaseDiscussionRunsOnTheProjectorWithTheWorksheet() {
        String base = "http://localhost:" + port;
        try (BrowserContext projector = Browser.context(1280, 720)) {
            Page screen = projector.newPage();
            Browser.signIn(screen, base, "behandelaar2");
            screen.navigate(base + "/intervisie/casuistiek/nieuw");
            screen.getByLabel("Titel").fill("Somberheid, 18 maanden");
            screen.getByLabel("De oorspronkelijke hulpvraag en start van de behandeling")
                    .fill("Somberheid na verlies van werk; wil weer structuur in de week.");
            screen.getByLabel("Hoe lang de behandeling al loopt").fill("18 maanden, 41 gesprekken");
            screen.getByLabel("Wat er al is geprobeerd richting afronden").fill("Frequentie naar eens per maand.");
            screen.getByLabel("Wat het moeilijk maakt om de behandeling af te ronden")
                    .fill("Cliënt is bang om terug te vallen; ik voel me verantwoordelijk.");
            Browser.screenshot(screen, "case-form");
            screen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Casus opslaan"))
                    .click();
            screen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bespreking starten"))
                    .click();
            Browser.screenshot(screen, "case-projector-1-case");
            screen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende stap"))
                    .click();
            screen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verantwoordelijkheidsgevoel"))
                    .click();
            screen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Angst voor terugval/verandering"))
                    .click();
            screen.locator("#add-ORGANISATION").fill("Geen plek bij de herstelacademie");
            screen.locator(".level-ORGANISATION .add-entry button").click();
            assertThat(screen.locator(".level-PATIENT .entries")).containsText("Angst voor terugval/verandering");
            Browser.screenshot(screen, "case-projector-2-worksheet");
            screen.locator(".stepbar button").nth(4).click();
            screen.getByLabel("Inzicht").fill("Bij elke evaluatie het einde benoemen.");
            screen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inzicht toevoegen"))
                    .click();
            Browser.screenshot(screen, "case-projector-5-insights");
            screen.onDialog(dialog -> dialog.accept());
            screen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Bespreking afronden"))
                    .click();
            assertThat(screen.locator(".summary-grid")).containsText("Geen plek bij de herstelacademie");
            Browser.screenshot(screen, "case-summary");
            screen.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.PRINT));
            Browser.screenshot(screen, "case-summary-print");
            screen.emulateMedia(new Page.EmulateMediaOptions().setMedia(Media.SCREEN));
            screen.navigate(base + "/intervisie/kennisbank");
            Browser.screenshot(screen, "knowledge-base");
        }
    }
}
