package nl.afsluitwijzer.interop.api;

import static nl.afsluitwijzer.interop.api.TreatmentApi.path;
import static nl.afsluitwijzer.interop.api.TreatmentApi.problem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** POST /api/v1/treatments/{id}/sessions: what counts towards n, and which dates are possible. */
@IntegrationTest
class SessionApiTest {

    private static final String SESSION = """
            {"date": "2026-01-12", "kind": "TREATMENT", "attended": true}""";

    @Autowired
    MockMvc mvc;

    TreatmentApi api;

    @BeforeEach
    void setUp() {
        api = new TreatmentApi(mvc);
    }

    @Test
    void recordingASessionAnswers201WithTheSession() throws Exception {
        long id = api.start("behandelaar");
        api.post("behandelaar", path(id, "/sessions"), SESSION)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.date").value("2026-01-12"))
                .andExpect(jsonPath("$.kind").value("TREATMENT"))
                .andExpect(jsonPath("$.attended").value(true));
    }

    @Test
    void onlyAttendedTreatmentEvaluationAndClosingSessionsCountTowardsN() throws Exception {
        long id = api.start("behandelaar");
        String[] sessions = {
            "TREATMENT\", \"attended\": true",
            "EVALUATION\", \"attended\": true",
            "TREATMENT\", \"attended\": false",
            "INTAKE\", \"attended\": true",
            "OTHER\", \"attended\": true"
        };
        for (String session : sessions) {
            api.post("behandelaar", path(id, "/sessions"), """
                    {"date": "2026-01-12", "kind": "%s}""".formatted(session))
                    .andExpect(status().isCreated());
        }
        api.get("behandelaar", id)
                .andExpect(jsonPath("$.sessions", hasSize(5)))
                .andExpect(jsonPath("$.attendedSessions").value(2));
    }

    @Test
    void aPlannedSessionMayLieAheadButAnAttendedOneNot() throws Exception {
        long id = api.start("behandelaar");
        api.post("behandelaar", path(id, "/sessions"), SESSION.replace("2026-01-12", "2099-01-12"))
                .andExpect(problem(400));
        api.post(
                        "behandelaar",
                        path(id, "/sessions"),
                        SESSION.replace("2026-01-12", "2099-01-12").replace("true", "false"))
                .andExpect(problem(400));
    }

    @Test
    void aSessionCannotLieBeforeTheStart() throws Exception {
        long id = api.start("behandelaar");
        api.post("behandelaar", path(id, "/sessions"), SESSION.replace("2026-01-12", "2026-01-04"))
                .andExpect(problem(400, "2026-01-05"));
    }

    @Test
    void badValuesAndMissingFieldsAreRefusedNamingTheField() throws Exception {
        long id = api.start("behandelaar");
        api.post("behandelaar", path(id, "/sessions"), SESSION.replace("TREATMENT", "GROUP"))
                .andExpect(problem(400, "kind", "GROUP", "EVALUATION"));
        api.post("behandelaar", path(id, "/sessions"), SESSION.replace("2026-01-12", "12 januari"))
                .andExpect(problem(400, "date"));
        api.post("behandelaar", path(id, "/sessions"), SESSION.replace("true", "\"maybe\""))
                .andExpect(problem(400, "attended"));
        api.post("behandelaar", path(id, "/sessions"), "{}").andExpect(problem(400, "date", "kind", "attended"));
        api.post("behandelaar", path(id, "/sessions"), SESSION.replace("\"attended\"", "\"minutes\": 45, \"attended\""))
                .andExpect(problem(400, "minutes"));
        api.get("behandelaar", id).andExpect(jsonPath("$.sessions", hasSize(0)));
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        long id = api.start("behandelaar");
        int seen = api.version("behandelaar", id);
        api.post("behandelaar", path(id, "/sessions"), SESSION, "\"" + seen + "\"")
                .andExpect(status().isCreated());
        api.post("behandelaar", path(id, "/sessions"), SESSION, "\"" + seen + "\"")
                .andExpect(problem(409));
        api.get("behandelaar", id).andExpect(jsonPath("$.sessions", hasSize(1)));
    }

    @Test
    void onlyTheTherapistsOfTheTreatmentAndTheManagerMayRecordSessions() throws Exception {
        long id = api.start("behandelaar");
        api.post("behandelaar2", path(id, "/sessions"), SESSION).andExpect(problem(404));
        api.post("behandelaar", path(987_654_321L, "/sessions"), SESSION).andExpect(problem(404));
        api.post("beheer", path(id, "/sessions"), SESSION).andExpect(problem(403));
        api.post(null, path(id, "/sessions"), SESSION).andExpect(problem(401));
        api.post("manager", path(id, "/sessions"), SESSION).andExpect(status().isCreated());
    }
}
