package nl.afsluitwijzer.treatment.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import nl.afsluitwijzer.PracticeDay;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A therapist registers a referral, holds the intake, records the agreements with two goals, logs three
 * sessions and sees n / E with the halfway marker.
 */
@IntegrationTest
class TreatmentFlowBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void fromReferralToThreeSessionsWithTheHalfwayMarker() {
        try (BrowserContext context = Browser.context(1280, 900)) {
            Page page = context.newPage();
            Browser.signIn(page, "http://localhost:" + port, "behandelaar");
            page.navigate("http://localhost:" + port + "/behandelingen/nieuw");
            String reference = "FLOW-" + System.nanoTime();
            page.getByLabel("Cliëntreferentie").fill(reference);
            page.getByLabel("Naam voor brieven").fill("Sanne");
            page.getByLabel("Datum van aanmelding")
                    .fill(PracticeDay.today().minusWeeks(6).toString());
            page.getByLabel("Hulpvraag").fill("Ik pieker de hele dag en slaap slecht sinds mijn baan onzeker werd.");
            Browser.screenshot(page, "treatment-1-referral");
            click(page, "Op de wachtlijst zetten");
            assertThat(page.locator(".phase").first().textContent()).isEqualTo("Aangemeld");

            changePhase(page, "Intake");
            changePhase(page, "Behandeling");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Behandelafspraken vastleggen"))
                    .click();
            page.getByLabel("Vraag eerst de cliënt").fill("8");
            page.getByLabel("Jouw inschatting als behandelaar").fill("10");
            page.getByLabel("Samen afgesproken aantal sessies (E)").fill("12");
            page.getByLabel("Afsluiten is aan het begin besproken").check();
            page.getByLabel("Meetinstrument").selectOption("PHQ9");
            page.getByLabel("Doel 1", new Page.GetByLabelOptions().setExact(true))
                    .fill("Twee keer per week sporten met een collega");
            page.getByLabel("Bereikt als (doel 1)").fill("Zes weken achter elkaar volgehouden");
            page.getByLabel("Doel 2", new Page.GetByLabelOptions().setExact(true))
                    .fill("Doorslapen tot de wekker gaat, vijf nachten per week");
            assertThat(page.locator("#halfway-hint").textContent()).contains("sessie 6");
            Browser.screenshot(page, "treatment-2-agreements");
            click(page, "Afspraken vastleggen");

            LocalDate today = PracticeDay.today();
            for (int week = 2; week >= 0; week--) {
                page.locator("#session-date").fill(today.minusDays(week * 7L).toString());
                click(page, "Sessie toevoegen");
            }
            assertThat(page.locator(".treatment-head .big").textContent()).isEqualTo("3 / 12");
            assertThat(page.locator(".treatment-head svg.progress").getAttribute("aria-label"))
                    .contains("3 van 12", "sessie 6");
            assertThat(page.locator(".treatment-head svg.progress line.halfway").count())
                    .isEqualTo(1);
            assertThat(page.locator("ul.goals li").count()).isEqualTo(2);
            Browser.screenshot(page, "treatment-3-three-sessions");
        }
    }

    private static void changePhase(Page page, String phase) {
        page.locator("#phase").selectOption(new com.microsoft.playwright.options.SelectOption().setLabel(phase));
        page.locator("#phase-date").fill(PracticeDay.today().minusWeeks(3).toString());
        click(page, "Fase wijzigen");
        assertThat(page.locator(".treatment-head .phase").textContent()).isEqualTo(phase);
    }

    private static void click(Page page, String button) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(button).setExact(true))
                .click();
        page.waitForLoadState();
    }
}
