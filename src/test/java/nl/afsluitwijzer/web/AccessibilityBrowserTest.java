package nl.afsluitwijzer.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.PlaywrightException;
import com.microsoft.playwright.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import nl.afsluitwijzer.closing.ClosingFixtures;
import nl.afsluitwijzer.support.AccessibilityAudit;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The accessibility gate (docs/accessibility.md): every page a therapist, a manager and an administrator reach from
 * the menu, from those pages and from the first treatment, the forms behind a button (evaluation, agreements,
 * closing plan, letter editor), the client-link pages on a 390×844 phone and the workshop's phone and projector
 * pages, each in Dutch and English, pass axe-core's WCAG 2.1 A/AA rules without a console error. On the forms the
 * keyboard is checked too: Tab from the top reaches the skip link first, the skip link moves focus to the main
 * content, and every element Tab reaches in it shows a focus outline.
 */
@IntegrationTest
class AccessibilityBrowserTest {

    private static final List<String> LANGUAGES = List.of("nl", "en");
    /** Links that download a file or change state; everything else on a page is visited. */
    private static final List<String> NOT_PAGES = List.of(
            ".pdf", ".csv", ".json", ".svg", ".png", ".zip", "/logout", "/export", "/api/", "/actuator", "lang=");

    private static final int MAX_TAB_STOPS = 60;
    /** The forms the keyboard is checked on: agreements, evaluation, closing plan, letter editor. */
    private static final Pattern KEYBOARD_FORMS =
            Pattern.compile("/afspraken$|/evaluaties/nieuw$|/afronden$|/beheer/brieven/[^/]+$");

    @LocalServerPort
    int port;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    ClosingFixtures closingFixtures;

    private final AccessibilityAudit audit = new AccessibilityAudit();

    private String base() {
        return "http://localhost:" + port;
    }

    @Test
    void everyPageOfATherapistWithTheFormsBehindButtons() {
        Treatment acknowledging = fixtures.startedBy("behandelaar");
        Treatment closing = closingFixtures.goalReached();
        try (BrowserContext desktop = Browser.context(1280, 900);
                BrowserContext phone = Browser.context(390, 844)) {
            Page page = signedIn(desktop, "behandelaar");
            acknowledgeTheFirstSignal(page, acknowledging);
            page.navigate(base() + "/behandelingen/" + closing.getId());
            page.locator("section.closing-panel form[action$='/afronden/start'] button")
                    .click();
            page.waitForLoadState();
            String plan = base() + "/behandelingen/" + closing.getId() + "/afronden";
            for (String language : LANGUAGES) {
                Set<String> forms = crawl(page, language);
                assertThat(forms)
                        .as("the forms behind the first treatment's buttons")
                        .anyMatch(url -> url.endsWith("/afspraken"))
                        .anyMatch(url -> url.endsWith("/evaluaties/nieuw"));
                visit(page, plan + "?lang=" + language, "closing plan");
                forms.add(plan);
                forms.forEach(form -> keyboard(page, form));
            }
            page.navigate(base() + "/caseload");
            Browser.screenshot(page, "a11y-caseload-desktop");
            page.navigate(base() + "/behandelingen/" + acknowledging.getId());
            Browser.screenshot(page, "a11y-treatment-desktop");

            Page small = signedIn(phone, "behandelaar");
            for (String language : LANGUAGES) {
                visit(small, base() + "/caseload?lang=" + language, "phone caseload");
                Browser.screenshot(small, "a11y-caseload-phone-" + language);
                visit(small, firstTreatment(small), "phone treatment");
                Browser.screenshot(small, "a11y-treatment-phone-" + language);
            }
        }
        assertThat(audit.findings()).as(audit.report()).isEmpty();
    }

    @Test
    void everyPageOfAManagerAndAnAdministrator() {
        for (String user : List.of("manager", "beheer")) {
            try (BrowserContext desktop = Browser.context(1280, 900)) {
                Page page = signedIn(desktop, user);
                for (String language : LANGUAGES) {
                    Set<String> forms = crawl(page, language);
                    forms.forEach(form -> keyboard(page, form));
                    if (user.equals("manager")) {
                        assertThat(forms).as("the letter editor").anyMatch(url -> url.contains("/beheer/brieven/"));
                    }
                }
            }
        }
        assertThat(audit.findings()).as(audit.report()).isEmpty();
    }

