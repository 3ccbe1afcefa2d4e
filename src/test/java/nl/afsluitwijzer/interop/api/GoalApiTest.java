package nl.afsluitwijzer.interop.api;

import static nl.afsluitwijzer.interop.api.TreatmentApi.path;
import static nl.afsluitwijzer.interop.api.TreatmentApi.problem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** POST /api/v1/treatments/{id}/goals and PUT /api/v1/treatments/{id}/goals/{goalId}/status. */
@IntegrationTest
class GoalApiTest {

    private static final String GOAL = """
            {"description": "Takes the train to work alone", "criterion": "Three times in one week",
             "date": "2026-02-02"}""";

    @Autowired
    MockMvc mvc;

    TreatmentApi api;

    @BeforeEach
    void setUp() {
        api = new TreatmentApi(mvc);
    }

    @Test
    void addingAGoalAnswers201WithTheGoal() throws Exception {
        long id = api.start("behandelaar");
        api.post("behandelaar", path(id, "/goals"), GOAL)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.description").value("Takes the train to work alone"))
                .andExpect(jsonPath("$.criterion").value("Three times in one week"))
                .andExpect(jsonPath("$.addedOn").value("2026-02-02"))
                .andExpect(jsonPath("$.status").value("ACTIVE"));
        api.get("behandelaar", id)
                .andExpect(jsonPath("$.goals", hasSize(2)))
                .andExpect(jsonPath("$.goals[1].description").value("Takes the train to work alone"));
    }

    @Test
    void aGoalWithoutCriterionIsAllowed() throws Exception {
        long id = api.start("behandelaar");
        api.post("behandelaar", path(id, "/goals"), """
                {"description": "Calls a friend every week", "date": "2026-02-02"}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.criterion").doesNotExist());
    }

    @Test
    void descriptionAndDateAreRequired() throws Exception {
        long id = api.start("behandelaar");
        api.post("behandelaar", path(id, "/goals"), """
                {"description": " ", "criterion": "x"}""").andExpect(problem(400, "description", "date"));
    }

    @Test
    void badValuesAndUnknownFieldsAreRefusedNamingTheField() throws Exception {
        long id = api.start("behandelaar");
        api.post("behandelaar", path(id, "/goals"), GOAL.replace("2026-02-02", "2026/02/02"))
                .andExpect(problem(400, "date"));
        api.post("behandelaar", path(id, "/goals"), GOAL.replace("\"date\"", "\"priority\": 1, \"date\""))
                .andExpect(problem(400, "priority"));
        api.post("behandelaar", path(id, "/goals"), GOAL.replace("\"Takes the train to work alone\"", "{}"))
                .andExpect(problem(400, "description"));
    }

    @Test
    void aGoalCannotBeAddedBeforeTheTreatmentWasRegistered() throws Exception {
        long id = api.start("behandelaar");
        api.post("behandelaar", path(id, "/goals"), GOAL.replace("2026-02-02", "2025-12-01"))
                .andExpect(problem(400, "2026-01-05"));
    }

    @Test
    void theStatusOfAGoalChanges() throws Exception {
        long id = api.start("behandelaar");
        String goal = goalOf(id);
        api.put("behandelaar", path(id, "/goals/" + goal + "/status"), """
                {"status": "PARTLY_REACHED"}""")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(Long.parseLong(goal)))
                .andExpect(jsonPath("$.status").value("PARTLY_REACHED"));
        api.get("behandelaar", id).andExpect(jsonPath("$.goals[0].status").value("PARTLY_REACHED"));
    }

    @Test
    void anUnknownOrMissingStatusIsRefused() throws Exception {
        long id = api.start("behandelaar");
        String status = path(id, "/goals/" + goalOf(id) + "/status");
        api.put("behandelaar", status, """
                {"status": "DONE"}""").andExpect(problem(400, "status", "DONE", "REACHED"));
        api.put("behandelaar", status, "{}").andExpect(problem(400, "status"));
    }

    @Test
    void aGoalOfAnotherTreatmentIsNotFound() throws Exception {
        long id = api.start("behandelaar");
        long other = api.start("behandelaar");
        api.put("behandelaar", path(id, "/goals/" + goalOf(other) + "/status"), """
                {"status": "REACHED"}""")
                .andExpect(problem(404));
        api.get("behandelaar", other).andExpect(jsonPath("$.goals[0].status").value("ACTIVE"));
    }

    @Test
    void aStaleVersionIsAConflictForBothChanges() throws Exception {
        long id = api.start("behandelaar");
        int seen = api.version("behandelaar", id);
        String goal = goalOf(id);
        api.post("behandelaar", path(id, "/goals"), GOAL, "\"" + seen + "\"").andExpect(status().isCreated());
        api.post("behandelaar", path(id, "/goals"), GOAL, "\"" + seen + "\"").andExpect(problem(409));
        api.put("behandelaar", path(id, "/goals/" + goal + "/status"), """
                {"status": "REACHED"}""", "\"" + seen + "\"")
                .andExpect(problem(409));
        api.put("behandelaar", path(id, "/goals/" + goal + "/status"), """
                {"status": "REACHED"}""", "\"" + (seen + 1) + "\"")
                .andExpect(status().isOk());
    }

    @Test
    void onlyTheTherapistsOfTheTreatmentAndTheManagerMayChangeGoals() throws Exception {
        long id = api.start("behandelaar");
        String status = path(id, "/goals/" + goalOf(id) + "/status");
        api.post("behandelaar2", path(id, "/goals"), GOAL).andExpect(problem(404));
        api.put("behandelaar2", status, "{\"status\": \"DROPPED\"}").andExpect(problem(404));
        api.post("beheer", path(id, "/goals"), GOAL).andExpect(problem(403));
        api.put("beheer", status, "{\"status\": \"DROPPED\"}").andExpect(problem(403));
        api.post(null, path(id, "/goals"), GOAL).andExpect(problem(401));
        api.put(null, status, "{\"status\": \"DROPPED\"}").andExpect(problem(401));
        api.post("behandelaar", path(987_654_321L, "/goals"), GOAL).andExpect(problem(404));
        api.post("manager", path(id, "/goals"), GOAL).andExpect(status().isCreated());
        api.put("manager", status, "{\"status\": \"DROPPED\"}").andExpect(status().isOk());
    }

    private String goalOf(long id) throws Exception {
        String body = api.get("behandelaar", id).andReturn().getResponse().getContentAsString();
        return String.valueOf((Number) JsonPath.read(body, "$.goals[0].id"));
    }
}
