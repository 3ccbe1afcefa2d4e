package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Idempotency-Key on API writes: a retry answers the first answer again instead of writing twice. */
@IntegrationTest
class IdempotencyKeyApiTest {

    static final String SESSION = """
            {"date": "2026-01-12", "kind": "TREATMENT", "attended": true}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    ApiCalls api;

    @BeforeEach
    void setUp() {
        api = new ApiCalls(mvc, jdbc);
    }

    @Test
    void theSameKeyWithTheSameRequestWritesOnceAndAnswersTheFirstAnswerAgain() throws Exception {
        long id = api.startTreatment("behandelaar");
        String key = UUID.randomUUID().toString();
        MvcResult first = api.addSession("behandelaar", id, key, SESSION)
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"))
                .andReturn();
        api.addSession("behandelaar", id, key, SESSION)
                .andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
                .andExpect(content().string(first.getResponse().getContentAsString()));
        assertThat(api.sessions(id)).isEqualTo(1);
    }

    @Test
    void aReplayedNewTreatmentKeepsItsLocationAndIsLoggedAsAViewOfThatTreatment() throws Exception {
        String key = UUID.randomUUID().toString();
        String body = ApiCalls.newTreatment();
        MvcResult first = api.post("behandelaar", ApiCalls.TREATMENTS, key, body)
                .andExpect(status().isCreated())
                .andReturn();
        String location = first.getResponse().getHeader("Location");
        api.post("behandelaar", ApiCalls.TREATMENTS, key, body)
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", location))
                .andExpect(header().string("ETag", first.getResponse().getHeader("ETag")))
                .andExpect(content().string(first.getResponse().getContentAsString()));
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM treatment t JOIN client c ON c.id = t.client_id "
                                + "WHERE c.reference = ?")
                        .param(ApiCalls.referenceIn(body))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'API_REPLAY' AND action = 'VIEW' "
                                + "AND treatment_id = ? AND username = 'behandelaar'")
                        .param(id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyOrPathIsRefusedWith422() throws Exception {
        long id = api.startTreatment("behandelaar");
        String key = UUID.randomUUID().toString();
        api.addSession("behandelaar", id, key, SESSION).andExpect(status().isCreated());
        api.addSession("behandelaar", id, key, SESSION.replace("TREATMENT", "EVALUATION"))
                .andExpect(ApiCalls.problem(422, "Idempotency-Key"));
        api.post("behandelaar", ApiCalls.TREATMENTS + "/" + id + "/discussions", key, "{}")
                .andExpect(ApiCalls.problem(422, "Idempotency-Key"));
        assertThat(api.sessions(id)).isEqualTo(1);
    }

    @Test
    void twoUsersWithTheSameKeyAreTwoKeys() throws Exception {
        long id = api.startTreatment("behandelaar");
        String key = UUID.randomUUID().toString();
        api.addSession("behandelaar", id, key, SESSION).andExpect(status().isCreated());
        api.addSession("manager", id, key, SESSION)
                .andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        assertThat(api.sessions(id)).isEqualTo(2);
    }

    @Test
    void aRefusedRequestIsAnsweredTheSameOnRetryAndAFixedRequestNeedsANewKey() throws Exception {
        long id = api.startTreatment("behandelaar");
        String key = UUID.randomUUID().toString();
        String future = SESSION.replace("2026-01-12", "2099-01-12");
        MvcResult first = api.addSession("behandelaar", id, key, future)
                .andExpect(ApiCalls.problem(400))
                .andReturn();
        api.addSession("behandelaar", id, key, future)
                .andExpect(ApiCalls.problem(400))
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(content().string(first.getResponse().getContentAsString()));
        api.addSession("behandelaar", id, key, SESSION).andExpect(ApiCalls.problem(422));
        api.addSession("behandelaar", id, UUID.randomUUID().toString(), SESSION).andExpect(status().isCreated());
        assertThat(api.sessions(id)).isEqualTo(1);
    }

    @Test
    void aRefusedAccessIsLoggedOnceAndItsReplayAsAnotherFailedAttemptWithoutWriting() throws Exception {
        long id = api.startTreatment("behandelaar");
        String key = UUID.randomUUID().toString();
        api.addSession("behandelaar2", id, key, SESSION).andExpect(status().isNotFound());
        api.addSession("behandelaar2", id, key, SESSION)
                .andExpect(status().isNotFound())
                .andExpect(header().string("Idempotent-Replayed", "true"));
        assertThat(api.sessions(id)).isZero();
        assertThat(jdbc.sql("SELECT object_type FROM audit_entry WHERE treatment_id = ? AND username = 'behandelaar2' "
                                + "AND outcome = 'FAILURE' ORDER BY id")
                        .param(id)
                        .query(String.class)
                        .list())
                .containsExactly("TREATMENT", IdempotentReplays.OBJECT_TYPE);
    }

    @Test
    void aKeyThatIsEmptyTooLongOrNotPrintableAsciiIsRefusedWith400() throws Exception {
        long id = api.startTreatment("behandelaar");
        for (String key : new String[] {"", "\"\"", "x".repeat(256), "sleutel-é", "tab\there"}) {
            api.addSession("behandelaar", id, key, SESSION).andExpect(ApiCalls.problem(400, "Idempotency-Key"));
        }
        String longest = (UUID.randomUUID() + "x".repeat(255)).substring(0, 255);
        api.addSession("behandelaar", id, longest, SESSION).andExpect(status().isCreated());
        api.addSession("behandelaar", id, "\"" + longest + "\"", SESSION)
                .andExpect(header().string("Idempotent-Replayed", "true"));
        assertThat(api.sessions(id)).isEqualTo(1);
    }

    @Test
    void withoutAKeyEveryRequestWritesAsBefore() throws Exception {
        long id = api.startTreatment("behandelaar");
        api.addSession("behandelaar", id, null, SESSION).andExpect(status().isCreated());
        api.addSession("behandelaar", id, null, SESSION).andExpect(status().isCreated());
        assertThat(api.sessions(id)).isEqualTo(2);
    }

    @Test
    void theOpenApiDocumentsTheHeaderAnd409And422OnEveryWriteButNotOnTokensOrReads() throws Exception {
        String sessions = "$.paths['/api/v1/treatments/{id}/sessions'].post";
        mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(jsonPath(sessions + ".parameters[?(@.name == 'Idempotency-Key')].in")
                        .value("header"))
                .andExpect(jsonPath(sessions + ".responses['409']").exists())
                .andExpect(jsonPath(sessions + ".responses['422']").exists())
                .andExpect(jsonPath("$.paths['/api/v1/treatments/{id}/goals/{goalId}/status'].put"
                                + ".parameters[?(@.name == 'Idempotency-Key')]")
                        .isNotEmpty())
                .andExpect(jsonPath("$.paths['/api/v1/treatments/{id}'].get"
                                + ".parameters[?(@.name == 'Idempotency-Key')]")
                        .isEmpty())
                .andExpect(jsonPath("$.paths['/api/v1/tokens'].post" + ".parameters[?(@.name == 'Idempotency-Key')]")
                        .isEmpty());
    }

    @Test
    void theTokenEndpointIgnoresTheKeySoNoTokenIsKeptInTheDatabase() throws Exception {
        String key = UUID.randomUUID().toString();
        for (int i = 0; i < 2; i++) {
            mvc.perform(post("/api/v1/tokens")
                            .header("Idempotency-Key", key)
                            .with(org.springframework.security.test.web.servlet.request
                                    .SecurityMockMvcRequestPostProcessors.httpBasic("behandelaar", "demo")))
                    .andExpect(status().isCreated())
                    .andExpect(header().doesNotExist("Idempotent-Replayed"));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM idempotency_key WHERE idempotency_key = ?")
                        .param(key)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
