package nl.afsluitwijzer.measurement.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import nl.afsluitwijzer.measurement.Measurements;
import nl.afsluitwijzer.measurement.NewMeasurement;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.SessionKind;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A therapist opens a treatment with a baseline, enters a PHQ-9 by its items, sees the band as the answers
 * come in, and after saving sees the score, the outcome and the chart on the treatment page.
 */
@IntegrationTest
class MeasurementEntryBrowserTest {

    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    @LocalServerPort
    int port;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    TreatmentChanges changes;

    @Autowired
    Measurements measurements;

    @Autowired
    Clock clock;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTherapistEntersAPhq9ByItsItemsAndSeesTheScoreAndTheChart() {
        Treatment treatment = treatmentWithABaseline();
        String base = "http://localhost:" + port;
        try (BrowserContext context = Browser.context(1280, 900)) {
            Page page = context.newPage();
            Browser.signIn(page, base, "behandelaar");
            page.navigate(base + "/behandelingen/" + treatment.getId());
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Meting invoeren"))
                    .click();
            page.waitForLoadState();
            assertThat(page.locator("h1").textContent()).isEqualTo("Meting invoeren");

            for (int item = 1; item <= 9; item++) {
                Locator question = page.locator("fieldset.item").nth(item - 1);
                question.getByLabel(item <= 4 ? "Meer dan de helft van de dagen" : "Meerdere dagen")
                        .check();
            }
            Locator preview = page.locator("#band-preview");
            preview.filter(new Locator.FilterOptions().setHasText("Totaal 13")).waitFor();
            assertThat(preview.textContent()).isEqualTo("Totaal 13: Matig");
            Browser.screenshot(page, "measurement-1-entry-phq9");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meting opslaan"))
                    .click();
            page.waitForLoadState();
            String today = DateTimeFormatter.ofPattern("d-M-yyyy").format(LocalDate.now(clock));
            assertThat(page.locator("#metingen .flash").textContent())
                    .isEqualTo("PHQ-9 (depressie) op " + today + ": 13 (matig)");
            assertThat(page.locator("#metingen figure.chart svg").count()).isEqualTo(1);
            assertThat(page.locator("#metingen svg .aw-session").count()).isEqualTo(4);
            assertThat(page.locator("#metingen .outcome").textContent()).contains("Betrouwbaar verbeterd");
            assertThat(page.locator("#metingen table.measurements tbody tr")
                            .first()
                            .textContent())
                    .contains("13", "Matig");
            Browser.screenshot(page, "measurement-2-treatment-page");
            page.locator("#metingen")
                    .screenshot(new Locator.ScreenshotOptions()
                            .setPath(java.nio.file.Paths.get("target", "screenshots", "measurement-2-panel.png")));
        }
    }

    @Test
    void onAPhoneTheQuestionnaireStaysUsableAndWorksWithATotal() {
        Treatment treatment = treatmentWithABaseline();
        String base = "http://localhost:" + port;
        try (BrowserContext context = Browser.context(390, 844)) {
            Page page = context.newPage();
            Browser.signIn(page, base, "behandelaar");
            page.navigate(base + "/behandelingen/" + treatment.getId() + "/metingen/nieuw?instrument=GAD7");
            page.locator("details.total-entry summary").click();
            page.getByLabel("Totaalscore (0–21)").fill("16");
            page.locator("#band-preview")
                    .filter(new Locator.FilterOptions().setHasText("Totaal 16"))
                    .waitFor();
            Browser.screenshot(page, "measurement-3-entry-phone");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Meting opslaan"))
                    .click();
            page.waitForLoadState();
            assertThat(page.locator("#metingen .flash").textContent()).contains("GAD-7 (angst)", "16 (ernstig)");
            Browser.screenshot(page, "measurement-4-treatment-phone");
        }
    }

    @Test
    void aDemoTreatmentShowsItsOutcomeAndGoalChartsAndTheGoalsCanBeRated() {
        Long id = jdbc.sql("SELECT t.id FROM treatment t JOIN client c ON c.id = t.client_id WHERE c.reference = ?")
                .param("DW-1083")
                .query(Long.class)
                .single();
        String base = "http://localhost:" + port;
        try (BrowserContext context = Browser.context(1280, 900)) {
            Page page = context.newPage();
            Browser.signIn(page, base, "behandelaar");
            page.navigate(base + "/behandelingen/" + id);
            Locator panel = page.locator("#metingen");
            assertThat(panel.locator(".outcome").textContent()).contains("Betrouwbaar verbeterd");
            assertThat(panel.locator(".goal-charts svg").count()).isEqualTo(2);
            assertThat(panel.locator("table.measurements tbody tr").count()).isEqualTo(9);
            panel.screenshot(new Locator.ScreenshotOptions()
                    .setPath(java.nio.file.Paths.get("target", "screenshots", "measurement-5-demo-panel.png")));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Doelen scoren (GBO)"))
                    .click();
            page.waitForLoadState();
            assertThat(page.locator("fieldset.item").count()).isEqualTo(2);
            page.locator("fieldset.item").first().getByLabel("Halverwege").check();
            Browser.screenshot(page, "measurement-6-entry-gbo");
        }
    }

    /** PHQ-9 18 at the start, four sessions, and a goal rating. */
    private Treatment treatmentWithABaseline() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        fixtures.as("behandelaar", () -> {
            for (int week = 0; week < 4; week++) {
                changes.addSession(
                        CurrentUser.require(), treatment.getId(), START.plusWeeks(week), SessionKind.TREATMENT, true);
            }
            measurements.record(CurrentUser.require(), treatment.getId(), NewMeasurement.ofTotal("PHQ9", START, 19));
        });
        return treatment;
    }
}
