package nl.afsluitwijzer.intervision.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.afsluitwijzer.intervision.CardTag;
import nl.afsluitwijzer.intervision.Colleagues;
import nl.afsluitwijzer.intervision.Participant;
import nl.afsluitwijzer.intervision.Participation;
import nl.afsluitwijzer.intervision.PollAnswer;
import nl.afsluitwijzer.intervision.Workshop;
import nl.afsluitwijzer.intervision.Workshops;
import nl.afsluitwijzer.intervision.internal.PledgeKind;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The projector view on a 1920×1080 screen fills the width with large text (24px base, as 16px at 1280×720), and
 * each step's board fits the screen without scrolling sideways. Screenshots in target/screenshots.
 */
@IntegrationTest
class ProjectorFullHdBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    Workshops workshops;

    @Autowired
    Participation participation;

    @Autowired
    UserAccountRepository users;

    @Test
    void everyStepFillsAFullHdScreenWithLargeText() {
        Workshop workshop = workshops.start(Colleagues.demo(users, "manager"));
        PollAnswer[] answers = PollAnswer.values();
        for (int i = 0; i < 8; i++) {
            Participant participant =
                    participation.join(workshop, null).orElseThrow().participant();
            participation.vote(participant, answers[i % answers.length]);
            participation.addCard(
                    participant,
                    i % 2 == 0 ? CardTag.WITHIN_INFLUENCE : CardTag.ORGANISATION,
                    i % 2 == 0
                            ? "Bij de intake het aantal sessies afspreken " + i
                            : "Lange wachttijden vervolgzorg " + i);
            participation.pledge(
                    participant,
                    PledgeKind.values()[i % PledgeKind.values().length],
                    "het einde al bij de intake bespreken " + i);
        }
        String base = "http://localhost:" + port;
        try (BrowserContext projector = Browser.context(1920, 1080)) {
            Page screen = projector.newPage();
            Browser.signIn(screen, base, "manager");
            screen.navigate(base + "/intervisie/dilemmas/" + workshop.getId());
            for (int step = 1; step <= 4; step++) {
                Browser.screenshot(screen, "workshop-projector-1920-step-" + step);
                double rootFont = ((Number) screen.evaluate(
                                "() => parseFloat(getComputedStyle(document.documentElement).fontSize)"))
                        .doubleValue();
                assertThat(rootFont).as("the base text on a 1920px screen").isGreaterThanOrEqualTo(24.0);
                double mainWidth = ((Number)
                                screen.evaluate("() => document.querySelector('main').getBoundingClientRect().width"))
                        .doubleValue();
                assertThat(mainWidth).as("the board's width on step " + step).isGreaterThan(1900.0 - 20);
                Number scrollWidth = (Number) screen.evaluate("() => document.documentElement.scrollWidth");
                assertThat(scrollWidth.intValue()).as("no sideways scrolling").isLessThanOrEqualTo(1920);
                if (step < 4) {
                    screen.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Volgende stap"))
                            .click();
                    screen.waitForLoadState();
                }
            }
        }
    }
}
