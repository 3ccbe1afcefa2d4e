package nl.afsluitwijzer.interop.api;

import static nl.afsluitwijzer.interop.api.TreatmentApi.path;
import static nl.afsluitwijzer.interop.api.TreatmentApi.problem;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** POST /api/v1/treatments/{id}/phase: every allowed transition of docs/signals.md, and the refused ones as 409. */
@IntegrationTest
class PhaseApiTest {

    @Autowired
    MockMvc mvc;

    TreatmentApi api;

    @BeforeEach
    void setUp() {
        api = new TreatmentApi(mvc);
    }

    @Test
    void aTreatmentGoesThroughTheClosingPhaseToClosed() throws Exception {
        long id = api.start("behandelaar");
        api.changePhase("behandelaar", id, "CLOSING", "2026-03-02")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phase").value("CLOSING"))
                .andExpect(jsonPath("$.endDate").doesNotExist())
                .andExpect(jsonPath("$.allowedPhases[0]").value("CLOSED"));
        api.changePhase("behandelaar", id, "CLOSED", "2026-04-06")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phase").value("CLOSED"))
                .andExpect(jsonPath("$.endDate").value("2026-04-06"))
                .andExpect(jsonPath("$.allowedPhases", empty()))
                .andExpect(jsonPath("$.phaseHistory", hasSize(5)))
                .andExpect(jsonPath("$.phaseHistory[4].phase").value("CLOSED"))
                .andExpect(jsonPath("$.phaseHistory[4].date").value("2026-04-06"))
                .andExpect(jsonPath("$.phaseHistory[4].reason").value("agreed with the client"));
    }

    @ParameterizedTest(name = "TREATMENT -> {0}")
    @CsvSource({"TRANSFERRED", "DROPPED_OUT"})
    void aTreatmentCanEndByTransferOrTheClientStopping(String end) throws Exception {
        long id = api.start("behandelaar");
        api.changePhase("behandelaar", id, end, "2026-02-02")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phase").value(end))
                .andExpect(jsonPath("$.endDate").value("2026-02-02"));
    }

    @ParameterizedTest(name = "CLOSING -> {0}")
    @CsvSource({"TRANSFERRED", "DROPPED_OUT"})
    void theClosingPhaseCanEndByTransferOrTheClientStopping(String end) throws Exception {
        long id = api.start("behandelaar");
        api.changePhase("behandelaar", id, "CLOSING", "2026-02-02").andExpect(status().isOk());
        api.changePhase("behandelaar", id, end, "2026-02-09")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.phase").value(end));
    }

    @ParameterizedTest(name = "TREATMENT -> {0} is refused")
    @CsvSource({"CLOSED", "INTAKE", "REFERRED", "TREATMENT"})
    void aTreatmentCannotSkipOrGoBack(String target) throws Exception {
        long id = api.start("behandelaar");
        api.changePhase("behandelaar", id, target, "2026-02-02")
                .andExpect(problem(409, target, "CLOSING, TRANSFERRED, DROPPED_OUT"));
        api.get("behandelaar", id).andExpect(jsonPath("$.phase").value("TREATMENT"));
    }

    @Test
    void theClosingPhaseCannotGoBackToTreatment() throws Exception {
        long id = api.start("behandelaar");
        api.changePhase("behandelaar", id, "CLOSING", "2026-02-02").andExpect(status().isOk());
        api.changePhase("behandelaar", id, "TREATMENT", "2026-02-09")
                .andExpect(problem(409, "CLOSED, TRANSFERRED, DROPPED_OUT"));
    }

    @ParameterizedTest(name = "CLOSED -> {0} is refused")
    @CsvSource({"TREATMENT", "CLOSING", "TRANSFERRED", "DROPPED_OUT", "CLOSED"})
    void aClosedTreatmentStaysClosed(String target) throws Exception {
        long id = closedTreatment();
        api.changePhase("behandelaar", id, target, "2026-05-04").andExpect(problem(409, "CLOSED"));
    }

    @Test
    void aClosedTreatmentIsReadOnly() throws Exception {
        long id = api.start("behandelaar");
        String goalId = goalOf(id);
        api.changePhase("behandelaar", id, "CLOSING", "2026-03-02").andExpect(status().isOk());
        api.changePhase("behandelaar", id, "CLOSED", "2026-04-06").andExpect(status().isOk());
        api.post("behandelaar", path(id, "/sessions"), """
                {"date": "2026-04-06", "kind": "CLOSING", "attended": true}""").andExpect(problem(409));
        api.post("behandelaar", path(id, "/goals"), """
                {"description": "One more goal", "date": "2026-04-06"}""").andExpect(problem(409));
        api.post("behandelaar", path(id, "/discussions"), """
                {"date": "2026-04-06", "kind": "TEAM"}""").andExpect(problem(409));
        api.put("behandelaar", path(id, "/goals/" + goalId + "/status"), """
                {"status": "REACHED"}""").andExpect(problem(409));
        api.get("behandelaar", id)
                .andExpect(jsonPath("$.sessions", empty()))
                .andExpect(jsonPath("$.goals", hasSize(1)))
                .andExpect(jsonPath("$.goals[0].status").value("ACTIVE"));
    }

