package nl.afsluitwijzer.closing.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import nl.afsluitwijzer.closing.ClientAnswers;
import nl.afsluitwijzer.closing.ClosingAnswers;
import nl.afsluitwijzer.closing.ClosingFixtures;
import nl.afsluitwijzer.closing.NextAppointment;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The closing panel and pages as the web shows them: the client's answers, conflicts, another therapist. */
@IntegrationTest
class ClosingPanelTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ClosingFixtures closingFixtures;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    ClosingAnswers answers;

    @Test
    void theClientsOwnAnswersAppearOnTheTreatmentPage() throws Exception {
        Treatment treatment = closingFixtures.inClosing();
        answers.acceptFromClient(
                treatment.getId(),
                fixtures.referenceOf(treatment),
                new ClientAnswers(
                        "Dat ik <mag> piekeren, op tijd.",
                        "Lieve ik, je kunt dit.",
                        NextAppointment.WILL_CONTACT,
                        Instant.parse("2026-03-20T10:00:00Z")));
        mvc.perform(get("/behandelingen/" + treatment.getId()).with(user(users.loadUserByUsername("behandelaar"))))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Dat ik &lt;mag&gt; piekeren, op tijd.")))
                .andExpect(content().string(Matchers.containsString("Lieve ik, je kunt dit.")))
                .andExpect(content().string(Matchers.containsString("Ik meld me als het nodig is")));
    }

    @Test
    void aStartWithAStaleVersionSaysSoInsteadOfActing() throws Exception {
        Treatment treatment = closingFixtures.goalReached();
        mvc.perform(post("/behandelingen/" + treatment.getId() + "/afronden/start")
                        .param("version", "0")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("behandelaar"))))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("errorText", Matchers.containsString("Iemand anders")));
    }

    @Test
    void aStalePlanFormKeepsTheTextAndShowsTheConflict() throws Exception {
        Treatment treatment = closingFixtures.inClosing();
        String url = "/behandelingen/" + treatment.getId() + "/afronden";
        var therapist = user(users.loadUserByUsername("behandelaar"));
        mvc.perform(post(url)
                        .param("version", "0")
                        .param("learned", "eerste")
                        .with(csrf())
                        .with(therapist))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(url)
                        .param("version", "0")
                        .param("learned", "mijn tekst")
                        .with(csrf())
                        .with(therapist))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Iemand anders heeft dit intussen gewijzigd")))
                .andExpect(content().string(Matchers.containsString("mijn tekst")));
    }

    @Test
    void anotherTherapistGetsNotFound() throws Exception {
        Treatment treatment = closingFixtures.inClosing();
        mvc.perform(get("/behandelingen/" + treatment.getId() + "/afronden/afsluiten")
                        .with(user(users.loadUserByUsername("behandelaar2"))))
                .andExpect(status().isNotFound());
    }
}
