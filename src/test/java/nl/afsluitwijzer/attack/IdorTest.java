package nl.afsluitwijzer.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.afsluitwijzer.portal.ClientLinks;
import nl.afsluitwijzer.portal.internal.LinkStatus;
import nl.afsluitwijzer.support.IntegrationTest;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Insecure direct object references: every URL and API path that takes a treatment id (found in the handler
 * mappings, so new ones are covered), filled with a treatment that is not the caller's — a colleague's, one
 * of another practice — or with the goal, letter or link id of another treatment under one's own. Each is
 * refused with 403 or 404, shows nothing of the record, and the refusal is in the audit log.
 */
@IntegrationTest
@ExtendWith(SoftAssertionsExtension.class)
class IdorTest {

    @InjectSoftAssertions
    SoftAssertions softly;

    @Autowired
    MockMvc mvc;

    @Autowired
    Requests requests;

    @Autowired
    AttackFixtures fixtures;

    @Autowired
    ClientLinks links;

    @Autowired
    JdbcClient jdbc;

    /** Fields of every intervision form, so a request reaches the access check. */
    private static final Map<String, String> INTERVISION_FIELDS = Map.ofEntries(
            Map.entry("level", "PATIENT"),
            Map.entry("content", ValidInput.TEXT),
            Map.entry("step", "1"),
            Map.entry("title", ValidInput.TEXT),
            Map.entry("helpQuestion", ValidInput.TEXT),
            Map.entry("duration", ValidInput.TEXT),
            Map.entry("triedTowardsClosing", ValidInput.TEXT),
            Map.entry("closingObstacles", ValidInput.TEXT),
            Map.entry("chosen", "true"),
            Map.entry("hidden", "true"));

    private static AttackFixtures.Case own;
    private static AttackFixtures.Case colleagues;
    private static AttackFixtures.Foreign foreign;

    private void setUp() {
        if (own == null) {
            own = fixtures.ofBehandelaar();
            colleagues = fixtures.of("behandelaar2");
            foreign = fixtures.foreignTherapist();
        }
    }

    @Test
    void aTherapistGetsNothingOfAColleaguesTreatmentOnAnyPath() throws Exception {
        setUp();
        for (String endpoint : treatmentEndpoints()) {
            refused(endpoint, "behandelaar", colleagues);
        }
    }

    @Test
    void theManagerGetsNothingOfAnotherPracticeOnAnyPath() throws Exception {
        setUp();
        for (String endpoint : treatmentEndpoints()) {
            refused(endpoint, "manager", foreign.treatment());
        }
    }

    @Test
    void aTherapistOfAnotherPracticeGetsNothingOfOursOnAnyWebPath() throws Exception {
        setUp();
        for (String endpoint :
                treatmentEndpoints().stream().filter(e -> !e.contains(" /api/")).toList()) {
            refused(endpoint, foreign.username(), own);
        }
    }

    @Test
    void theUsersOfASecondPracticeGetNothingOfOurTreatmentOnAnyPathWebOrApi() throws Exception {
        setUp();
        AttackFixtures.OtherPractice other = fixtures.otherPractice();
        for (String user : other.users()) {
            for (String endpoint : treatmentEndpoints()) {
                refused(endpoint, user, own);
            }
        }
    }