    @Test
    void theClientLinkPagesOnAPhone() {
        Treatment questionnaire = fixtures.startedBy("behandelaar");
        Treatment closing = closingFixtures.inClosing();
        try (BrowserContext desktop = Browser.context(1280, 900)) {
            Page therapist = signedIn(desktop, "behandelaar");
            for (String language : LANGUAGES) {
                try (BrowserContext phone = Browser.context(390, 844)) {
                    Page client = phone.newPage();
                    audit.watch(client);
                    visit(client, base() + "/login?lang=" + language, "sign-in page");

                    therapist.navigate(base() + "/behandelingen/" + questionnaire.getId());
                    therapist.locator("#link-PHQ9").check();
                    therapist
                            .locator("form[action$='/links'] button[type=submit]")
                            .click();
                    String url = therapist.locator("#issued-link-url").inputValue();
                    visit(client, url, "client link start");
                    client.locator("a.big-button").click();
                    client.waitForLoadState();
                    audit.check(client, "client questionnaire");
                    client.locator("form button[type=submit]").click();
                    client.waitForLoadState();
                    audit.check(client, "client questionnaire with errors");
                    for (int item = 1; item <= 9; item++) {
                        client.locator("#item-" + item + "-1").check();
                    }
                    client.locator("form button[type=submit]").click();
                    client.waitForLoadState();
                    audit.check(client, "client confirmation");
                    client.locator("form button[type=submit]").click();
                    client.waitForLoadState();
                    audit.check(client, "client thanks");
                    Response used = client.navigate(url);
                    assertThat(used.status()).isEqualTo(410);
                    audit.check(client, "used client link");

                    therapist.locator("form.next-appointment-link button").click();
                    visit(client, therapist.locator("#issued-link-url").inputValue(), "client next appointment");
                    therapist.navigate(base() + "/behandelingen/" + closing.getId());
                    therapist.locator("form.closing-link button").click();
                    visit(client, therapist.locator("#issued-link-url").inputValue(), "client closing questions");
                    Browser.screenshot(client, "a11y-client-closing-phone-" + language);
                }
            }
        }
        assertThat(audit.findings().stream().filter(f -> !f.contains("status of 410")))
                .as(audit.report())
                .isEmpty();
    }

    @Test
    void theWorkshopOnAPhoneAndOnTheProjector() {
        try (BrowserContext projector = Browser.context(1280, 720);
                BrowserContext phone = Browser.context(390, 844)) {
            Page screen = signedIn(projector, "behandelaar2");
            screen.navigate(base() + "/intervisie");
            screen.locator("form[action$='/intervisie/dilemmas'] button").click();
            screen.waitForLoadState();
            String presenter = screen.url();
            String code = screen.locator(".join-code").textContent().replace(" ", "");
            Page participant = phone.newPage();
            audit.watch(participant);
            for (String language : LANGUAGES) {
                visit(participant, base() + "/w?lang=" + language, "workshop join page");
            }
            participant.navigate(base() + "/w/" + code);
            for (int step = 1; step <= 4; step++) {
                for (String language : LANGUAGES) {
                    visit(screen, presenter + "?lang=" + language, "projector step " + step);
                    visit(
                            participant,
                            base() + "/w/" + code + "?step=" + step + "&lang=" + language,
                            "participant step " + step);
                }
                if (step < 4) {
                    screen.locator(".projector-controls form button.primary").click();
                    screen.waitForLoadState();
                }
            }
            Browser.screenshot(participant, "a11y-workshop-phone");
            Browser.screenshot(screen, "a11y-workshop-projector");
        }
        assertThat(audit.findings()).as(audit.report()).isEmpty();
    }

    private Page signedIn(BrowserContext context, String user) {
        Page page = context.newPage();
        audit.watch(page);
        Browser.signIn(page, base(), user);
        return page;
    }

    /**
     * Visits the menu's pages, the pages they link to and the pages the first treatment links to, one page per
     * route (ids, kinds such as GP and the query left out), in the language; answers the forms among them that the keyboard is checked on.
     */
    private Set<String> crawl(Page page, String language) {
        Set<String> seen = new HashSet<>();
        Set<String> forms = new LinkedHashSet<>();
        visit(page, base() + "/?lang=" + language, "start page");
        seen.add(routeOf(page.url()));
        List<String> menu = new ArrayList<>(links(page, "nav.mainnav a[href], .usermenu a[href]"));
        List<String> second = new ArrayList<>(links(page, "main a[href]"));
        for (String url : menu) {
            if (visitOnce(page, url, "menu page", seen, forms)) {
                second.addAll(links(page, "main a[href]"));
            }
        }
        String treatment = null;
        for (String url : second) {
            if (treatment == null && url.matches(".*/behandelingen/\\d+$")) {
                treatment = url;
            }
            visitOnce(page, url, "page linked from " + language + " menu page", seen, forms);
        }
        if (treatment != null) {
            page.navigate(treatment);
            for (String url : links(page, "main a[href]")) {
                visitOnce(page, url, "page linked from the first treatment", seen, forms);
            }
        }
        return forms;
    }

    private boolean visitOnce(Page page, String url, String what, Set<String> seen, Set<String> forms) {
        if (!url.startsWith(base()) || NOT_PAGES.stream().anyMatch(url::contains)) {
            return false;
        }
        if (!seen.add(routeOf(url))) {
            return false;
        }
        if (!visit(page, url, what)) {
            return false;
        }
        if (KEYBOARD_FORMS.matcher(URI.create(url).getPath()).find()) {
            forms.add(url);
        }
        return true;
    }

