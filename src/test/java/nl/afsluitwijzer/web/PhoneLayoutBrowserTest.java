package nl.afsluitwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import nl.afsluitwijzer.PracticeDay;
import nl.afsluitwijzer.closing.ClosingFixtures;
import nl.afsluitwijzer.intervision.CaseDiscussion;
import nl.afsluitwijzer.intervision.CaseDiscussionStep;
import nl.afsluitwijzer.intervision.CaseDiscussions;
import nl.afsluitwijzer.intervision.CasePreparation;
import nl.afsluitwijzer.intervision.SystemLevel;
import nl.afsluitwijzer.intervision.WorksheetEntryKind;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * On a phone (390 × 844) no page a therapist works with scrolls sideways: the caseload, a treatment, the evaluation
 * form, the closing pages, the waiting list and the intervision pages. A page that does names the elements that stick
 * out; every page is kept as a screenshot in target/screenshots (phone-*.png).
 */
@IntegrationTest
class PhoneLayoutBrowserTest {

    private static final String WIDER_THAN_THE_SCREEN = """
            () => Array.from(document.querySelectorAll('body *'))
                .filter(e => e.getBoundingClientRect().right > window.innerWidth + 0.5)
                .filter(e => !e.closest('.visually-hidden'))
                .slice(0, 5)
                .map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + '.' + String(e.className)
                    + ' right=' + Math.round(e.getBoundingClientRect().right))""";

    @LocalServerPort
    int port;

    @Autowired
    ClosingFixtures closing;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    CaseDiscussions discussions;

    @Test
    void noTherapistPageScrollsSidewaysAt390PixelsWide() {
        Treatment treatment = closing.goalReached();
        closing.measured(treatment);
        Treatment inClosing = closing.inClosing();
        Treatment referral =
                fixtures.referredBy("behandelaar", PracticeDay.today().minusWeeks(8));
        Long prepared = caseDiscussion(treatment, false);
        Long finished = caseDiscussion(treatment, true);
        Long running = runningAtReflection(treatment);

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("caseload", "/caseload");
        pages.put("treatment", "/behandelingen/" + treatment.getId());
        pages.put("evaluation-form", "/behandelingen/" + treatment.getId() + "/evaluaties/nieuw");
        pages.put("closing-plan", "/behandelingen/" + inClosing.getId() + "/afronden");
        pages.put("closing-close", "/behandelingen/" + inClosing.getId() + "/afronden/afsluiten");
        pages.put("closing-treatment", "/behandelingen/" + inClosing.getId());
        pages.put("waiting-list", "/wachtlijst");
        pages.put("referral", "/behandelingen/" + referral.getId());
        pages.put("new-referral", "/behandelingen/nieuw");
        pages.put("intervision", "/intervisie");
        pages.put("knowledge-base", "/intervisie/kennisbank");
        pages.put("case-form", "/intervisie/casuistiek/nieuw?behandeling=" + treatment.getId());
        pages.put("case-prepared", "/intervisie/casuistiek/" + prepared);
        pages.put("case-running", "/intervisie/casuistiek/" + running);
        pages.put("case-summary", "/intervisie/casuistiek/" + finished + "/samenvatting");

        SoftAssertions softly = new SoftAssertions();
        try (BrowserContext context = Browser.context(390, 844)) {
            Page page = context.newPage();
            String base = "http://localhost:" + port;
            Browser.signIn(page, base, "behandelaar");
            pages.forEach((name, path) -> {
                page.navigate(base + path);
                page.waitForLoadState();
                int scrollWidth = ((Number) page.evaluate("document.documentElement.scrollWidth")).intValue();
                int innerWidth = ((Number) page.evaluate("window.innerWidth")).intValue();
                assertThat(innerWidth).isEqualTo(390);
                softly.assertThat(scrollWidth)
                        .as(
                                "%s (%s) is %d px wide; sticking out: %s",
                                name, path, scrollWidth, page.evaluate(WIDER_THAN_THE_SCREEN))
                        .isLessThanOrEqualTo(innerWidth);
                Browser.screenshot(page, "phone-" + name);
            });
        }
        softly.assertAll();
    }

