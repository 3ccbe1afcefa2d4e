package nl.afsluitwijzer.evaluation.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Paths;
import nl.afsluitwijzer.support.AccessibilityAudit;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A therapist evaluates a client who is not on track: the form asks the support questions, the answers are saved with
 * the evaluation and shown with it on the treatment page.
 */
@IntegrationTest
class SupportQuestionsBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTreatments fixtures;

    @Test
    void theTherapistAnswersTheSupportQuestionsAndSeesThemWithTheEvaluation() throws Exception {
        Treatment treatment = OffTrackTreatments.notOnTrack(mvc, fixtures);
        String base = "http://localhost:" + port;
        AccessibilityAudit audit = new AccessibilityAudit();
        try (BrowserContext context = Browser.context(1280, 900)) {
            Page page = context.newPage();
            audit.watch(page);
            Browser.signIn(page, base, "behandelaar");
            page.navigate(base + "/behandelingen/" + treatment.getId() + "/evaluaties/nieuw");
            Locator fieldset = page.locator("fieldset#support-questions");
            assertThat(fieldset.locator("legend").first().innerText())
                    .isEqualTo("Ondersteunende vragen (niet op koers)");
            assertThat(fieldset.innerText()).contains("Niet op koers: verwacht rond", "nu 27", "OQ-Analyst");
            assertThat(fieldset.locator("fieldset.support-question").count()).isEqualTo(7);
            audit.check(page, "evaluation form with the support questions");

            page.locator("input[name=support-WORKING_RELATIONSHIP][value=NO_CONCERN]")
                    .check();
            page.locator("input[name=support-LIFE_EVENTS][value=CONCERN]").check();
            page.locator("#supportNote-LIFE_EVENTS").fill("Baan verloren in januari");
            page.locator("input[name=support-CONSIDER_REFERRAL][value=NO_CONCERN]")
                    .check();
            page.locator("input[name=decision][value=CONTINUE]").check();
            fieldset.scrollIntoViewIfNeeded();
            Browser.screenshot(page, "support-questions-1-form");
            fieldset.screenshot(new Locator.ScreenshotOptions()
                    .setPath(Paths.get("target", "screenshots", "support-questions-2-fieldset.png")));
            page.locator("form.stack button.primary[type=submit]").click();
            page.waitForLoadState();

            assertThat(page.url()).endsWith("/behandelingen/" + treatment.getId());
            Locator answers = page.locator("li.evaluation ul.support-answers").first();
            assertThat(answers.innerText())
                    .contains(
                            "Werkrelatie: Geen zorg",
                            "Ingrijpende gebeurtenissen: Zorg — Baan verloren in januari",
                            "Verwijzing overwegen: Geen zorg");
            answers.scrollIntoViewIfNeeded();
            Browser.screenshot(page, "support-questions-3-treatment-page");
            audit.check(page, "treatment page with the answers");
        }
        assertThat(audit.findings()).as(audit.report()).isEmpty();
    }
}
