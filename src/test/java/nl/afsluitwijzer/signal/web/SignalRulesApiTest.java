package nl.afsluitwijzer.signal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.PracticeDay;
import nl.afsluitwijzer.support.Api;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * For each signal rule a treatment history scripted through the API, read back with
 * GET /api/v1/treatments/{id}/signals?asOf= — the rule fires on its day and not the day (or step) before.
 */
@IntegrationTest
class SignalRulesApiTest {

    private static final LocalDate START = LocalDate.of(2025, 1, 6);

    @Autowired
    MockMvc mvc;

    @Test
    void agreementsMissingAndBaselineMissingFireFromTheSecondSession() throws Exception {
        Script t = treatment("{\"clientReference\":\"%s\",\"startDate\":\"2025-01-06\",\"helpQuestion\":\"vraag\","
                + "\"closingDiscussedAtStart\":false,\"primaryInstrument\":\"PHQ9\",\"goals\":[]}");
        t.sessions(2);
        assertThat(t.codes(week(0))).doesNotContain("AGREEMENTS_MISSING", "BASELINE_MISSING");
        assertThat(t.codes(week(1))).contains("AGREEMENTS_MISSING", "BASELINE_MISSING");
    }

    @Test
    void evaluationDueIsInfoOneSessionBeforeHalfwayAndActionFromHalfway() throws Exception {
        Script t = standard();
        t.sessions(6);
        assertThat(t.codes(week(3))).doesNotContain("EVALUATION_DUE");
        assertThat(t.severity(week(4), "EVALUATION_DUE")).isEqualTo("INFO");
        assertThat(t.severity(week(5), "EVALUATION_DUE")).isEqualTo("ACTION");
    }

    @Test
    void evaluationWithoutMeasurementFiresWhenNoPrimaryMeasurementLiesWithinFourteenDays() throws Exception {
        Script t = standard();
        t.sessions(3);
        t.measurement(START, "[1,1,1,1,1,1,1,1,1]");
        t.evaluation(START.plusDays(15), "MID", null, null, false);
        assertThat(t.codes(START.plusDays(15))).contains("EVALUATION_WITHOUT_MEASUREMENT");
        t.measurement(START.plusDays(1), "[1,1,1,1,1,1,1,1,1]");
        assertThat(t.codes(START.plusDays(15))).doesNotContain("EVALUATION_WITHOUT_MEASUREMENT");
    }

    @Test
    void goalReachedFiresWhenEveryGoalIsReached() throws Exception {
        Script t = standard();
        t.sessions(3);
        assertThat(t.codes(week(2))).doesNotContain("GOAL_REACHED");
        t.goalReached(t.firstGoal());
        assertThat(t.codes(PracticeDay.today())).contains("GOAL_REACHED");
    }

    @Test
    void plateauNeedsThreeMeasurementsOverTwentyEightDaysWithinReliableChange() throws Exception {
        assertThat(plateauOver(27).codes(START.plusDays(27))).doesNotContain("PLATEAU");
        assertThat(plateauOver(28).codes(START.plusDays(28))).contains("PLATEAU");
    }

    private Script plateauOver(int days) throws Exception {
        Script t = standard();
        t.sessions(5);
        t.measurement(START, "[2,2,2,2,2,2,1,1,1]");
        t.measurement(START.plusDays(14), "[2,2,2,2,2,2,1,1,0]");
        t.measurement(START.plusDays(days), "[2,2,2,2,2,1,1,1,0]");
        return t;
    }

    @Test
    void deteriorationFiresFromReliableChangeUpwards() throws Exception {
        Script t = standard();
        t.sessions(4);
        t.measurement(START, "[1,1,1,1,1,0,0,0,0]");
        t.measurement(START.plusDays(7), "[2,2,1,1,1,1,0,0,0]");
        assertThat(t.codes(START.plusDays(7))).doesNotContain("DETERIORATION");
        t.measurement(START.plusDays(14), "[2,2,2,1,1,1,1,1,0]");
        assertThat(t.severity(START.plusDays(14), "DETERIORATION")).isEqualTo("ACTION");
    }

    @Test
    void overrunIsImminentTwoSessionsBeforeTheEndAndOverrunAfterIt() throws Exception {
        Script t = standard();
        t.sessions(13);
        assertThat(t.codes(week(8))).doesNotContain("OVERRUN_IMMINENT");
        assertThat(t.codes(week(9))).contains("OVERRUN_IMMINENT");
        assertThat(t.codes(week(11))).contains("OVERRUN_IMMINENT").doesNotContain("OVERRUN");
        assertThat(t.codes(week(12))).contains("OVERRUN").doesNotContain("OVERRUN_IMMINENT");
    }

    @Test
    void longRunningTreatmentsAskForTheMdoAfterAYearAndAColleagueAfterTwo() throws Exception {
        Script t = standard();
        t.session(START.plusDays(7));
        assertThat(t.codes(START.plusDays(364))).doesNotContain("LONG_RUNNING_MDO");
        assertThat(t.codes(START.plusDays(365))).contains("LONG_RUNNING_MDO");
        assertThat(t.codes(START.plusDays(729))).doesNotContain("LONG_RUNNING_COLLEAGUE");
        assertThat(t.codes(START.plusDays(730))).contains("LONG_RUNNING_COLLEAGUE");
    }

    @Test
    void scopeCreepFiresForAGoalAddedAfterTheFirstEvaluation() throws Exception {
        Script t = standard();
        t.sessions(4);
        t.evaluation(week(2), "MID", 8, 8, false);
        t.goal(week(2));
        assertThat(t.codes(week(3))).doesNotContain("SCOPE_CREEP");
        t.goal(week(3));
        assertThat(t.codes(week(3))).contains("SCOPE_CREEP");
    }