    /** The page's route: its path with ids and kinds (GP, CLIENT) left out, so one of each is visited. */
    private static String routeOf(String url) {
        return URI.create(url).getPath().replaceAll("/\\d+(?=/|$)", "/{id}").replaceAll("/[A-Z_]+(?=/|$)", "/{kind}");
    }

    /** Opens the page and audits it; false when the link was a download or not HTML. */
    private boolean visit(Page page, String url, String what) {
        Response response;
        try {
            response = page.navigate(url);
        } catch (PlaywrightException e) {
            if (String.valueOf(e.getMessage()).contains("Download is starting")) {
                return false;
            }
            throw e;
        }
        String type = response == null ? "" : String.valueOf(response.headerValue("content-type"));
        if (!type.startsWith("text/html")) {
            return false;
        }
        audit.check(page, what);
        Object dialogs = page.evaluate("() => document.querySelectorAll("
                + "'[role=dialog]:not(dialog), [role=alertdialog]:not(dialog), [aria-modal]:not(dialog)').length");
        if (((Number) dialogs).intValue() > 0) {
            audit.add(page, "a dialog that is not a native <dialog> (showModal traps and returns focus)");
        }
        return true;
    }

    private static List<String> links(Page page, String selector) {
        @SuppressWarnings("unchecked")
        List<String> hrefs = (List<String>)
                page.evaluate("s => [...document.querySelectorAll(s)].map(a => a.href.split('#')[0])", selector);
        return hrefs.stream().distinct().toList();
    }

    private String firstTreatment(Page page) {
        return links(page, "main a[href]").stream()
                .filter(url -> url.matches(".*/behandelingen/\\d+$"))
                .findFirst()
                .orElseThrow();
    }

    /** Acknowledges the treatment's first signal that can be acknowledged, so its chip shows struck through. */
    private void acknowledgeTheFirstSignal(Page page, Treatment treatment) {
        page.navigate(base() + "/behandelingen/" + treatment.getId());
        var form = page.locator(".signals-panel form[action*='/afhandelen']").first();
        assertThat(form.count())
                .as("a signal to acknowledge on a new treatment")
                .isPositive();
        form.locator("xpath=..").locator("summary").click();
        form.locator("input[type=radio]").first().check();
        form.locator("button[type=submit]").click();
        page.waitForLoadState();
        assertThat(page.locator(".signals-panel article.acknowledged").count()).isPositive();
    }

    /**
     * Tab from the top: the skip link comes first and is visible, Enter on it puts focus on the main content, and
     * every element Tab then reaches in the main content shows an outline (or a box shadow) while focused.
     */
    private void keyboard(Page page, String url) {
        page.navigate(url);
        page.keyboard().press("Tab");
        Map<String, Object> first = focused(page);
        if (!Boolean.TRUE.equals(first.get("skipLink")) || !Boolean.TRUE.equals(first.get("inView"))) {
            audit.add(page, "keyboard: the first Tab reaches " + first.get("element") + ", not a visible skip link");
            return;
        }
        page.keyboard().press("Enter");
        Map<String, Object> target = focused(page);
        if (!"main".equals(target.get("id"))) {
            audit.add(page, "keyboard: the skip link moved focus to " + target.get("element") + ", not to main");
            return;
        }
        for (int stop = 0; stop < MAX_TAB_STOPS; stop++) {
            page.keyboard().press("Tab");
            Map<String, Object> now = focused(page);
            if (!Boolean.TRUE.equals(now.get("inMain"))) {
                break;
            }
            if (!Boolean.TRUE.equals(now.get("outlined"))) {
                audit.add(
                        page,
                        "keyboard: no visible focus outline on " + now.get("element") + " (" + now.get("style") + ")");
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> focused(Page page) {
        return (Map<String, Object>) page.evaluate("""
                () => {
                  const e = document.activeElement || document.body;
                  const style = getComputedStyle(e);
                  const rect = e.getBoundingClientRect();
                  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
                  return {
                    element: e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + String(e.className)
                      .trim().split(/\\s+/).join('.') : '') + (e.name ? '[name=' + e.name + ']' : ''),
                    id: e.id,
                    skipLink: e.classList.contains('skip-link'),
                    inView: rect.width > 0 && rect.height > 0 && rect.left >= 0 && rect.top >= 0
                      && rect.right <= innerWidth && rect.bottom <= innerHeight,
                    inMain: e !== document.body && !!e.closest('main'),
                    outlined: outline || style.boxShadow !== 'none',
                    style: 'outline ' + style.outlineStyle + ' ' + style.outlineWidth + ', box-shadow ' + style.boxShadow
                  };
                }""");
    }
}
