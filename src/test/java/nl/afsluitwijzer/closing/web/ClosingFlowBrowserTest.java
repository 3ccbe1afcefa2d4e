package nl.afsluitwijzer.closing.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import nl.afsluitwijzer.closing.ClosingFixtures;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.treatment.Treatment;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * From the GOAL_REACHED signal to a closed treatment: start closing, fill in the plan, make the GP letter, close
 * with a reason, make the client's letter afterwards and download both. Then the manager edits a template.
 */
@nl.afsluitwijzer.support.IntegrationTest
class ClosingFlowBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    ClosingFixtures closingFixtures;

    @Autowired
    Clock clock;

    @Test
    void fromGoalReachedToAClosedTreatmentWithBothLetters() throws IOException {
        Treatment treatment = closingFixtures.goalReached();
        String base = "http://localhost:" + port;
        try (BrowserContext context = Browser.context(1280, 900)) {
            Page page = context.newPage();
            Browser.signIn(page, base, "behandelaar");
            page.navigate(base + "/behandelingen/" + treatment.getId());
            assertThat(page.locator("#signal-GOAL_REACHED").count()).isEqualTo(1);
            Locator panel = page.locator("section.closing-panel");
            assertThat(panel.locator(".alert.success").textContent()).contains("De doelen zijn bereikt");
            Browser.screenshot(page, "closing-1-goal-reached");
            panel.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Start afronden"))
                    .click();

            assertThat(page.locator("h1").textContent()).isEqualTo("Afrondplan");
            LocalDate firstPlanned = LocalDate.now(clock).plusWeeks(2);
            assertThat(page.locator("#fadingOut-0").inputValue()).isEqualTo(firstPlanned.toString());
            page.getByLabel("Wat heb je geleerd?").fill("Piekeren mag, op een vast moment.");
            page.getByLabel("Wat helpt om het resultaat vast te houden").fill("Elke dag een kwartier piekertijd.");
            page.getByLabel("Bij wie kan de cliënt in welke situatie aankloppen")
                    .fill("Eerst mijn partner, dan de POH-GGZ.");
            page.getByLabel("POH-GGZ").check();
            page.getByLabel("De terugkeergarantie is besproken").check();
            page.getByLabel("Brief aan jezelf").check();
            page.getByLabel("De eindmeting is gedaan").check();
            Browser.screenshot(page, "closing-2-plan");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afrondplan opslaan"))
                    .click();

            panel = page.locator("section.closing-panel");
            assertThat(panel.locator("ol.fading-out li").allTextContents())
                    .hasSize(3)
                    .first()
                    .asString()
                    .contains(firstPlanned.getDayOfMonth() + "-" + firstPlanned.getMonthValue() + "-");
            assertThat(panel.locator("ul.checks li.missing").allTextContents())
                    .singleElement()
                    .asString()
                    .contains("huisarts");
            generate(page, "GP");
            Browser.screenshot(page, "closing-3-panel-with-plan");

            clientAnswersThroughThePhone(page, base, treatment);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Behandeling afsluiten"))
                    .click();
            // htmx (deferred) must be running before the choice, or the change asks for no checklist
            page.waitForLoadState();
            page.getByText("Overgedragen", new Page.GetByTextOptions().setExact(true))
                    .click();
            page.locator("#checklist li", new Page.LocatorOptions().setHasText("Mondelinge overdracht"))
                    .waitFor();
            Browser.screenshot(page, "closing-4-close-transfer-checklist");
            page.getByText("Doel bereikt", new Page.GetByTextOptions().setExact(true))
                    .click();
            page.locator("#checklist h2", new Page.LocatorOptions().setHasText("Doel bereikt"))
                    .waitFor();
            assertThat(page.locator("#checklist li.missing").count()).isZero();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Behandeling afsluiten"))
                    .click();

            assertThat(page.locator(".flash").textContent()).contains("De behandeling is afgesloten.");
            assertThat(page.locator(".treatment-head .phase").textContent()).isEqualTo("Afgesloten");
            generate(page, "CLIENT");
            Browser.screenshot(page, "closing-5-closed-with-letters");
            assertThat(textOf(download(page, "Brief aan de huisarts")))
                    .contains(ClosingFixtures.CLIENT_NAME, "Eerst mijn partner, dan de POH-GGZ.");
            assertThat(textOf(download(page, "Afsluitbrief aan de cliënt")))
                    .contains("Je kunt dit zelf", "Piekeren mag, op een vast moment.");
        }
    }

    @Test
    void theManagerSeesALivePreviewOfATemplate() {
        String base = "http://localhost:" + port;
        try (BrowserContext context = Browser.context(1400, 1000)) {
            Page page = context.newPage();
            Browser.signIn(page, base, "manager");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Brieven"))
                    .click();
            page.getByRole(AriaRole.ROW, new Page.GetByRoleOptions().setName("Brief aan de huisarts"))
                    .getByRole(AriaRole.LINK)
                    .click();
            page.locator("#preview img.page").first().waitFor();
            assertThat(page.locator("#preview img.page").count()).isPositive();
            page.locator("#body").fill("## Voor ${T(java.lang.Runtime).getRuntime()} {{onbekend}}\n\n");
            page.locator("#body").press("End");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("{{client.name}}"))
                    .click();
            assertThat(page.locator("#body").inputValue()).endsWith("{{client.name}}");
            page.locator("#preview .alert li").waitFor();
            assertThat(page.locator("#preview .alert li").textContent()).isEqualTo("{{onbekend}}");
            assertThat(page.locator("#preview .letter-text h2").textContent())
                    .isEqualTo("Voor ${T(java.lang.Runtime).getRuntime()} {{onbekend}}");
            assertThat(page.locator("#preview .letter-text p").textContent()).isEqualTo("Sam Voorbeeld");
            Browser.screenshot(page, "closing-6-template-preview");
        }
    }

    /** The therapist makes a closing link; the client answers on a phone; the answers show on the panel. */
    private static void clientAnswersThroughThePhone(Page page, String base, Treatment treatment) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afrondlink maken"))
                .click();
        String url = page.locator("#issued-link-url").inputValue();
        try (BrowserContext phoneContext = page.context()
                .browser()
                .newContext(new com.microsoft.playwright.Browser.NewContextOptions().setViewportSize(390, 844))) {
            Page phone = phoneContext.newPage();
            phone.navigate(url);
            phone.getByLabel("Wat heb ik geleerd?").fill("Dat piekeren mag, op een vast moment.");
            phone.getByLabel("Brief aan mezelf").fill("Lieve ik, je kunt dit zelf.");
            phone.getByText("Ik neem zelf contact op als het nodig is").click();
            Browser.screenshot(phone, "closing-client-phone");
            phone.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen"))
                    .click();
            assertThat(phone.locator("h1").textContent()).contains("Dank je wel");
        }
        page.navigate(base + "/behandelingen/" + treatment.getId());
        assertThat(page.locator("section.closing-panel").textContent()).contains("Lieve ik, je kunt dit zelf.");
    }

    private static void generate(Page page, String kind) {
        page.locator("#letter-kind").selectOption(kind);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Brief maken"))
                .click();
        assertThat(page.locator(".flash").textContent()).contains("De brief is gemaakt");
    }

    private static Path download(Page page, String letter) {
        Download download =
                page.waitForDownload(() -> page.locator("ul.letters a", new Page.LocatorOptions().setHasText(letter))
                        .first()
                        .click());
        assertThat(download.suggestedFilename()).endsWith(".pdf");
        return download.path();
    }

    private static String textOf(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(document);
        }
    }
}
