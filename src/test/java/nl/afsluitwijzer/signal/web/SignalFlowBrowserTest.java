package nl.afsluitwijzer.signal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
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

/**
 * The caseload shows signal chips; recording the mid evaluation makes EVALUATION_DUE go; extending an
 * overrun treatment with a reason makes OVERRUN go.
 */
@IntegrationTest
class SignalFlowBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    TreatmentChanges changes;

    @Test
    void theMidEvaluationEndsEvaluationDueAndAnExtensionEndsOverrun() {
        Treatment due = withSessions(6);
        Treatment overrun = withSessions(13);
        try (BrowserContext context = Browser.context(1280, 900)) {
            Page page = context.newPage();
            Browser.signIn(page, "http://localhost:" + port, "behandelaar");
            assertThat(page.locator("ul.signal-chips li").count()).isGreaterThan(0);
            assertThat(chipsOf(page, due).allTextContents()).anyMatch(t -> t.contains("Tussenevaluatie nodig"));
            Browser.screenshot(page, "signals-1-caseload");

            page.navigate("http://localhost:" + port + "/behandelingen/" + due.getId());
            assertThat(page.locator("#signal-EVALUATION_DUE").count()).isEqualTo(1);
            Browser.screenshot(page, "signals-2-treatment-with-evaluation-due");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Evaluatie vastleggen"))
                    .click();
            page.getByLabel("De kijk van de cliënt").fill("Het gaat beter, ik slaap weer door.");
            page.getByLabel("Werkrelatie", new Page.GetByLabelOptions().setExact(true))
                    .fill("8");
            page.getByLabel("Inzet en motivatie").fill("7");
            page.getByText("Doorgaan", new Page.GetByTextOptions().setExact(true))
                    .click();
            Browser.screenshot(page, "signals-3-evaluation-form");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Evaluatie opslaan"))
                    .click();
            assertThat(page.locator("#signal-EVALUATION_DUE").count()).isZero();

            page.navigate("http://localhost:" + port + "/behandelingen/" + overrun.getId() + "/evaluaties/nieuw");
            page.getByText("Doorgaan", new Page.GetByTextOptions().setExact(true))
                    .click();
            page.getByLabel("Nieuw verwacht aantal sessies").fill("16");
            page.getByLabel("De cliënt wil langer doorgaan met de behandeling").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Evaluatie opslaan"))
                    .click();
            assertThat(page.locator("#signal-OVERRUN").count()).isZero();
            assertThat(page.locator(".treatment-head .big").textContent()).isEqualTo("13 / 16");
            Browser.screenshot(page, "signals-4-after-extension");

            page.navigate("http://localhost:" + port + "/caseload");
            assertThat(chipsOf(page, due).allTextContents()).noneMatch(t -> t.contains("Tussenevaluatie nodig"));
        }
    }

    private Treatment withSessions(int count) {
        Treatment treatment = fixtures.startedBy("behandelaar");
        fixtures.as("behandelaar", () -> {
            for (int i = 0; i < count; i++) {
                changes.addSession(
                        CurrentUser.require(),
                        treatment.getId(),
                        LocalDate.of(2026, 1, 12).plusWeeks(i),
                        SessionKind.TREATMENT,
                        true);
            }
        });
        return treatment;
    }

    private static Locator chipsOf(Page page, Treatment treatment) {
        return page.locator("tr:has(a[href='/behandelingen/" + treatment.getId() + "']) ul.signal-chips li");
    }
}
