package nl.afsluitwijzer.insight.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.afsluitwijzer.support.Api;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class InsightApiTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theManagerGetsTheIndicatorsAsJson() throws Exception {
        mvc.perform(get("/api/v1/insights?from=2025-01-01&to=2026-12-31")
                        .header(HttpHeaders.AUTHORIZATION, Api.bearer(mvc, "manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.period.from").value("2025-01-01"))
                .andExpect(jsonPath("$.period.to").value("2026-12-31"))
                .andExpect(jsonPath("$.closed").isNumber())
                .andExpect(jsonPath("$.sessions.histogram").isMap())
                .andExpect(jsonPath("$.withinExpected.count").isNumber())
                .andExpect(jsonPath("$.withinExpected.of").isNumber())
                .andExpect(jsonPath("$.midEvaluationOnTime.count").isNumber())
                .andExpect(jsonPath("$.outcomes.NO_PAIR.of").isNumber())
                .andExpect(jsonPath("$.extensionReasons").isArray())
                .andExpect(jsonPath("$.toIntake.normDays").value(28))
                .andExpect(jsonPath("$.toStart.normDays").value(70))
                .andExpect(jsonPath("$.treatmentsBehind.closed").isArray());
    }

    @Test
    void therapistsAndAdministratorsAreRefused() throws Exception {
        mvc.perform(get("/api/v1/insights?from=2026-01-01&to=2026-01-31")
                .header(HttpHeaders.AUTHORIZATION, Api.bearer(mvc, "behandelaar"))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/insights?from=2026-01-01&to=2026-01-31")
                .header(HttpHeaders.AUTHORIZATION, Api.bearer(mvc, "beheer"))).andExpect(status().isForbidden());
    }

    @Test
    void badOrReversedDatesGiveAProblem() throws Exception {
        for (String query : new String[] {"from=2026-03-01&to=2026-02-01", "from=2026-13-01&to=2026-12-31",
                "to=2026-12-31"}) {
            mvc.perform(get("/api/v1/insights?" + query)
                            .header(HttpHeaders.AUTHORIZATION, Api.bearer(mvc, "manager")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
    }
}
