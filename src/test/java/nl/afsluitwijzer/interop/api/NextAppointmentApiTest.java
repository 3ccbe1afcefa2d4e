package nl.afsluitwijzer.interop.api;

import static nl.afsluitwijzer.interop.api.TreatmentApi.path;
import static nl.afsluitwijzer.interop.api.TreatmentApi.problem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A session may carry the client's answer to "Wil je nog een volgende afspraak?"; the treatment shows them all. */
@IntegrationTest
class NextAppointmentApiTest {

    private static final String SESSION = """
            {"date": "2026-01-12", "kind": "TREATMENT", "attended": true,
             "nextAppointment": {"answer": "UNSURE", "clientWords": "Misschien over een maand"}}""";

    @Autowired
    MockMvc mvc;

    TreatmentApi api;

    @BeforeEach
    void setUp() {
        api = new TreatmentApi(mvc);
    }

    @Test
    void aSessionWithTheAnswerAnswers201WithItAndTheTreatmentListsIt() throws Exception {
        long id = api.start("behandelaar");
        api.post("behandelaar", path(id, "/sessions"), SESSION)
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nextAppointment.answer").value("UNSURE"))
                .andExpect(jsonPath("$.nextAppointment.clientWords").value("Misschien over een maand"))
                .andExpect(jsonPath("$.nextAppointment.answeredBy").value("THERAPIST"))
                .andExpect(jsonPath("$.nextAppointment.date").value("2026-01-12"));
        api.post("behandelaar", path(id, "/sessions"), """
                {"date": "2026-01-19", "kind": "TREATMENT", "attended": true}""")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nextAppointment").value(nullValue()));
        api.get("behandelaar", id)
                .andExpect(jsonPath("$.sessions", hasSize(2)))
                .andExpect(jsonPath("$.sessions[0].nextAppointment.answer").value("UNSURE"))
                .andExpect(jsonPath("$.sessions[1].nextAppointment").value(nullValue()))
                .andExpect(jsonPath("$.nextAppointmentAnswers", hasSize(1)))
                .andExpect(jsonPath("$.nextAppointmentAnswers[0].answer").value("UNSURE"))
                .andExpect(jsonPath("$.nextAppointmentAnswers[0].sessionId").isNumber());
    }

    @Test
    void badAnswersAreProblemsNamingTheField() throws Exception {
        long id = api.start("behandelaar");
        api.post("behandelaar", path(id, "/sessions"), SESSION.replace("UNSURE", "MAYBE"))
                .andExpect(problem(400, "answer"));
        api.post("behandelaar", path(id, "/sessions"), SESSION.replace("Misschien over een maand", "a".repeat(281)))
                .andExpect(problem(400, "clientWords"));
        api.post(
                        "behandelaar",
                        path(id, "/sessions"),
                        SESSION.replace("\"attended\": true", "\"attended\": false")
                                .replace("2026-01-12", "2026-01-13"))
                .andExpect(problem(400));
        api.post("behandelaar", path(id, "/sessions"), SESSION.replace("\"answer\": \"UNSURE\", ", ""))
                .andExpect(problem(400, "answer"));
        api.get("behandelaar", id)
                .andExpect(jsonPath("$.sessions", hasSize(0)))
                .andExpect(jsonPath("$.nextAppointmentAnswers", hasSize(0)));
    }

    @Test
    void anotherTherapistCannotRecordOrReadTheAnswers() throws Exception {
        long id = api.start("behandelaar");
        api.post("behandelaar2", path(id, "/sessions"), SESSION).andExpect(problem(404));
        api.get("behandelaar2", id).andExpect(status().isNotFound());
    }
}
