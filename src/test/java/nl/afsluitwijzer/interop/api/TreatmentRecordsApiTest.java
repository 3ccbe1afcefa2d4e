package nl.afsluitwijzer.interop.api;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.afsluitwijzer.support.Api;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** GET /api/v1/treatments/{id} holds the measurements and evaluations recorded through the API. */
@IntegrationTest
class TreatmentRecordsApiTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTreatments fixtures;

    @Test
    void theTreatmentCarriesItsMeasurementsAndEvaluations() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        String url = "/api/v1/treatments/" + treatment.getId();
        String token = Api.bearer(mvc, "behandelaar");
        mvc.perform(post(url + "/measurements")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"instrument\":\"PHQ9\",\"date\":\"2026-01-05\",\"answers\":[2,2,2,2,2,2,2,2,2]}"))
                .andExpect(status().isCreated());
        mvc.perform(post(url + "/evaluations")
                        .header("Authorization", token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"date\":\"2026-02-16\",\"kind\":\"MID\",\"decision\":\"CONTINUE\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get(url).header("Authorization", token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.measurements[0].instrument").value("PHQ9"))
                .andExpect(jsonPath("$.measurements[0].total").value(18))
                .andExpect(jsonPath("$.evaluations[0].kind").value("MID"))
                .andExpect(jsonPath("$.evaluations[0].decision").value("CONTINUE"));
    }
}
