package nl.afsluitwijzer.practice.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.Clock;
import java.util.List;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Role;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.practice.internal.Base32;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import nl.afsluitwijzer.practice.internal.Totp;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A manager of their own (never the shared demo "manager") chooses a password, enrols an authenticator
 * app by the QR page with a TOTP code computed here (RFC 6238), signs out, signs in with password and
 * code, and finds that the same code is refused the next time; a recovery code then lets them in once.
 */
@IntegrationTest
class TwoFactorBrowserTest {

    private static final String INITIAL = "een eerste wachtwoord van beheer";
    private static final String PASSWORD = "paarse olifant fietst naar zee";

    @LocalServerPort
    int port;

    @Autowired
    UserAdministration administration;

    @Autowired
    PracticeRepository practices;

    @Autowired
    Clock clock;

    @Test
    void aManagerEnrolsSignsInWithACodeAndCannotUseItTwice() {
        String username = "praktijkhouder" + System.nanoTime();
        administration.create(
                CurrentUser.current().orElse(null),
                practices.findAll().get(0).getId(),
                username,
                "Praktijkhouder Test",
                Role.MANAGER,
                INITIAL);
        try (BrowserContext context = Browser.context(1280, 900)) {
            Page page = context.newPage();
            signIn(page, username, INITIAL);
            choosePassword(page);

            page.navigate(url("/profiel/tweestaps"));
            assertThat(page.locator(".qr svg")).isNotNull();
            assertThat(page.locator(".qr svg path").count()).isEqualTo(1);
            byte[] secret = Base32.decode(page.locator("#totp-secret").textContent());
            assertThat(page.locator("a[href^='otpauth://totp/']").count()).isEqualTo(1);
            page.locator("#code").fill(code(secret, 0));
            page.locator("#currentPassword").fill(PASSWORD);
            Browser.screenshot(page, "2fa-1-enrol-qr");
            click(page, "Tweestapsverificatie aanzetten");
            List<String> recoveryCodes = page.locator("#recovery-codes code").allTextContents();
            assertThat(recoveryCodes).hasSize(10);
            Browser.screenshot(page, "2fa-2-recovery-codes");
            signOut(page);

            String next = code(secret, 1);
            signIn(page, username, PASSWORD);
            assertThat(page.url()).contains("/login/code");
            page.locator("#code").fill(next);
            Browser.screenshot(page, "2fa-3-code-page");
            click(page, "Bevestigen");
            assertThat(page.url()).endsWith("/caseload");
            assertThat(page.locator("nav.mainnav").textContent()).contains("Auditlog");
            signOut(page);

            signIn(page, username, PASSWORD);
            page.locator("#code").fill(next);
            click(page, "Bevestigen");
            assertThat(page.url()).contains("/login/code?error");
            assertThat(page.getByRole(AriaRole.ALERT).textContent()).contains("al gebruikt");
            Browser.screenshot(page, "2fa-4-reused-code-refused");
            page.navigate(url("/beheer/audit"));
            assertThat(page.url())
                    .as("a page opened directly still asks for the code")
                    .contains("/login/code");

            page.locator("#code").fill(recoveryCodes.get(0));
            click(page, "Bevestigen");
            assertThat(page.url()).as("back to the page asked for").contains("/beheer/audit");
            click(page, "Controleer de keten");
            assertThat(page.locator("#verification").textContent()).contains("De keten is intact");
            Browser.screenshot(page, "2fa-5-audit-verified");

            page.navigate(url("/caseload"));
            page.locator("main td a[href^='/behandelingen/']").first().click();
            page.waitForLoadState();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Wie heeft dit dossier ingezien?"))
                    .click();
            page.waitForLoadState();
            assertThat(page.locator("main table").textContent()).contains(username, "Ingezien");
            Browser.screenshot(page, "2fa-6-who-opened-this-record");

            page.navigate(url("/beheer/gebruikers"));
            assertThat(page.locator("main table").textContent()).contains(username);
            Browser.screenshot(page, "2fa-7-users");
            page.navigate(url("/beheer/beleid"));
            assertThat(page.getByLabel("Verplicht (aanbevolen)").isChecked()).isTrue();
            Browser.screenshot(page, "2fa-8-policy");
        }
    }

    private String code(byte[] secret, int stepsFromNow) {
        return Totp.code(secret, Totp.step(clock.instant()) + stepsFromNow);
    }

    private void signIn(Page page, String username, String password) {
        page.navigate(url("/login"));
        page.getByLabel("Gebruikersnaam").fill(username);
        page.getByLabel("Wachtwoord").fill(password);
        click(page, "Inloggen");
    }

    private void choosePassword(Page page) {
        assertThat(page.url()).endsWith("/profiel/wachtwoord");
        page.getByLabel("Huidig wachtwoord").fill(INITIAL);
        page.getByLabel("Nieuw wachtwoord", new Page.GetByLabelOptions().setExact(true))
                .fill(PASSWORD);
        page.getByLabel("Herhaal het nieuwe wachtwoord").fill(PASSWORD);
        click(page, "Wachtwoord opslaan");
        assertThat(page.url()).endsWith("/profiel");
    }

    private void signOut(Page page) {
        page.locator(".usermenu")
                .getByRole(
                        AriaRole.BUTTON, new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Uitloggen"))
                .click();
        page.waitForLoadState();
        assertThat(page.url()).contains("/login?logout");
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void click(Page page, String button) {
        page.getByRole(
                        AriaRole.BUTTON,
                        new Page.GetByRoleOptions().setName(button).setExact(true))
                .click();
        page.waitForLoadState();
    }
}
