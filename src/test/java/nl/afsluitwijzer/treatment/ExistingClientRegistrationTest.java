package nl.afsluitwijzer.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import nl.afsluitwijzer.PracticeDay;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.audit.AuditQuery;
import nl.afsluitwijzer.audit.internal.AuditEntry;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.Api;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.internal.LinkReasons;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A registration with the reference of another therapist's client shows nothing of that client: no name,
 * birth year or GP, and an answer that does not say the client exists. Linking a new treatment to that
 * client needs a reason (break the glass), which the manager sees and the log records; the manager and the
 * client's own therapist link without one.
 */
@IntegrationTest
class ExistingClientRegistrationTest {

    private static final String NAME = "Geheime Naam";
    private static final String GP = "Dokter Verborgen";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    LinkReasons reasons;

    @Test
    void aColleaguesOpenClientIsUnavailableWithoutSayingItExistsOrShowingAnything() throws Exception {
        String reference = clientOfBehandelaar(false);
        for (String reason : new String[] {null, "waarneming tijdens vakantie"}) {
            MockHttpServletResponse response = start("behandelaar2", reference, reason);
            assertThat(response.getStatus()).isEqualTo(409);
            assertNothingShows(response.getContentAsString());
            assertThat(response.getContentAsString())
                    .contains("kan niet worden gebruikt")
                    .doesNotContain("lopende");
        }
    }

    @Test
    void aColleaguesEndedClientIsLinkedOnlyWithAReasonThatTheManagerSees() throws Exception {
        String reference = clientOfBehandelaar(true);
        MockHttpServletResponse refused = start("behandelaar2", reference, null);
        assertThat(refused.getStatus()).isEqualTo(409);
        assertNothingShows(refused.getContentAsString());

        String reason = "Overgenomen na verhuizing collega " + System.nanoTime();
        MockHttpServletResponse linked = start("behandelaar2", reference, reason);
        assertThat(linked.getStatus()).isEqualTo(201);
        Long treatmentId = jdbc.sql("SELECT treatment_id FROM client_link_reason WHERE reason = ?")
                .param(reason)
                .query(Long.class)
                .single();
        fixtures.as(
                "manager",
                () -> assertThat(reasons.ofPractice(CurrentUser.require())).anySatisfy(r -> {
                    assertThat(r.reason()).isEqualTo(reason);
                    assertThat(r.user()).isEqualTo("Bram Jansen");
                }));
        fixtures.as(
                "manager",
                () -> assertThat(audit.find(new AuditQuery(null, null, "behandelaar2", null, treatmentId)))
                        .extracting(AuditEntry::action)
                        .contains(AuditAction.BREAK_GLASS));
    }

    @Test
    void theClientsOwnTherapistAndTheManagerLinkWithoutAReason() throws Exception {
        assertThat(start("behandelaar", clientOfBehandelaar(true), null).getStatus())
                .isEqualTo(201);
        String reference = clientOfBehandelaar(true);
        assertThat(start("manager", reference, null).getStatus()).isEqualTo(201);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM client_link_reason r JOIN client c ON c.id = r.client_id "
                                + "WHERE c.reference = ?")
                        .param(reference)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theWaitingListFormDoesNotConfirmAColleaguesClient() throws Exception {
        String reference = clientOfBehandelaar(true);
        // what the colleague types is shown again in the form; what the client's file holds is not
        String colleague =
                referral("behandelaar2", reference, "Andere Naam", "", "1990").getContentAsString();
        assertNothingShows(colleague);
        assertThat(colleague).contains("kan niet worden gebruikt").doesNotContain("Er is al een cliënt");
        String own = referral("behandelaar", reference, NAME, GP, "1977").getContentAsString();
        assertThat(own).contains("Er is al een cliënt");
    }

    /** A client of "behandelaar" with a name, birth year and GP; its treatment ended, or still open. */
    private String clientOfBehandelaar(boolean ended) throws Exception {
        String reference = "EIGEN-" + System.nanoTime();
        assertThat(referral("behandelaar", reference, NAME, GP, "1977").getStatus())
                .isEqualTo(302);
        if (ended) {
            jdbc.sql("UPDATE treatment SET phase = 'DROPPED_OUT' WHERE client_id = "
                            + "(SELECT id FROM client WHERE reference = ?)")
                    .param(reference)
                    .update();
        }
        return reference;
    }

    private void assertNothingShows(String body) {
        assertThat(body)
                .doesNotContain(NAME)
                .doesNotContain(GP)
                .doesNotContain("1977")
                .doesNotContain("lopende")
                .doesNotContain("bestaat");
    }

    private MockHttpServletResponse referral(
            String username, String reference, String name, String gp, String birthYear) throws Exception {
        return mvc.perform(post("/behandelingen")
                        .with(user(users.loadUserByUsername(username)))
                        .with(csrf())
                        .param("reference", reference)
                        .param("displayName", name)
                        .param("birthYear", birthYear)
                        .param("gpName", gp)
                        .param(
                                "registrationDate",
                                PracticeDay.today().minusDays(1).toString())
                        .param("helpQuestion", "Ik slaap slecht")
                        .param("referrerKind", "GP"))
                .andReturn()
                .getResponse();
    }

    private MockHttpServletResponse start(String username, String reference, String reason) throws Exception {
        String body = """
                {"clientReference":"%s","startDate":"2026-01-05","helpQuestion":"vraag","closingDiscussedAtStart":true,
                 "primaryInstrument":"PHQ9","goals":[]%s}""".formatted(reference, reason == null ? "" : ",\"linkReason\":\"" + reason + "\"");
        return mvc.perform(post("/api/v1/treatments")
                        .header("Authorization", Api.bearer(mvc, username))
                        .contentType("application/json")
                        .content(body))
                .andReturn()
                .getResponse();
    }
}