    @Test
    void theManagerAndAdministratorOfASecondPracticeCannotDisableOrResetOurUsers() throws Exception {
        AttackFixtures.OtherPractice other = fixtures.otherPractice();
        Long ours = idOf("behandelaar2");
        for (String user : List.of(other.manager(), other.admin())) {
            for (String action : List.of("actief", "tweestaps-herstellen")) {
                int status = requests.status(
                        "POST", "/beheer/gebruikers/" + ours + "/" + action, user, Map.of("enabled", "false"));
                softly.assertThat(status).as(action + " as " + user).isIn(403, 404);
            }
        }
        assertThat(jdbc.sql("SELECT enabled FROM user_account WHERE id = ?")
                        .param(ours)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void theIdOfAnotherTreatmentsGoalLetterOrLinkUnderOnesOwnTreatmentIsRefused() throws Exception {
        setUp();
        AttackFixtures.Case mixed = new AttackFixtures.Case(
                own.id(),
                own.clientId(),
                own.reference(),
                colleagues.goalId(),
                colleagues.letterId(),
                colleagues.linkId(),
                own.linkToken(),
                own.closingLinkToken());
        List<String> subResources = requests.handlerEndpoints().stream()
                .filter(e -> e.contains("{goalId}") || e.contains("{letterId}"))
                .toList();
        assertThat(subResources).hasSizeGreaterThanOrEqualTo(3);
        for (String endpoint : subResources) {
            MockHttpServletResponse response = send(endpoint, "behandelaar", mixed);
            softly.assertThat(response.getStatus()).as(endpoint).isEqualTo(404);
            softly.assertThat(response.getContentAsString()).as(endpoint).doesNotContain(colleagues.reference());
        }
        // revoking another treatment's link through one's own treatment changes nothing
        send("POST /behandelingen/{id}/links/{linkId}/intrekken", "behandelaar", mixed);
        assertThat(links.open(colleagues.linkToken()).status()).isEqualTo(LinkStatus.VALID);
    }

    @Test
    void aGoalOfAnotherTreatmentCannotBeScoredInAnEvaluation() throws Exception {
        setUp();
        String body = """
                {"date":"2026-02-02","kind":"INTERIM","decision":"CONTINUE",
                 "goalProgress":[{"goalId":%d,"score":7}]}""".formatted(colleagues.goalId());
        var result = mvc.perform(request(HttpMethod.POST, "/api/v1/treatments/" + own.id() + "/evaluations")
                        .header("Authorization", nl.afsluitwijzer.support.Api.bearer(mvc, "behandelaar"))
                        .contentType("application/json")
                        .content(body))
                .andReturn()
                .getResponse();
        assertThat(result.getStatus()).isIn(400, 404);
    }

    @Test
    void aManagerCannotDisableOrResetAUserOfAnotherPractice() throws Exception {
        setUp();
        Long foreignUser = jdbc.sql("SELECT id FROM user_account WHERE username = ?")
                .param(foreign.username())
                .query(Long.class)
                .single();
        for (String action : List.of("actief", "tweestaps-herstellen")) {
            int status = requests.status(
                    "POST", "/beheer/gebruikers/" + foreignUser + "/" + action, "manager", Map.of("enabled", "false"));
            assertThat(status).as(action).isIn(403, 404);
        }
        assertThat(jdbc.sql("SELECT enabled FROM user_account WHERE id = ?")
                        .param(foreignUser)
                        .query(Boolean.class)
                        .single())
                .isTrue();
    }

    @Test
    void intervisionRecordsOfAnotherPracticeAreRefused() throws Exception {
        setUp();
        Long discussion = fixtures.caseDiscussionOf(foreign.username());
        Long workshop = fixtures.workshopOf(foreign.username());
        for (String endpoint : requests.handlerEndpoints()) {
            String url;
            if (endpoint.contains(" /intervisie/casuistiek/{id}")) {
                url = endpoint.substring(endpoint.indexOf(' ') + 1).replace("{id}", discussion.toString());
            } else if (endpoint.contains(" /intervisie/dilemmas/{id}")) {
                url = endpoint.substring(endpoint.indexOf(' ') + 1).replace("{id}", workshop.toString());
            } else {
                continue;
            }
            url = url.replace("{entryId}", Requests.NO_SUCH_ID).replace("{cardId}", Requests.NO_SUCH_ID);
            int status = requests.status(
                    endpoint.substring(0, endpoint.indexOf(' ')), url, "behandelaar", INTERVISION_FIELDS);
            softly.assertThat(status).as(endpoint).isIn(403, 404);
        }
    }

    @Test
    void aRefusedTreatmentIsInTheAuditLog() throws Exception {
        setUp();
        long before = failedAttempts(colleagues.id());
        refused("GET /behandelingen/{id}", "behandelaar", colleagues);
        refused("GET /api/v1/treatments/{id}", "behandelaar", colleagues);
        assertThat(failedAttempts(colleagues.id())).isGreaterThanOrEqualTo(before + 2);
    }

    private long failedAttempts(Long treatmentId) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE treatment_id = ? AND outcome <> 'SUCCESS'")
                .param(treatmentId)
                .query(Long.class)
                .single();
    }

    /** Every endpoint with a treatment id in its path, web and API. */
    private List<String> treatmentEndpoints() {
        List<String> endpoints = requests.handlerEndpoints().stream()
                .filter(e -> Stream.of(" /behandelingen/{id}", " /api/v1/treatments/{id}")
                        .anyMatch(e::contains))
                .toList();
        assertThat(endpoints).hasSizeGreaterThan(30);
        return endpoints;
    }

    private void refused(String endpoint, String username, AttackFixtures.Case theirs) throws Exception {
        MockHttpServletResponse response = send(endpoint, username, theirs);
        softly.assertThat(response.getStatus())
                .as("%s as %s", endpoint, username)
                .isIn(403, 404);
        softly.assertThat(response.getContentAsString()).as(endpoint).doesNotContain(theirs.reference());
    }

    private Long idOf(String username) {
        return jdbc.sql("SELECT id FROM user_account WHERE username = ?")
                .param(username)
                .query(Long.class)
                .single();
    }

    private MockHttpServletResponse send(String endpoint, String username, AttackFixtures.Case treatment)
            throws Exception {
        String method = endpoint.substring(0, endpoint.indexOf(' '));
        String url = requests.url(endpoint.substring(endpoint.indexOf(' ') + 1), treatment);
        return mvc.perform(requests.as(
                        request(HttpMethod.valueOf(method), url),
                        method,
                        url,
                        username,
                        ValidInput.form(endpoint, idOf(username)),
                        ValidInput.json(endpoint)))
                .andReturn()
                .getResponse();
    }
}