    /** On a phone the caseload's headers are a row of sort links, reached and followed with the keyboard. */
    @Test
    void theCaseloadSortsFromTheKeyboardOnAPhoneAndRemembersIt() {
        try (BrowserContext context = Browser.context(390, 844)) {
            Page page = context.newPage();
            String base = "http://localhost:" + port;
            Browser.signIn(page, base, "behandelaar");
            try {
                page.navigate(base + "/caseload");
                page.locator("#col-weeks a").focus();
                page.keyboard().press("Enter");
                page.waitForURL(Pattern.compile(".*sort=weeks.*dir=asc.*"));
                assertThat(page.url()).contains("sort=weeks", "dir=asc");
                assertThat(page.locator("#col-weeks").getAttribute("aria-sort")).isEqualTo("ascending");
                page.locator("#col-weeks a").focus();
                page.keyboard().press("Enter");
                page.waitForURL(Pattern.compile(".*sort=weeks.*dir=desc.*"));
                assertThat(page.locator("#col-weeks").getAttribute("aria-sort")).isEqualTo("descending");
                page.navigate(base + "/caseload");
                assertThat(page.locator("#col-weeks").getAttribute("aria-sort"))
                        .as("remembered")
                        .isEqualTo("descending");
                assertThat(page.locator("#col-signals").getAttribute("aria-sort"))
                        .isEqualTo("none");
                assertThat(((Number) page.evaluate("document.documentElement.scrollWidth")).intValue())
                        .isLessThanOrEqualTo(390);
                Browser.screenshot(page, "phone-caseload-sorted");
            } finally {
                page.navigate(base + "/caseload?sort=signals&dir=asc");
            }
        }
    }

    private Long caseDiscussion(Treatment treatment, boolean finish) {
        Long[] id = new Long[1];
        fixtures.as("behandelaar", () -> {
            CurrentUser user = CurrentUser.require();
            CaseDiscussion discussion = discussions.prepare(
                    user,
                    new CasePreparation(
                            "Somberheid, 14 maanden",
                            "Weer plezier krijgen in het werk en beter slapen.",
                            PracticeDay.today().minusMonths(14),
                            "14 maanden, 30 gesprekken",
                            "Frequentie verlaagd naar eens per drie weken.",
                            "De cliënt ervaart de gesprekken als houvast en een vast rustpunt in de week."),
                    treatment.getId(),
                    true);
            id[0] = discussion.getId();
            if (finish) {
                discussions.moveTo(user, id[0], CaseDiscussionStep.SYSTEMIC_ANALYSIS);
                discussions.addEntry(
                        user,
                        id[0],
                        WorksheetEntryKind.FACTOR,
                        SystemLevel.EMPLOYEE,
                        "Handelingsverlegenheid bij het afronden van een lange behandeling");
                discussions.addEntry(
                        user,
                        id[0],
                        WorksheetEntryKind.ACTION,
                        SystemLevel.ORGANISATION,
                        "Evaluatie halverwege vast inplannen");
                discussions.recordReflection(
                        user,
                        id[0],
                        "Wij herkennen de neiging om door te gaan zolang de " + "cliënt het prettig vindt.",
                        null);
                discussions.addInsight(user, id[0], "Carla", "Eerder het einde benoemen.");
                discussions.finish(user, id[0]);
            }
        });
        return id[0];
    }

    private Long runningAtReflection(Treatment treatment) {
        Long id = caseDiscussion(treatment, false);
        fixtures.as("behandelaar", () -> discussions.moveTo(CurrentUser.require(), id, CaseDiscussionStep.REFLECTION));
        return id;
    }
}
