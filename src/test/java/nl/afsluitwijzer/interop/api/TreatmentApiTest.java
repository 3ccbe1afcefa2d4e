package nl.afsluitwijzer.interop.api;

import static nl.afsluitwijzer.interop.api.TreatmentApi.START;
import static nl.afsluitwijzer.interop.api.TreatmentApi.TREATMENTS;
import static nl.afsluitwijzer.interop.api.TreatmentApi.newTreatment;
import static nl.afsluitwijzer.interop.api.TreatmentApi.problem;
import static nl.afsluitwijzer.interop.api.TreatmentApi.uniqueReference;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** POST /api/v1/treatments: the treatment it starts, the policy defaults and the validation. */
@IntegrationTest
class TreatmentApiTest {

    @Autowired
    MockMvc mvc;

    TreatmentApi api;

    @BeforeEach
    void setUp() {
        api = new TreatmentApi(mvc);
    }

    @Test
    void startingATreatmentAnswers201WithTheTreatmentInPhaseTreatmentAndWhereItLives() throws Exception {
        String reference = uniqueReference();
        MockHttpServletResponse response = api.post("behandelaar", TREATMENTS, newTreatment(reference))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.id").isNumber())
                .andExpect(jsonPath("$.phase").value("TREATMENT"))
                .andExpect(jsonPath("$.clientReference").value(reference))
                .andExpect(jsonPath("$.startDate").value(START))
                .andExpect(jsonPath("$.helpQuestion").value("I want to sleep again"))
                .andExpect(jsonPath("$.agreements.expectedSessions").value(12))
                .andExpect(jsonPath("$.agreements.firstAgreedExpectedSessions").value(12))
                .andExpect(jsonPath("$.agreements.halfwaySession").value(6))
                .andExpect(jsonPath("$.agreements.clientEstimateSessions").value(8))
                .andExpect(jsonPath("$.agreements.closingDiscussedAtStart").value(true))
                .andExpect(jsonPath("$.agreements.complex").value(false))
                .andExpect(jsonPath("$.agreements.primaryInstrument").value("PHQ9"))
                .andExpect(jsonPath("$.goals", hasSize(1)))
                .andExpect(jsonPath("$.goals[0].description").value("Goes to bed before 23:00 five nights a week"))
                .andExpect(jsonPath("$.goals[0].criterion").value("Sleep diary shows 5 of 7 nights"))
                .andExpect(jsonPath("$.goals[0].addedOn").value(START))
                .andExpect(jsonPath("$.goals[0].status").value("ACTIVE"))
                .andExpect(jsonPath("$.attendedSessions").value(0))
                .andExpect(jsonPath("$.version").isNumber())
                .andReturn()
                .getResponse();
        Number id = JsonPath.read(response.getContentAsString(), "$.id");
        assertThat(response.getHeader("Location")).endsWith(TREATMENTS + "/" + id);
        Number version = JsonPath.read(response.getContentAsString(), "$.version");
        assertThat(response.getHeader("ETag")).isEqualTo("\"" + version + "\"");
    }

    @Test
    void theAgreedNumberDefaultsToThePolicy16WhenComplex() throws Exception {
        String json = with("\"complex\": true");
        api.post("behandelaar", TREATMENTS, json)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.agreements.complex").value(true))
                .andExpect(jsonPath("$.agreements.expectedSessions").value(16))
                .andExpect(jsonPath("$.agreements.halfwaySession").value(8));
    }

    @Test
    void anAgreedNumberInTheRequestOverridesThePolicy() throws Exception {
        String json = with("\"expectedSessions\": 9");
        api.post("behandelaar", TREATMENTS, json)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.agreements.expectedSessions").value(9))
                .andExpect(jsonPath("$.agreements.halfwaySession").value(5));
    }

    @Test
    void expectedSessionsMustLieBetween1And100() throws Exception {
        for (int sessions : new int[] {0, 101}) {
            String json = with("\"expectedSessions\": " + sessions);
            api.post("behandelaar", TREATMENTS, json)
                    .andExpect(problem(400, "expectedSessions"))
                    .andExpect(jsonPath("$.errors[0].field").value("expectedSessions"));
        }
    }

    @Test
    void unknownFieldsAreRefusedNamingTheField() throws Exception {
        String json = with("\"diagnosis\": \"F32\"");
        api.post("behandelaar", TREATMENTS, json).andExpect(problem(400, "diagnosis"));
    }

    @Test
    void missingRequiredFieldsAreAllNamed() throws Exception {
        api.post("behandelaar", TREATMENTS, "{}")
                .andExpect(problem(
                        400,
                        "clientReference",
                        "startDate",
                        "helpQuestion",
                        "closingDiscussedAtStart",
                        "primaryInstrument",
                        "goals"))
                .andExpect(jsonPath("$.errors", hasSize(6)));
    }

    @Test
    void aGoalWithoutDescriptionIsNamedByItsPosition() throws Exception {
        String json = newTreatment(uniqueReference()).replaceFirst("\"description\": \"[^\"]*\",", "");
        api.post("behandelaar", TREATMENTS, json).andExpect(problem(400, "goals[0].description"));
    }

    @Test
    void aDateInAnotherFormatIsRefusedNamingTheField() throws Exception {
        for (String date : new String[] {"05-01-2026", "2026-02-30", "tomorrow"}) {
            api.post("behandelaar", TREATMENTS, newTreatment(uniqueReference()).replace(START, date))
                    .andExpect(problem(400, "startDate"));
        }
    }

    @Test
    void aValueOfTheWrongTypeIsRefusedNamingTheField() throws Exception {
        String json = newTreatment(uniqueReference())
                .replace("\"clientEstimateSessions\": 8", "\"clientEstimateSessions\": \"eight\"");
        api.post("behandelaar", TREATMENTS, json).andExpect(problem(400, "clientEstimateSessions"));
        api.post("behandelaar", TREATMENTS, "[]").andExpect(status().isBadRequest());
    }

    @Test
    void anUnknownPrimaryInstrumentIsRefusedNamingTheKnownOnes() throws Exception {
        String json = newTreatment(uniqueReference()).replace("\"PHQ9\"", "\"BDI\"");
        api.post("behandelaar", TREATMENTS, json).andExpect(problem(400, "primaryInstrument", "BDI", "PHQ9", "GAD7"));
    }

    @Test
    void aStartDateInTheFutureIsRefused() throws Exception {
        api.post("behandelaar", TREATMENTS, newTreatment(uniqueReference()).replace(START, "2099-01-05"))
                .andExpect(problem(400));
    }

    @Test
    void aClientWithAnOpenTreatmentCannotGetASecondOne() throws Exception {
        String reference = uniqueReference();
        api.post("behandelaar", TREATMENTS, newTreatment(reference)).andExpect(status().isCreated());
        api.post("behandelaar", TREATMENTS, newTreatment(reference)).andExpect(problem(409, reference));
    }

    /** A valid request with one more field. */
    private static String with(String field) {
        return newTreatment(uniqueReference()).replace("\"helpQuestion\"", field + ", \"helpQuestion\"");
    }
}
