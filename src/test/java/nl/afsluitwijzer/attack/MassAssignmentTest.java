package nl.afsluitwijzer.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import nl.afsluitwijzer.support.Api;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Fields that decide who owns or may see a record are never taken from a request body or form. */
@IntegrationTest
class MassAssignmentTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AttackFixtures fixtures;

    @ParameterizedTest
    @ValueSource(strings = {"therapistId", "practiceId", "role", "phase", "id", "version", "createdBy"})
    void anApiBodyWithAnOwnershipFieldIsRefusedAndCreatesNothing(String field) throws Exception {
        String reference = "MA-" + System.nanoTime();
        String body = ValidInput.json("POST /api/v1/treatments")
                .replaceFirst("\"API-\\d+\"", "\"" + reference + "\"")
                .replaceFirst("\\{", "{\"" + field + "\":" + ("role".equals(field) ? "\"ADMIN\"" : "1") + ",");
        var response = mvc.perform(post("/api/v1/treatments")
                        .header("Authorization", Api.bearer(mvc, "behandelaar"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).contains(field);
        assertThat(count("SELECT COUNT(*) FROM client WHERE reference = ?", reference))
                .isZero();
    }

    @Test
    void theValidBodyWithoutThemCreatesATreatmentOfTheCaller() throws Exception {
        var response = mvc.perform(post("/api/v1/treatments")
                        .header("Authorization", Api.bearer(mvc, "behandelaar"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ValidInput.json("POST /api/v1/treatments")))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(201);
    }

    @Test
    void aTherapistCannotRegisterAReferralForSomeoneElseOrAnotherPractice() throws Exception {
        String reference = "MA-" + System.nanoTime();
        Long colleague = idOf("behandelaar2");
        mvc.perform(post("/behandelingen")
                .with(csrf())
                .with(user(users.loadUserByUsername("behandelaar")))
                .param("reference", reference)
                .param("displayName", "Mass Assignment")
                .param("registrationDate", ValidInput.DATE)
                .param("helpQuestion", "vraag")
                .param("referrerKind", "GP")
                .param("therapistId", colleague.toString())
                .param("practiceId", "999999")
                .param("role", "ADMIN")
                .param("createdBy", colleague.toString()));
        Map<String, Object> stored = jdbc.sql("SELECT t.therapist_id, t.practice_id FROM treatment t "
                        + "JOIN client c ON c.id = t.client_id WHERE c.reference = ?")
                .param(reference)
                .query()
                .singleRow();
        assertThat(((Number) stored.get("therapist_id")).longValue()).isEqualTo(idOf("behandelaar"));
        assertThat(((Number) stored.get("practice_id")).longValue()).isEqualTo(practiceOf("behandelaar"));
    }

    @Test
    void aManagerCreatesUsersOnlyInTheirOwnPractice() throws Exception {
        AttackFixtures.Foreign foreign = fixtures.foreignTherapist();
        String username = "ma" + System.nanoTime();
        mvc.perform(post("/beheer/gebruikers")
                .with(csrf())
                .with(user(users.loadUserByUsername("manager")))
                .param("username", username)
                .param("displayName", "Nieuw")
                .param("role", "THERAPIST")
                .param("initialPassword", "een-heel-lang-wachtwoord-9")
                .param("practiceId", practiceOf(foreign.username()).toString()));
        assertThat(practiceOf(username)).isEqualTo(practiceOf("manager"));
    }

    @Test
    void aTreatmentIsSharedOnlyWithAClinicianOfThePractice() throws Exception {
        AttackFixtures.Foreign foreign = fixtures.foreignTherapist();
        AttackFixtures.Case own = fixtures.of("behandelaar");
        for (String outsider : new String[] {foreign.username(), "beheer"}) {
            mvc.perform(post("/behandelingen/" + own.id() + "/delen")
                    .with(csrf())
                    .with(user(users.loadUserByUsername("behandelaar")))
                    .param("colleagueId", idOf(outsider).toString())
                    .param("shared", "true"));
            assertThat(count(
                            "SELECT COUNT(*) FROM treatment_share WHERE treatment_id = ? AND therapist_id = ?",
                            own.id(),
                            idOf(outsider)))
                    .as(outsider)
                    .isZero();
        }
        mvc.perform(post("/behandelingen/" + own.id() + "/delen")
                .with(csrf())
                .with(user(users.loadUserByUsername("behandelaar")))
                .param("colleagueId", idOf("behandelaar2").toString())
                .param("shared", "true"));
        assertThat(count(
                        "SELECT COUNT(*) FROM treatment_share WHERE treatment_id = ? AND therapist_id = ?",
                        own.id(),
                        idOf("behandelaar2")))
                .isOne();
    }

    private long count(String sql, Object... params) {
        return jdbc.sql(sql).params(params).query(Long.class).single();
    }

    private Long idOf(String username) {
        return jdbc.sql("SELECT id FROM user_account WHERE username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    private Long practiceOf(String username) {
        return jdbc.sql("SELECT practice_id FROM user_account WHERE username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }
}
