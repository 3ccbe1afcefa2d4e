package nl.afsluitwijzer.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import nl.afsluitwijzer.portal.ClientLinks;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A client answers PHQ-9 item 9 above 0 on a phone: the thanks page says calmly where to get help now (113, the GP,
 * 112) without horizontal scrolling; the therapist sees SUICIDE_ITEM on the caseload and at the top of the treatment
 * and acknowledges it by recording a risk assessment.
 */
@IntegrationTest
class SafetyTextBrowserTest {

    private static final List<Integer> ITEM9_ONE = List.of(1, 2, 1, 1, 1, 0, 1, 0, 1);

    @LocalServerPort
    int port;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    ClientLinks links;

    @Test
    void theClientSeesWhereToGetHelpAndTheTherapistRecordsARiskAssessment() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        String base = "http://localhost:" + port;
        String[] token = new String[1];
        fixtures.as(
                "behandelaar",
                () -> token[0] = links.create(CurrentUser.require(), treatment.getId(), List.of("PHQ9"))
                        .token());
        try (BrowserContext phone = Browser.context(390, 844);
                BrowserContext desk = Browser.context(1280, 900)) {
            Page client = phone.newPage();
            client.navigate(base + "/c/" + token[0]);
            client.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beginnen"))
                    .click();
            for (int item = 1; item <= ITEM9_ONE.size(); item++) {
                client.locator("#item-" + item + "-" + ITEM9_ONE.get(item - 1)).check();
            }
            client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder"))
                    .click();
            client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen"))
                    .click();

            assertThat(client.locator("h1").textContent()).contains("Dank je wel");
            String help = client.locator(".portal-help").innerText();
            assertThat(help)
                    .contains("113 Zelfmoordpreventie")
                    .contains("0800-0113")
                    .contains("113.nl")
                    .contains("huisarts")
                    .contains("112");
            assertThat(client.locator(".portal-help a[href='tel:113']").isVisible())
                    .isTrue();
            assertThat(client.locator(".portal-help a[href='tel:08000113']").isVisible())
                    .isTrue();
            assertThat(client.locator(".portal-help a[href='tel:112']").isVisible())
                    .isTrue();
            assertThat(client.content()).doesNotContain(">8<");
            assertThat((Integer) client.evaluate("document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo(390);
            Browser.screenshot(client, "safety-1-phone-help-after-item9");

            Page therapist = desk.newPage();
            Browser.signIn(therapist, base, "behandelaar");
            therapist.navigate(base + "/caseload");
            assertThat(therapist.locator(".risk-alert").innerText()).contains(fixtures.referenceOf(treatment));
            Browser.screenshot(therapist, "safety-2-caseload-alert");

            therapist.navigate(base + "/behandelingen/" + treatment.getId());
            assertThat(therapist.locator("#risk-panel.risk-open").isVisible()).isTrue();
            assertThat(therapist.locator("#signal-SUICIDE_ITEM form").count()).isZero();
            Browser.screenshot(therapist, "safety-3-treatment-risk-open");

            therapist.locator("#risk-panel input[value=SAFETY_PLAN]").check();
            therapist
                    .locator("#risk-note")
                    .fill("Gebeld: passieve doodsgedachten, geen plannen. Veiligheidsplan gemaakt.");
            therapist
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Risicotaxatie vastleggen"))
                    .click();
            therapist.waitForLoadState();
            assertThat(therapist.locator(".flash").innerText()).contains("risicotaxatie is vastgelegd");
            assertThat(therapist.locator("#risk-panel.risk-open").count()).isZero();
            assertThat(therapist.locator(".risk-history").innerText()).contains("Veiligheidsplan gemaakt");
            assertThat(therapist.locator("#signal-SUICIDE_ITEM.acknowledged").count())
                    .isEqualTo(1);
            Browser.screenshot(therapist, "safety-4-treatment-assessed");

            therapist.navigate(base + "/caseload");
            assertThat(therapist
                            .locator(".risk-alert li:has-text('" + fixtures.referenceOf(treatment) + "')")
                            .count())
                    .isZero();
        }
    }
}
