package nl.afsluitwijzer.portal.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.time.LocalDate;
import nl.afsluitwijzer.portal.ClientLinks;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** On a phone, a client rates each goal in its own words on its own screen; the therapist sees the goal scores. */
@IntegrationTest
class GoalLinkBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    TreatmentChanges changes;

    @Autowired
    ClientLinks links;

    @Test
    void aClientRatesEachGoalOnAPhone() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        String base = "http://localhost:" + port;
        fixtures.as(
                "behandelaar",
                () -> changes.addGoal(
                        CurrentUser.require(),
                        treatment.getId(),
                        "Weer met vrienden afspreken zonder vooraf dagen te piekeren",
                        null,
                        LocalDate.of(2026, 1, 12)));
        try (BrowserContext desk = Browser.context(1280, 900);
                BrowserContext phone = Browser.context(390, 844)) {
            Page therapist = desk.newPage();
            Browser.signIn(therapist, base, "behandelaar");
            therapist.navigate(base + "/behandelingen/" + treatment.getId());
            therapist.locator("#link-PHQ9").uncheck();
            therapist.locator("#link-GBO").check();
            therapist
                    .getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Link maken"))
                    .click();
            String url = therapist.locator("#issued-link-url").inputValue();

            Page client = phone.newPage();
            client.navigate(url);
            client.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Beginnen"))
                    .click();
            assertThat(client.locator(".portal-goal").innerText())
                    .contains("Doel 1 van 2")
                    .contains("Weer sporten");
            client.locator("#item-1-6").check();
            Browser.screenshot(client, "goals-1-phone-goal-1");
            client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende"))
                    .click();
            assertThat(client.locator(".portal-goal").innerText())
                    .contains("Doel 2 van 2")
                    .contains("Weer met vrienden afspreken zonder vooraf dagen te piekeren");
            client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder"))
                    .click();
            assertThat(client.locator(".alert.error").count()).isEqualTo(1);
            client.locator("#item-1-3").check();
            assertThat((Integer) client.evaluate("document.documentElement.scrollWidth"))
                    .isLessThanOrEqualTo(390);
            Browser.screenshot(client, "goals-2-phone-goal-2");
            client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verder"))
                    .click();
            client.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Versturen"))
                    .click();
            assertThat(client.locator("h1").textContent()).contains("Dank je wel");
            assertThat(client.locator(".portal-help").count()).isZero();

            therapist.navigate(base + "/behandelingen/" + treatment.getId());
            assertThat(therapist.locator("figure.goal-chart").count()).isEqualTo(2);
            assertThat(therapist.locator("figure.goal-chart").allInnerTexts())
                    .anyMatch(t -> t.contains("Weer sporten"))
                    .anyMatch(t -> t.contains("Weer met vrienden afspreken"));
            Browser.screenshot(therapist, "goals-3-therapist-sees-goal-scores");
        }
    }
}
