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

/** POST /api/v1/treatments/{id}/discussions: the case discussed in intervision, the team or the MDO. */
@IntegrationTest
class DiscussionApiTest {

    private static final String DISCUSSION = """
            {"date": "2026-02-10", "kind": "MDO", "note": "Why go on, what is left to reach"}""";

    @Autowired
    MockMvc mvc;

    TreatmentApi api;

    @BeforeEach
    void setUp() {
        api = new TreatmentApi(mvc);
    }

    @Test
    void recordingADiscussionAnswers201WithTheDiscussion() throws Exception {
        long id = api.start("behandelaar");
        api.post("behandelaar", path(id, "/discussions"), DISCUSSION)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.date").value("2026-02-10"))
                .andExpect(jsonPath("$.kind").value("MDO"))
                .andExpect(jsonPath("$.note").value("Why go on, what is left to reach"));
        api.post("behandelaar", path(id, "/discussions"), """
                {"date": "2026-02-11", "kind": "INTERVISION"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.note").doesNotExist());
        api.get("behandelaar", id).andExpect(jsonPath("$.discussions", hasSize(2)));
    }

    @Test
    void aDiscussionHappenedSoItCannotLieInTheFutureOrBeforeTheRegistration() throws Exception {
        long id = api.start("behandelaar");
        api.post("behandelaar", path(id, "/discussions"), DISCUSSION.replace("2026-02-10", "2099-02-10"))
                .andExpect(problem(400));
        api.post("behandelaar", path(id, "/discussions"), DISCUSSION.replace("2026-02-10", "2025-02-10"))
                .andExpect(problem(400, "2026-01-05"));
    }

    @Test
    void badValuesAndMissingFieldsAreRefusedNamingTheField() throws Exception {
        long id = api.start("behandelaar");
        api.post("behandelaar", path(id, "/discussions"), DISCUSSION.replace("MDO", "COFFEE"))
                .andExpect(problem(400, "kind", "INTERVISION, TEAM, MDO"));
        api.post("behandelaar", path(id, "/discussions"), DISCUSSION.replace("2026-02-10", "20260210"))
                .andExpect(problem(400, "date"));
        api.post("behandelaar", path(id, "/discussions"), "{\"note\": \"x\"}").andExpect(problem(400, "date", "kind"));
        api.post("behandelaar", path(id, "/discussions"), DISCUSSION.replace("\"note\"", "\"present\": [], \"note\""))
                .andExpect(problem(400, "present"));
    }

    @Test
    void aStaleVersionIsAConflict() throws Exception {
        long id = api.start("behandelaar");
        int seen = api.version("behandelaar", id);
        api.post("behandelaar", path(id, "/discussions"), DISCUSSION, "\"" + seen + "\"")
                .andExpect(status().isCreated());
        api.post("behandelaar", path(id, "/discussions"), DISCUSSION, "\"" + seen + "\"")
                .andExpect(problem(409));
    }

    @Test
    void onlyTheTherapistsOfTheTreatmentAndTheManagerMayRecordDiscussions() throws Exception {
        long id = api.start("behandelaar");
        api.post("behandelaar2", path(id, "/discussions"), DISCUSSION).andExpect(problem(404));
        api.post("behandelaar", path(987_654_321L, "/discussions"), DISCUSSION).andExpect(problem(404));
        api.post("beheer", path(id, "/discussions"), DISCUSSION).andExpect(problem(403));
        api.post(null, path(id, "/discussions"), DISCUSSION).andExpect(problem(401));
        api.post("manager", path(id, "/discussions"), DISCUSSION).andExpect(status().isCreated());
    }
}
