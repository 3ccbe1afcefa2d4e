package nl.afsluitwijzer.closing.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.stringContainsInOrder;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import nl.afsluitwijzer.PracticeDay;
import nl.afsluitwijzer.closing.ClosingFixtures;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The reflection aid on the therapist's own hesitations stands beside the closing signals on the treatment page and
 * on the closing page, and not on a page without them; the knowledge base has the reading tips of the sources.
 */
@IntegrationTest
class ReflectionAidPagesTest {

    private static final List<String> HESITATIONS = List.of(
            "Eigen aarzelingen",
            "Voel ik me verantwoordelijk voor volledig herstel?",
            "Ben ik bang voor een heftige reactie of voor suïcidaliteit bij afsluiten?",
            "Is het contact voor de cliënt (of voor mij) een rustpunt geworden?",
            "Voelt afsluiten als falen?");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ClosingFixtures closing;

    @Autowired
    TestTreatments fixtures;

    @Test
    void theHesitationsStandBesideTheClosingSignalsAndOnTheClosingPage() throws Exception {
        Treatment goalReached = closing.goalReached();
        mvc.perform(get("/behandelingen/" + goalReached.getId()).with(as("behandelaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder("Doel bereikt", "Eigen aarzelingen")))
                .andExpect(content().string(stringContainsInOrder(HESITATIONS)));
        Treatment inClosing = closing.inClosing();
        mvc.perform(get("/behandelingen/" + inClosing.getId() + "/afronden").with(as("behandelaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(stringContainsInOrder(HESITATIONS)));
        Treatment waiting =
                fixtures.referredBy("behandelaar", PracticeDay.today().minusWeeks(1));
        mvc.perform(get("/behandelingen/" + waiting.getId()).with(as("behandelaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Eigen aarzelingen"))));
    }

    @Test
    void theKnowledgeBaseHasTheReadingTipsAsTheSourceNamesThem() throws Exception {
        mvc.perform(get("/intervisie/kennisbank").with(as("behandelaar")))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(stringContainsInOrder(
                                "Leestips",
                                "Leestip:",
                                "Oberjé, E.J.M., Dima, A.L., e.a. (2016)",
                                "De relatie tussen behandelduur en behandelsucces in de geestelijke gezondheidszorg",
                                "Leestip:",
                                "Hendriksen, M.",
                                "Vraag en antwoord over het afronden van de behandeling")));
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
