package nl.afsluitwijzer.treatment.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import nl.afsluitwijzer.PracticeDay;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.PdfPages;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A therapist registers a referral from a GP with eHealth offered, finds it on the waiting list over the Treeknorm,
 * screens it as not fitting short-term care and downloads the feedback letter to the GP.
 */
@IntegrationTest
class WaitingListBrowserTest {

    @LocalServerPort
    int port;

    @Test
    void registerScreenAsNotFittingAndDownloadTheGpFeedbackLetter() throws IOException {
        try (BrowserContext context = Browser.context(1280, 900)) {
            Page page = context.newPage();
            String base = "http://localhost:" + port;
            Browser.signIn(page, base, "behandelaar");
            page.navigate(base + "/behandelingen/nieuw");
            String reference = "WAIT-" + System.nanoTime();
            page.getByLabel("Cliëntreferentie").fill(reference);
            page.getByLabel("Naam voor brieven").fill("Joris");
            page.getByLabel("Geboortejaar").fill("1979");
            page.locator("#gpName").fill("Dokter P. Hendriks");
            page.getByLabel("Datum van aanmelding")
                    .fill(PracticeDay.today().minusWeeks(5).toString());
            page.getByLabel("Hulpvraag").fill("Ik drink te veel sinds mijn ontslag en ben somber.");
            page.getByLabel("Verwezen door").selectOption("GP");
            page.getByLabel("Naam verwijzer of organisatie (optioneel)").fill("Dokter P. Hendriks");
            page.getByLabel("eHealth aangeboden tijdens de wachttijd").check();
            page.getByLabel("Welke eHealth").fill("Therapieland");
            Browser.screenshot(page, "waiting-1-referral-form");
            click(page, "Op de wachtlijst zetten");

            page.navigate(base + "/wachtlijst");
            var row = page.locator("tr", new Page.LocatorOptions().setHasText(reference));
            assertThat(row.textContent())
                    .contains("Huisarts", "Therapieland", "Nog niet gescreend", "boven de Treeknorm");
            Browser.screenshot(page, "waiting-2-waiting-list");

            row.getByRole(
                            AriaRole.LINK,
                            new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Nog niet gescreend"))
                    .click();
            page.getByLabel("Datum screening")
                    .fill(PracticeDay.today().minusDays(1).toString());
            page.getByLabel("Past niet in kortdurende zorg").check();
            page.getByLabel("Specialistische GGZ nodig").check();
            page.getByLabel("Te complex voor een kort traject").check();
            Browser.screenshot(page, "waiting-3-screening");
            String[] question = new String[1];
            page.onceDialog(dialog -> {
                question[0] = dialog.message();
                dialog.accept();
            });
            click(page, "Screening vastleggen");
            assertThat(question[0]).contains("wordt de aanmelding beëindigd");

            assertThat(page.locator(".treatment-head .phase").textContent()).isEqualTo("Overgedragen");
            click(page, "Terugkoppelbrief huisarts maken");
            Download download = page.waitForDownload(
                    () -> page.locator("#feedback-title ~ ul.letters a").first().click());
            byte[] pdf = Files.readAllBytes(download.path());
            PdfPages.save("waiting-gp-feedback", pdf);
            assertThat(PdfPages.text(pdf).replaceAll("\\s+", " "))
                    .contains(
                            "Dokter P. Hendriks",
                            "Joris",
                            "Specialistische GGZ nodig",
                            "Te complex voor een kort traject")
                    .doesNotContain(reference);
            Browser.screenshot(page, "waiting-4-letter");
        }
    }

    private static void click(Page page, String button) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(button).setExact(true))
                .click();
        page.waitForLoadState();
    }
}
