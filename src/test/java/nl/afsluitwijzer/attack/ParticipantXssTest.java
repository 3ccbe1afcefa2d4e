package nl.afsluitwijzer.attack;

import static nl.afsluitwijzer.attack.StoredXssTest.IMAGE;
import static nl.afsluitwijzer.attack.StoredXssTest.PAYLOAD;
import static nl.afsluitwijzer.attack.StoredXssTest.SCRIPT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import nl.afsluitwijzer.intervision.CardTag;
import nl.afsluitwijzer.intervision.Colleagues;
import nl.afsluitwijzer.intervision.Participant;
import nl.afsluitwijzer.intervision.Participation;
import nl.afsluitwijzer.intervision.Workshop;
import nl.afsluitwijzer.intervision.Workshops;
import nl.afsluitwijzer.intervision.internal.ContributionOutcome;
import nl.afsluitwijzer.intervision.internal.PledgeKind;
import nl.afsluitwijzer.intervision.internal.WorkshopStep;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.PdfPages;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Workshop participants have no account: what they type on their phone is shown on the facilitator's projector.
 * Their cards and pledges with a script payload never run there (dialog listener in a real browser), show as
 * text, and stay text in the summary PDF.
 */
@IntegrationTest
class ParticipantXssTest {

    @Autowired
    Workshops workshops;

    @Autowired
    Participation participation;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    UserDetailsService users;

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    /** The page holds no element a payload made: an img with onerror or an inline script (the CSP would also stop it). */
    private static void inert(Page page, String url) {
        page.navigate(url);
        page.waitForLoadState();
        assertThat(page.locator("img[onerror]").count()).as(url).isZero();
        assertThat(page.locator("script:not([src])").count()).as(url).isZero();
    }

    @Test
    void cardsAndPledgesOfParticipantsNeverRunOnTheProjectorAndStayTextInThePdf() throws Exception {
        CurrentUser facilitator = Colleagues.demo(accounts, "behandelaar");
        Workshop workshop = workshops.start(facilitator);
        Participant participant =
                participation.join(workshop, null).orElseThrow().participant();
        workshops.moveTo(facilitator, workshop.getId(), WorkshopStep.REFLECTION);
        assertThat(participation.addCard(participant, CardTag.PATIENT, PAYLOAD))
                .isEqualTo(ContributionOutcome.ACCEPTED);
        assertThat(participation.addCard(participant, CardTag.WITHIN_INFLUENCE, PAYLOAD))
                .isEqualTo(ContributionOutcome.ACCEPTED);

        String base = "http://localhost:" + port + "/intervisie/dilemmas/" + workshop.getId();
        List<String> dialogs = new ArrayList<>();
        try (BrowserContext context = Browser.context(1280, 720)) {
            Page page = context.newPage();
            page.onDialog(dialog -> {
                dialogs.add(page.url() + ": " + dialog.message());
                dialog.dismiss();
            });
            Browser.signIn(page, "http://localhost:" + port, "behandelaar");
            inert(page, base);
            assertThat(page.locator("body").textContent())
                    .as("the matrix shows the cards as typed")
                    .contains(SCRIPT)
                    .contains(IMAGE);
            inert(page, base + "/live");
            workshops.moveTo(facilitator, workshop.getId(), WorkshopStep.DEEPENING);
            inert(page, base);
            workshops.moveTo(facilitator, workshop.getId(), WorkshopStep.APPLICATION);
            assertThat(participation.pledge(participant, PledgeKind.PRACTISE, PAYLOAD))
                    .isEqualTo(ContributionOutcome.ACCEPTED);
            inert(page, base);
            inert(page, base + "/samenvatting");
            assertThat(page.locator("body").textContent())
                    .as("the summary shows the payload as typed")
                    .contains(SCRIPT)
                    .contains(IMAGE);
        }
        assertThat(dialogs).as("dialogs opened by payloads").isEmpty();

        byte[] pdf = mvc.perform(get("/intervisie/dilemmas/" + workshop.getId() + "/samenvatting.pdf")
                        .with(user(users.loadUserByUsername("behandelaar"))))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(PdfPages.text(pdf).replaceAll("\\s+", " ")).contains(SCRIPT);
    }
}
