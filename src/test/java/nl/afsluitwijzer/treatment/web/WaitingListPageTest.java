package nl.afsluitwijzer.treatment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.afsluitwijzer.PracticeDay;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The waiting list page and the referral page: who sees what, and the forms' answers to good and bad input. */
@IntegrationTest
class WaitingListPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    TreatmentRepository repository;

    @Test
    void theTherapistSeesTheirOwnReferralsWithTheWaitAgainstTheTreeknormAndNotAColleagues() throws Exception {
        Treatment own = fixtures.referredBy("behandelaar", PracticeDay.today().minusDays(29));
        Treatment colleagues =
                fixtures.referredBy("behandelaar2", PracticeDay.today().minusDays(3));
        mvc.perform(get("/wachtlijst").with(as("behandelaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(fixtures.referenceOf(own))))
                .andExpect(content().string(not(containsString(fixtures.referenceOf(colleagues)))))
                .andExpect(content().string(containsString("4 wk (29 dagen), loopt nog")))
                .andExpect(content().string(containsString("boven de Treeknorm")))
                .andExpect(content().string(containsString("Therapieland, module Somberheid")));
        mvc.perform(get("/wachtlijst").with(as("manager")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(fixtures.referenceOf(own))))
                .andExpect(content().string(containsString(fixtures.referenceOf(colleagues))));
    }

    @Test
    void theReferralPageIsOnlyForWhoeverMayOpenTheTreatment() throws Exception {
        Treatment referral =
                fixtures.referredBy("behandelaar", PracticeDay.today().minusDays(3));
        String url = "/behandelingen/" + referral.getId() + "/aanmelding";
        mvc.perform(get(url).with(as("behandelaar")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Screening (pre-intake)")))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
        mvc.perform(get(url).with(as("manager"))).andExpect(status().isOk());
        mvc.perform(get(url).with(as("behandelaar2"))).andExpect(status().isNotFound());
        mvc.perform(get(url).with(as("beheer"))).andExpect(status().isForbidden());
        mvc.perform(post(url + "/screening")
                        .with(as("behandelaar2"))
                        .with(csrf())
                        .param("screenedOn", PracticeDay.today().toString())
                        .param("outcome", "FITS"))
                .andExpect(status().isNotFound());
        mvc.perform(post(url)
                        .with(as("beheer"))
                        .with(csrf())
                        .param("referrerKind", "GP")
                        .param("helpQuestion", "x"))
                .andExpect(status().isForbidden());
        mvc.perform(post(url + "/screening")
                        .with(as("behandelaar"))
                        .param("screenedOn", PracticeDay.today().toString())
                        .param("outcome", "FITS"))
                .andExpect(status().isForbidden());
        assertThat(repository.findById(referral.getId()).orElseThrow().screening())
                .isEmpty();
    }

    @Test
    void doesNotFitWithoutAReasonIsShownNextToTheFieldAndNothingChanges() throws Exception {
        Treatment referral =
                fixtures.referredBy("behandelaar", PracticeDay.today().minusDays(3));
        mvc.perform(post("/behandelingen/" + referral.getId() + "/aanmelding/screening")
                        .with(as("behandelaar"))
                        .with(csrf())
                        .param("screenedOn", PracticeDay.today().toString())
                        .param("outcome", "DOES_NOT_FIT")
                        .param("version", String.valueOf(referral.getVersion())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Kies minstens één reden")));
        assertThat(repository.findById(referral.getId()).orElseThrow().getPhase())
                .isEqualTo(Phase.REFERRED);
    }

    @Test
    void aStaleReferralEditGetsTheConflictMessage() throws Exception {
        Treatment referral =
                fixtures.referredBy("behandelaar", PracticeDay.today().minusDays(3));
        String url = "/behandelingen/" + referral.getId() + "/aanmelding";
        mvc.perform(post(url)
                        .with(as("behandelaar"))
                        .with(csrf())
                        .param("referrerKind", "SELF")
                        .param("helpQuestion", "Eerste")
                        .param("version", String.valueOf(referral.getVersion())))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(url)
                        .with(as("behandelaar"))
                        .with(csrf())
                        .param("referrerKind", "OTHER")
                        .param("helpQuestion", "Tweede")
                        .param("version", String.valueOf(referral.getVersion())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tweede")));
        assertThat(repository.findById(referral.getId()).orElseThrow().getHelpQuestion())
                .isEqualTo("Eerste");
    }

    @Test
    void theNewReferralFormStoresTheReferrerAndTheEhealthOffer() throws Exception {
        String reference = "NEW-" + System.nanoTime();
        mvc.perform(post("/behandelingen")
                        .with(as("behandelaar"))
                        .with(csrf())
                        .param("reference", reference)
                        .param("displayName", "Mo")
                        .param("registrationDate", PracticeDay.today().toString())
                        .param("helpQuestion", "Ik slaap slecht")
                        .param("referrerKind", "POH_GGZ")
                        .param("referrerName", "POH De Brink")
                        .param("ehealthOffered", "true")
                        .param("ehealthOffer", "Minddistrict"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/wachtlijst").with(as("behandelaar")))
                .andExpect(content().string(containsString(reference)))
                .andExpect(content().string(containsString("POH De Brink")))
                .andExpect(content().string(containsString("Minddistrict")));
        mvc.perform(post("/behandelingen")
                        .with(as("behandelaar"))
                        .with(csrf())
                        .param("reference", reference + "x")
                        .param("displayName", "Mo")
                        .param("registrationDate", PracticeDay.today().toString())
                        .param("helpQuestion", "Ik slaap slecht"))
                .andExpect(status().isOk());
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
