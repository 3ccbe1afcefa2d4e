package nl.afsluitwijzer.interop.api;

import static nl.afsluitwijzer.interop.api.TreatmentApi.START;
import static nl.afsluitwijzer.interop.api.TreatmentApi.TREATMENTS;
import static nl.afsluitwijzer.interop.api.TreatmentApi.newTreatment;
import static nl.afsluitwijzer.interop.api.TreatmentApi.path;
import static nl.afsluitwijzer.interop.api.TreatmentApi.problem;
import static nl.afsluitwijzer.interop.api.TreatmentApi.uniqueReference;
import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.support.Api;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/v1/treatments/{id}: the shape of a treatment, and who may see it. */
@IntegrationTest
class TreatmentReadApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAccountRepository users;

    @Autowired
    JdbcClient jdbc;

    TreatmentApi api;

    @BeforeEach
    void setUp() {
        api = new TreatmentApi(mvc);
    }

    @Test
    void readingATreatmentGivesEverythingTheTreatmentModuleRecordsAndItsVersionAsETag() throws Exception {
        long id = api.start("behandelaar");
        api.post("behandelaar", path(id, "/sessions"), """
                {"date": "2026-01-12", "kind": "TREATMENT", "attended": true}""").andExpect(status().isCreated());
        api.post("behandelaar", path(id, "/discussions"), """
                {"date": "2026-01-20", "kind": "INTERVISION", "note": "Scope of the help question"}""").andExpect(status().isCreated());
        int version = api.version("behandelaar", id);
        api.get("behandelaar", id)
                .andExpect(status().isOk())
                .andExpect(header().string("ETag", "\"" + version + "\""))
                .andExpect(jsonPath("$.id").value(id))
                .andExpect(jsonPath("$.phase").value("TREATMENT"))
                .andExpect(jsonPath("$.allowedPhases", contains("CLOSING", "TRANSFERRED", "DROPPED_OUT")))
                .andExpect(jsonPath("$.registrationDate").value(START))
                .andExpect(jsonPath("$.intakeDate").value(START))
                .andExpect(jsonPath("$.endDate").doesNotExist())
                .andExpect(jsonPath("$.attendedSessions").value(1))
                .andExpect(jsonPath("$.sessions[0].id").isNumber())
                .andExpect(jsonPath("$.sessions[0].date").value("2026-01-12"))
                .andExpect(jsonPath("$.sessions[0].kind").value("TREATMENT"))
                .andExpect(jsonPath("$.sessions[0].attended").value(true))
                .andExpect(jsonPath("$.discussions[0].kind").value("INTERVISION"))
                .andExpect(jsonPath("$.discussions[0].date").value("2026-01-20"))
                .andExpect(jsonPath("$.discussions[0].note").value("Scope of the help question"))
                .andExpect(jsonPath("$.phaseHistory[*].phase", contains("REFERRED", "INTAKE", "TREATMENT")))
                .andExpect(jsonPath("$.agreements.setOn").value(START))
                .andExpect(jsonPath("$.version").value(version));
    }

    @Test
    void anUnknownTreatmentIs404ProblemJson() throws Exception {
        api.get("behandelaar", 987_654_321L).andExpect(problem(404));
    }

    @Test
    void aTreatmentOfAnotherTherapistIs404ToAvoidRevealingIt() throws Exception {
        long id = api.start("behandelaar");
        api.get("behandelaar2", id).andExpect(problem(404));
    }

    @Test
    void aColleagueSeesAndRecordsInATreatmentSharedWithThem() throws Exception {
        long id = api.start("behandelaar");
        Long colleague = users.findByUsername("behandelaar2").orElseThrow().getId();
        jdbc.sql("INSERT INTO treatment_share (treatment_id, therapist_id) VALUES (?, ?)")
                .params(id, colleague)
                .update();
        api.get("behandelaar2", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
        api.post("behandelaar2", path(id, "/sessions"), """
                {"date": "2026-01-12", "kind": "TREATMENT", "attended": true}""").andExpect(status().isCreated());
    }

    @Test
    void theManagerReadsTheTreatmentsOfThePractice() throws Exception {
        long id = api.start("behandelaar");
        api.get("manager", id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(id));
    }

    @Test
    void withoutATokenTheAnswerIs401() throws Exception {
        long id = api.start("behandelaar");
        api.get(null, id).andExpect(problem(401));
        api.post(null, TREATMENTS, newTreatment(uniqueReference())).andExpect(problem(401));
    }

    @Test
    void theAdministratorHasNoAccessToTreatments() throws Exception {
        long id = api.start("behandelaar");
        api.get("beheer", id).andExpect(problem(403));
        api.post("beheer", TREATMENTS, newTreatment(uniqueReference())).andExpect(problem(403));
    }

    @Test
    void anIdThatIsNoNumberIsRefusedNamingTheParameter() throws Exception {
        mvc.perform(get(TREATMENTS + "/abc").header("Authorization", Api.bearer(mvc, "behandelaar")))
                .andExpect(problem(400, "id"));
    }

    @Test
    void theOpenApiDocumentDescribesEveryTreatmentEndpoint() throws Exception {
        mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/treatments'].post").exists())
                .andExpect(jsonPath("$.paths['/api/v1/treatments/{id}'].get").exists())
                .andExpect(jsonPath("$.paths['/api/v1/treatments/{id}/goals'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/treatments/{id}/goals/{goalId}/status'].put")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/treatments/{id}/sessions'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/treatments/{id}/discussions'].post")
                        .exists())
                .andExpect(jsonPath("$.paths['/api/v1/treatments/{id}/phase'].post")
                        .exists());
    }
}