    @Test
    void aChangeAtTheVersionTheClientSawSucceedsAndAnswersTheNewVersion() throws Exception {
        long id = api.start("behandelaar");
        int version = api.version("behandelaar", id);
        api.post("behandelaar", path(id, "/phase"), """
                {"phase": "CLOSING", "date": "2026-03-02"}""", "\"" + version + "\"")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(version + 1))
                .andExpect(header().string("ETag", "\"" + (version + 1) + "\""));
        api.post("behandelaar", path(id, "/phase"), """
                {"phase": "CLOSED", "date": "2026-03-09"}""", String.valueOf(version + 1))
                .andExpect(status().isOk());
    }

    @Test
    void aChangeAtAStaleVersionIsAConflict() throws Exception {
        long id = api.start("behandelaar");
        int seen = api.version("behandelaar", id);
        api.post("behandelaar", path(id, "/sessions"), """
                {"date": "2026-01-12", "kind": "TREATMENT", "attended": true}""").andExpect(status().isCreated());
        api.post("behandelaar", path(id, "/phase"), """
                {"phase": "CLOSING", "date": "2026-03-02"}""", "\"" + seen + "\"").andExpect(problem(409));
        api.get("behandelaar", id).andExpect(jsonPath("$.phase").value("TREATMENT"));
    }

    @Test
    void anIfMatchThatIsNoVersionIsRefused() throws Exception {
        long id = api.start("behandelaar");
        api.post("behandelaar", path(id, "/phase"), """
                {"phase": "CLOSING", "date": "2026-03-02"}""", "\"abc\"").andExpect(problem(400, "If-Match"));
    }

    @Test
    void anUnknownPhaseIsRefusedNamingTheField() throws Exception {
        long id = api.start("behandelaar");
        api.changePhase("behandelaar", id, "FINISHED", "2026-03-02").andExpect(problem(400, "phase", "CLOSING"));
    }

    @Test
    void theDateIsRequiredAndMustBeADate() throws Exception {
        long id = api.start("behandelaar");
        api.post("behandelaar", path(id, "/phase"), """
                {"phase": "CLOSING"}""").andExpect(problem(400, "date"));
        api.changePhase("behandelaar", id, "CLOSING", "2-3-2026").andExpect(problem(400, "date"));
        api.post("behandelaar", path(id, "/phase"), """
                {"phase": "CLOSING", "date": "2026-03-02", "by": "me"}""").andExpect(problem(400, "by"));
    }

    @Test
    void aPhaseChangeCannotLieBeforeThePreviousOneOrInTheFuture() throws Exception {
        long id = api.start("behandelaar");
        api.changePhase("behandelaar", id, "CLOSING", "2025-12-01").andExpect(problem(400, "2026-01-05"));
        api.changePhase("behandelaar", id, "CLOSING", "2099-12-01").andExpect(problem(400));
    }

    @Test
    void theManagerCanMoveATherapistsTreatment() throws Exception {
        long id = api.start("behandelaar");
        api.changePhase("manager", id, "CLOSING", "2026-03-02").andExpect(status().isOk());
    }

    @Test
    void onlyTheTherapistsOfTheTreatmentAndTheManagerMayChangeThePhase() throws Exception {
        long id = api.start("behandelaar");
        api.changePhase("behandelaar2", id, "CLOSING", "2026-03-02").andExpect(problem(404));
        api.changePhase("behandelaar", 987_654_321L, "CLOSING", "2026-03-02").andExpect(problem(404));
        api.changePhase("beheer", id, "CLOSING", "2026-03-02").andExpect(problem(403));
        api.changePhase(null, id, "CLOSING", "2026-03-02").andExpect(problem(401));
        api.get("behandelaar", id).andExpect(jsonPath("$.phase").value("TREATMENT"));
    }

    private long closedTreatment() throws Exception {
        long id = api.start("behandelaar");
        api.changePhase("behandelaar", id, "CLOSING", "2026-03-02").andExpect(status().isOk());
        api.changePhase("behandelaar", id, "CLOSED", "2026-04-06").andExpect(status().isOk());
        return id;
    }

    private String goalOf(long id) throws Exception {
        String body = api.get("behandelaar", id).andReturn().getResponse().getContentAsString();
        return String.valueOf((Number) JsonPath.read(body, "$.goals[0].id"));
    }
}
