package nl.afsluitwijzer.intervision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import nl.afsluitwijzer.PracticeDay;
import nl.afsluitwijzer.intervision.CaseDiscussion;
import nl.afsluitwijzer.intervision.CaseDiscussionStep;
import nl.afsluitwijzer.intervision.CaseDiscussions;
import nl.afsluitwijzer.intervision.CasePreparation;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.PdfPages;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A case about a treatment stays anonymous on its way in: the copied help question is marked and is not saved as it
 * stands without the therapist's confirmation, a text naming the client or its reference is refused at its field,
 * and neither the summary nor its PDF ever shows an unrewritten copy. The reflective round is saved and printed.
 */
@IntegrationTest
class CaseAnonymityPagesTest {

    private static final String HELP_QUESTION = "Ik ben al lang somber en kom moeilijk uit bed.";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    CaseDiscussions discussions;

    @Test
    void theCopiedHelpQuestionIsMarkedAndNeedsARewriteOrAConfirmation() throws Exception {
        Treatment treatment = referral();
        mvc.perform(get("/intervisie/casuistiek/nieuw")
                        .param("behandeling", treatment.getId().toString())
                        .with(as("behandelaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Herschrijf dit anoniem.")))
                .andExpect(content().string(containsString(HELP_QUESTION)))
                .andExpect(content().string(containsString("name=\"helpQuestionConfirmed\"")));

        mvc.perform(preparation(treatment, HELP_QUESTION, "Somberheid, 20 weken"))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(containsString("De hulpvraag staat er nog letterlijk zoals in het dossier")))
                .andExpect(content().string(containsString("Herschrijf dit anoniem.")));

        String rewritten = mvc.perform(preparation(
                                treatment, "  ik ben al lang SOMBER en kom moeilijk uit bed. ", "Somberheid, 20 weken")
                        .param("helpQuestionConfirmed", "true"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(rewritten).with(as("behandelaar2")))
                .andExpect(content().string(containsString("ik ben al lang SOMBER")));

        String own = mvc.perform(
                        preparation(treatment, "Somberheid met weinig energie in de ochtend.", "Somberheid, 20 weken"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(get(own).with(as("behandelaar2")))
                .andExpect(content().string(containsString("Somberheid met weinig energie in de ochtend.")));
    }

    @Test
    void aTextWithTheClientsNameOrReferenceIsRefusedAtItsField() throws Exception {
        Treatment treatment = referral();
        String reference = fixtures.referenceOf(treatment);
        mvc.perform(preparation(treatment, "Somberheid en weinig energie.", "Casus " + reference.toLowerCase())
                        .param("closingObstacles", "NOOR vindt het spannend om te stoppen."))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString("Deze tekst bevat de naam of de referentie van de cliënt (‘"
                                + reference.toLowerCase() + "’)")))
                .andExpect(content().string(containsString("(‘NOOR’)")));

        String location = mvc.perform(preparation(treatment, "Somberheid en weinig energie.", "Somberheid"))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        mvc.perform(post(location)
                        .with(csrf())
                        .with(as("behandelaar2"))
                        .param("title", "Somberheid")
                        .param("helpQuestion", "Somberheid en weinig energie.")
                        .param("duration", "20 weken")
                        .param("triedTowardsClosing", "Evaluatie met Verwezen.")
                        .param("closingObstacles", "Wil door."))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("(‘Verwezen’)")));
    }

    @Test
    void anUnrewrittenCopyNeverReachesTheSummaryOrItsPdfAndTheReflectionDoes() throws Exception {
        Treatment treatment = referral();
        Long[] id = new Long[1];
        fixtures.as("behandelaar", () -> {
            CurrentUser user = CurrentUser.require();
            CaseDiscussion discussion = discussions.prepare(
                    user,
                    new CasePreparation("Somberheid", HELP_QUESTION, null, "20 weken", "Evaluaties", "Wil door"),
                    treatment.getId());
            id[0] = discussion.getId();
            discussions.moveTo(user, id[0], CaseDiscussionStep.REFLECTION);
        });
        String base = "/intervisie/casuistiek/" + id[0];
        mvc.perform(get(base).with(as("behandelaar2")))
                .andExpect(content().string(containsString("Reflectie vastleggen")));
        mvc.perform(post(base + "/reflectie")
                        .with(csrf())
                        .with(as("behandelaar2"))
                        .param("reflection", "Noor doet ons denken aan eigen cliënten.")
                        .param("version", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("(‘Noor’)")));
        mvc.perform(post(base + "/reflectie")
                        .with(csrf())
                        .with(as("behandelaar2"))
                        .param("reflection", "Wij houden zelf ook te lang vast aan vaste afspraken.")
                        .param("version", "0"))
                .andExpect(status().isConflict());
        mvc.perform(post(base + "/reflectie")
                        .with(csrf())
                        .with(as("behandelaar2"))
                        .param("reflection", "Wij houden zelf ook te lang vast aan vaste afspraken.")
                        .param("version", "1"))
                .andExpect(status().is3xxRedirection());
        fixtures.as("behandelaar", () -> discussions.finish(CurrentUser.require(), id[0]));

        mvc.perform(get(base + "/samenvatting").with(as("behandelaar2")))
                .andExpect(content().string(not(containsString(HELP_QUESTION))))
                .andExpect(content().string(containsString("nog niet anoniem herschreven")))
                .andExpect(content().string(containsString("Wij houden zelf ook te lang vast aan vaste afspraken.")));
        byte[] pdf = mvc.perform(get(base + "/samenvatting.pdf").with(as("behandelaar2")))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = PdfPages.text(pdf).replaceAll("\\s+", " ");
        assertThat(text)
                .doesNotContain("kom moeilijk uit bed")
                .contains(
                        "nog niet anoniem herschreven",
                        "Reflectieve ronde",
                        "Wij houden zelf ook te lang vast aan vaste afspraken.");
    }

    private Treatment referral() {
        return fixtures.referredBy("behandelaar", PracticeDay.today().minusWeeks(2));
    }

    private MockHttpServletRequestBuilder preparation(Treatment treatment, String helpQuestion, String title) {
        return post("/intervisie/casuistiek")
                .with(csrf())
                .with(as("behandelaar"))
                .param("behandeling", treatment.getId().toString())
                .param("title", title)
                .param("helpQuestion", helpQuestion)
                .param("treatmentStartedOn", LocalDate.of(2026, 1, 5).toString())
                .param("duration", "20 weken, 14 gesprekken")
                .param("triedTowardsClosing", "Frequentie verlaagd.")
                .param("closingObstacles", "De cliënt wil graag door.");
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
