package nl.afsluitwijzer.closing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.afsluitwijzer.closing.ClosingFixtures;
import nl.afsluitwijzer.closing.ClosingPlan;
import nl.afsluitwijzer.closing.ClosingPlans;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.Treatments;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The hand-over on the closing page can be saved before closing, so the letters made first (the GP letter is on
 * the checklist) already say to whom and why; the page then proposes a transfer. A stale form is a conflict message.
 */
@IntegrationTest
class HandoverFormTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ClosingFixtures closingFixtures;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    ClosingPlans plans;

    @Autowired
    Treatments treatments;

    @Test
    void theHandOverIsSavedWithoutClosingAndTheFormThenProposesATransfer() throws Exception {
        Treatment treatment = closingFixtures.inClosing();
        String page = "/behandelingen/" + treatment.getId() + "/afronden/afsluiten";
        mvc.perform(post(page + "/overdracht")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("behandelaar")))
                        .param("reason", "TRANSFERRED")
                        .param("handoverTo", "M. Jansen")
                        .param("handoverOrganisation", "GGZ De Brug")
                        .param("handoverReason", "Specialistische zorg nodig <b>nu</b>")
                        .param("handoverTried", "Piekertijd")
                        .param("handoverRisks", "Geen suïcidale gedachten")
                        .param("handoverAgreed", "Cliënt belt zelf"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("message", "closing.handover.saved"));
        ClosingPlan plan = planOf(treatment);
        assertThat(plan.isClosed()).isFalse();
        assertThat(plan.handover().reason()).isEqualTo("Specialistische zorg nodig <b>nu</b>");
        assertThat(plan.handover().risks()).isEqualTo("Geen suïcidale gedachten");
        mvc.perform(get(page).with(user(users.loadUserByUsername("behandelaar"))))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(Matchers.containsString("Specialistische zorg nodig &lt;b&gt;nu&lt;/b&gt;")))
                .andExpect(content().string(Matchers.matchesPattern("(?s).*value=\"TRANSFERRED\"[^>]*checked.*")));
    }

    @Test
    void aStaleFormIsAConflictMessageNotAnOverwrite() throws Exception {
        Treatment treatment = closingFixtures.inClosing();
        String page = "/behandelingen/" + treatment.getId() + "/afronden/afsluiten";
        mvc.perform(post(page + "/overdracht")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("behandelaar")))
                        .param("planVersion", "99")
                        .param("handoverTo", "M. Jansen"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("class=\"field-error\"")));
        ClosingPlan plan = planOf(treatment);
        assertThat(plan.handover().to()).isNull();
    }

    @Test
    void aTooLongRiskTextIsAnErrorNextToTheField() throws Exception {
        Treatment treatment = closingFixtures.inClosing();
        mvc.perform(post("/behandelingen/" + treatment.getId() + "/afronden/afsluiten/overdracht")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("behandelaar")))
                        .param("handoverRisks", "x".repeat(2001)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("aria-describedby=\"handoverRisks-hint\"")))
                .andExpect(content().string(Matchers.containsString("field-error")));
    }

    private ClosingPlan planOf(Treatment treatment) {
        ClosingPlan[] plan = new ClosingPlan[1];
        fixtures.as(
                "behandelaar",
                () -> plan[0] = plans.of(treatments.open(CurrentUser.require(), treatment.getId()))
                        .orElseThrow());
        return plan[0];
    }
}
