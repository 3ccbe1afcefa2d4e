package nl.afsluitwijzer.interop.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;
import java.nio.charset.StandardCharsets;
import java.util.List;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentSessionRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A therapist uploads the agenda export of their EHR from the menu, sees in the preview that one line has a date
 * that does not exist, confirms, and the two good sessions are added; with the keyboard only.
 */
@IntegrationTest
class SessionImportBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    TreatmentSessionRepository sessions;

    @Test
    void previewWithOneBadLineThenConfirm() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        String reference = fixtures.referenceOf(treatment);
        String csv = "Cliëntnummer;Datum;Aanwezig;Soort\r\n" + reference + ";12-01-2026;ja;Behandeling\r\n" + reference
                + ";19-01-2026;nee;\r\n" + reference + ";31-02-2026;ja;Evaluatie\r\n";
        try (BrowserContext context = Browser.context(1280, 900)) {
            Page page = context.newPage();
            String base = "http://localhost:" + port;
            Browser.signIn(page, base, "behandelaar");
            page.locator("nav.mainnav")
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Sessies importeren"))
                    .click();
            page.getByLabel("CSV-bestand met afspraken")
                    .setInputFiles(
                            new FilePayload("agenda-export.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)));
            Browser.screenshot(page, "session-import-1-upload");
            page.getByLabel("CSV-bestand met afspraken").focus();
            page.keyboard().press("Tab");
            assertThat(page.evaluate("document.activeElement.textContent")).isEqualTo("Bestand controleren");
            page.keyboard().press("Enter");

            Locator rows = page.locator("table.import-preview tbody tr");
            rows.first().waitFor();
            assertThat(rows.count()).isEqualTo(3);
            assertThat(rows.nth(2).textContent())
                    .contains("31-02-2026", "Fout", "\"31-02-2026\" is geen datum. Schrijf dd-mm-jjjj");
            assertThat(rows.nth(0).textContent()).contains("Toevoegen", "Behandelsessie");
            assertThat(rows.nth(1).textContent()).contains("Nee, niet verschenen");
            assertThat(sessions.findByTreatmentIdIn(List.of(treatment.getId()))).isEmpty();
            Browser.screenshot(page, "session-import-2-preview");

            Locator confirm =
                    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("2 sessie(s) toevoegen"));
            confirm.focus();
            page.keyboard().press("Enter");
            page.locator(".flash").waitFor();
            assertThat(page.locator(".flash").textContent())
                    .contains(
                            "2 sessie(s) toegevoegd, 0 al vastgelegd en overgeslagen, 1 met een fout niet toegevoegd");
            assertThat(sessions.findByTreatmentIdIn(List.of(treatment.getId()))).hasSize(2);
            Browser.screenshot(page, "session-import-3-done");
        }
    }
}