    @Test
    void measurementIsOverdueAfterFourSessionsSinceTheLastOne() throws Exception {
        Script t = standard();
        t.sessions(5);
        t.measurement(START, "[1,1,1,1,1,1,1,1,1]");
        assertThat(t.codes(week(3))).doesNotContain("MEASUREMENT_OVERDUE");
        assertThat(t.codes(week(4))).contains("MEASUREMENT_OVERDUE");
    }

    @Test
    void noRecentContactFiresAfterFortyTwoDays() throws Exception {
        Script t = standard();
        t.session(START);
        assertThat(t.codes(START.plusDays(42))).doesNotContain("NO_RECENT_CONTACT");
        assertThat(t.codes(START.plusDays(43))).contains("NO_RECENT_CONTACT");
    }

    @Test
    void lowAllianceFiresAtFiveAndNotAtSix() throws Exception {
        Script t = standard();
        t.sessions(3);
        t.evaluation(week(1), "INTERIM", 6, 6, false);
        assertThat(t.codes(week(1))).doesNotContain("LOW_ALLIANCE");
        t.evaluation(week(2), "INTERIM", 5, 7, false);
        assertThat(t.codes(week(2))).contains("LOW_ALLIANCE");
    }

    @Test
    void noFadingOutFiresWhenClosingSessionsComeAsOftenAsBefore() throws Exception {
        Script t = standard();
        t.sessions(4);
        t.phase("CLOSING", week(4));
        for (int i = 4; i < 7; i++) {
            t.session(week(i), "CLOSING");
        }
        assertThat(t.codes(week(6))).contains("NO_FADING_OUT");
    }

    private Script standard() throws Exception {
        return treatment("{\"clientReference\":\"%s\",\"startDate\":\"2025-01-06\",\"helpQuestion\":\"vraag\","
                + "\"expectedSessions\":12,\"closingDiscussedAtStart\":true,\"primaryInstrument\":\"PHQ9\","
                + "\"goals\":[{\"description\":\"Weer sporten\"}]}");
    }

    private Script treatment(String body) throws Exception {
        String reference = "RULE-" + System.nanoTime();
        MvcResult result = mvc.perform(post("/api/v1/treatments")
                        .header("Authorization", Api.bearer(mvc, "behandelaar"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(reference)))
                .andExpect(status().isCreated())
                .andReturn();
        String json = result.getResponse().getContentAsString();
        return new Script(((Number) JsonPath.read(json, "$.id")).longValue(), json);
    }

    private static LocalDate week(int n) {
        return START.plusWeeks(n);
    }

    /** A treatment scripted through the API, and its signals read back. */
    private final class Script {
        private final long id;
        private final String created;

        Script(long id, String created) {
            this.id = id;
            this.created = created;
        }

        void sessions(int count) throws Exception {
            for (int i = 0; i < count; i++) {
                session(week(i));
            }
        }

        void session(LocalDate date) throws Exception {
            session(date, "TREATMENT");
        }

        void session(LocalDate date, String kind) throws Exception {
            send("/sessions", "{\"date\":\"" + date + "\",\"kind\":\"" + kind + "\",\"attended\":true}");
        }

        void measurement(LocalDate date, String answers) throws Exception {
            send("/measurements", "{\"instrument\":\"PHQ9\",\"date\":\"" + date + "\",\"answers\":" + answers + "}");
        }

        void evaluation(LocalDate date, String kind, Integer alliance, Integer motivation, boolean colleague)
                throws Exception {
            send(
                    "/evaluations",
                    "{\"date\":\"" + date + "\",\"kind\":\"" + kind + "\",\"allianceRating\":" + alliance
                            + ",\"motivationRating\":" + motivation + ",\"colleaguePresent\":" + colleague
                            + ",\"decision\":\"CONTINUE\"}");
        }

        void goal(LocalDate date) throws Exception {
            send("/goals", "{\"description\":\"Nog een doel\",\"date\":\"" + date + "\"}");
        }

        long firstGoal() {
            return ((Number) JsonPath.read(created, "$.goals[0].id")).longValue();
        }

        void goalReached(long goalId) throws Exception {
            mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put(
                                    "/api/v1/treatments/" + id + "/goals/" + goalId + "/status")
                            .header("Authorization", Api.bearer(mvc, "behandelaar"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"status\":\"REACHED\"}"))
                    .andExpect(status().isOk());
        }

        void phase(String phase, LocalDate date) throws Exception {
            mvc.perform(post("/api/v1/treatments/" + id + "/phase")
                            .header("Authorization", Api.bearer(mvc, "behandelaar"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"phase\":\"" + phase + "\",\"date\":\"" + date + "\"}"))
                    .andExpect(status().isOk());
        }

        List<String> codes(LocalDate asOf) throws Exception {
            return JsonPath.read(signals(asOf), "$.signals[*].code");
        }

        String severity(LocalDate asOf, String code) throws Exception {
            List<String> found = JsonPath.read(signals(asOf), "$.signals[?(@.code == '" + code + "')].severity");
            return found.isEmpty() ? null : found.get(0);
        }

        private String signals(LocalDate asOf) throws Exception {
            return mvc.perform(get("/api/v1/treatments/" + id + "/signals")
                            .param("asOf", asOf.toString())
                            .header("Authorization", Api.bearer(mvc, "behandelaar")))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
        }

        private void send(String path, String body) throws Exception {
            mvc.perform(post("/api/v1/treatments/" + id + path)
                            .header("Authorization", Api.bearer(mvc, "behandelaar"))
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(body))
                    .andExpect(status().isCreated());
        }
    }
}
