package nl.afsluitwijzer.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import nl.afsluitwijzer.closing.ClosingFixtures;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Evaluations stay visible: a therapist records an evaluation with a goal score and a note, sees both on the
 * treatment page, and on the next evaluation form sees the latest score with its band, the reliable-change outcome,
 * n / E and the goals' status.
 */
@IntegrationTest
class EvaluationVisibleBrowserTest {

    private static final String NOTE = "Loopt weer twee keer per week hard, zonder dat de partner hoeft te duwen.";

    @LocalServerPort
    int port;

    @Autowired
    ClosingFixtures closing;

    @Test
    void theGoalScoresAndTheNoteStayOnTheTreatmentPageAndTheFormShowsTheStanding() {
        Treatment treatment = closing.goalReached();
        closing.measured(treatment);
        String base = "http://localhost:" + port;
        try (BrowserContext context = Browser.context(1280, 900)) {
            Page page = context.newPage();
            Browser.signIn(page, base, "behandelaar");
            page.navigate(base + "/behandelingen/" + treatment.getId() + "/evaluaties/nieuw");
            Locator goalScore = page.locator("input[id^=goalScore-]").first();
            goalScore.fill("8");
            page.locator("#note").fill(NOTE);
            page.locator("input[name=decision]").first().check();
            Browser.screenshot(page, "evaluation-1-form");
            page.locator("form.stack button.primary[type=submit]").click();
            page.waitForLoadState();

            assertThat(page.url()).contains("/behandelingen/" + treatment.getId());
            Locator evaluation = page.locator("li.evaluation").first();
            assertThat(evaluation.locator("table.goal-scores").innerText()).contains("Weer sporten", "8 / 10");
            assertThat(evaluation.locator(".evaluation-note").innerText()).contains(NOTE);
            evaluation.scrollIntoViewIfNeeded();
            Browser.screenshot(page, "evaluation-2-treatment-page");

            page.navigate(base + "/behandelingen/" + treatment.getId() + "/evaluaties/nieuw");
            Locator standing = page.locator("section.standing");
            assertThat(standing.locator(".standing-sessions").innerText()).isEqualTo("Sessies: 8 van 12");
            assertThat(standing.locator(".standing-latest").innerText())
                    .startsWith("Laatste PHQ")
                    .contains(": 6 op");
            assertThat(standing.locator(".standing-band").innerText())
                    .startsWith("Ernst: ")
                    .hasSizeGreaterThan(7);
            assertThat(standing.locator(".standing-outcome").innerText()).contains("Hersteld");
            assertThat(standing.locator(".standing-goals").innerText()).contains("Weer sporten", "Bereikt");
            Browser.screenshot(page, "evaluation-3-standing");
        }
    }
}
