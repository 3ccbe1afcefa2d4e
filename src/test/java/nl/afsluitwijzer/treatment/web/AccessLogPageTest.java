package nl.afsluitwijzer.treatment.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.audit.AuditQuery;
import nl.afsluitwijzer.audit.internal.AuditEntry;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** "Wie heeft dit dossier ingezien?": one click from the treatment page, for whoever may open the treatment. */
@IntegrationTest
class AccessLogPageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    AuditLog audit;

    @Test
    void theTreatmentPageLinksToWhoOpenedTheRecord() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        mvc.perform(get("/behandelingen/" + treatment.getId()).with(user(users.loadUserByUsername("behandelaar"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/behandelingen/" + treatment.getId() + "/inzage")))
                .andExpect(content().string(containsString("Wie heeft dit dossier ingezien?")))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    @Test
    void theTherapistSeesThatTheManagerLookedAndOnWhoseBehalf() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        mvc.perform(get("/behandelingen/" + treatment.getId()).with(user(users.loadUserByUsername("manager"))))
                .andExpect(status().isOk());
        AuditEntry managerView = audit.find(new AuditQuery(null, null, "manager", null, treatment.getId()))
                .get(0);
        assertThat(managerView.onBehalfOf()).isEqualTo("behandelaar");
        assertThat(audit.find(new AuditQuery(null, null, "behandelaar", null, treatment.getId())))
                .allSatisfy(own -> assertThat(own.onBehalfOf()).isNull());

        mvc.perform(get("/behandelingen/" + treatment.getId() + "/inzage")
                        .with(user(users.loadUserByUsername("behandelaar"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("manager")))
                .andExpect(content().string(containsString(fixtures.referenceOf(treatment))));
    }

    @Test
    void anotherTherapistGetsNotFoundAndTheAttemptShowsInTheLog() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        mvc.perform(get("/behandelingen/" + treatment.getId() + "/inzage")
                        .with(user(users.loadUserByUsername("behandelaar2"))))
                .andExpect(status().isNotFound());
        mvc.perform(get("/behandelingen/" + treatment.getId() + "/inzage")
                        .with(user(users.loadUserByUsername("behandelaar"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("behandelaar2")))
                .andExpect(content().string(containsString("Mislukt")));
    }

    @Test
    void theAdministratorHasNoClientRecordsAndSoNoAccessLogOfOne() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        mvc.perform(get("/behandelingen/" + treatment.getId() + "/inzage")
                        .with(user(users.loadUserByUsername("beheer"))))
                .andExpect(status().isForbidden());
    }
}
