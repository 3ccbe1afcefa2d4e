package nl.afsluitwijzer.insight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.afsluitwijzer.closing.ClosingFixtures;
import nl.afsluitwijzer.closing.ClosingReason;
import nl.afsluitwijzer.closing.Handover;
import nl.afsluitwijzer.support.Api;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class InsightApiTest {

    static final LocalDate CLOSED_ON = ClosingFixtures.LAST_SESSION.plusWeeks(1);

    @Autowired
    MockMvc mvc;

    @Autowired
    ClosingFixtures closingFixtures;

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
                .andExpect(jsonPath("$.treatmentsBehind.closed").isArray())
                .andExpect(jsonPath("$.closingReasons.GOAL_REACHED").isNumber())
                .andExpect(jsonPath("$.closingReasons.TRANSFERRED").isNumber())
                .andExpect(jsonPath("$.checklistComplete.of").isNumber())
                .andExpect(jsonPath("$.withoutChecklist").isNumber())
                .andExpect(jsonPath("$.missingItems").isMap())
                .andExpect(jsonPath("$.incompleteClosings").isArray())
                .andExpect(jsonPath("$.incompleteClosingsTotal").isNumber())
                .andExpect(jsonPath("$.treatmentsBehindTotal.closed").isNumber())
                .andExpect(jsonPath("$.indicators").doesNotExist());
    }

    @Test
    void aTreatmentClosedWithAnIncompleteChecklistShowsWithItsMissingItemsAndReason() throws Exception {
        Treatment treatment = closedWithAnIncompleteChecklist();
        Long therapist = treatment.getTherapistId();
        mvc.perform(get("/api/v1/insights?from=" + CLOSED_ON + "&to=" + CLOSED_ON + "&therapist=" + therapist)
                        .header(HttpHeaders.AUTHORIZATION, Api.bearer(mvc, "manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                        "$.treatmentsBehind['checklist-incomplete']",
                        hasItem(treatment.getId().intValue())))
                .andExpect(jsonPath(
                        "$.treatmentsBehind['closing-reason.GOAL_REACHED']",
                        hasItem(treatment.getId().intValue())))
                .andExpect(jsonPath(
                        "$.treatmentsBehind['missing.GP_LETTER']",
                        hasItem(treatment.getId().intValue())))
                .andExpect(jsonPath("$.missingItems.END_MEASUREMENT").isNumber())
                .andExpect(jsonPath(
                        "$.incompleteClosings[?(@.treatmentId == " + treatment.getId() + ")].missingReason",
                        hasItem("Afronding volgt per brief")))
                .andExpect(jsonPath(
                        "$.incompleteClosings[?(@.treatmentId == " + treatment.getId() + ")].closedOn",
                        hasItem(CLOSED_ON.toString())))
                .andExpect(jsonPath(
                        "$.incompleteClosings[?(@.treatmentId == " + treatment.getId() + ")].missingItems[*]",
                        hasItems("END_MEASUREMENT", "KEEP_RESULT_PLAN", "RETURN_GUARANTEE", "GP_LETTER")));
    }

    @Test
    void theTreatmentsBehindAFigureAndTheIncompleteClosingsArePaged() throws Exception {
        Treatment treatment = closedWithAnIncompleteChecklist();
        String period = "from=" + CLOSED_ON + "&to=" + CLOSED_ON + "&therapist=" + treatment.getTherapistId();
        String manager = Api.bearer(mvc, "manager");
        String indicators = mvc.perform(get("/api/v1/insights?" + period).header(HttpHeaders.AUTHORIZATION, manager))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        int behind = JsonPath.read(indicators, "$.treatmentsBehindTotal['missing.GP_LETTER']");
        int incomplete = JsonPath.read(indicators, "$.incompleteClosingsTotal");
        assertThat(behind).isPositive();

        List<Integer> ids = new ArrayList<>();
        for (int page = 1; page <= behind; page++) {
            String body = mvc.perform(get("/api/v1/insights/treatments?" + period + "&figure=missing.GP_LETTER&size=1"
                                    + "&page=" + page)
                            .header(HttpHeaders.AUTHORIZATION, manager))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.figure").value("missing.GP_LETTER"))
                    .andExpect(jsonPath("$.page").value(page))
                    .andExpect(jsonPath("$.size").value(1))
                    .andExpect(jsonPath("$.total").value(behind))
                    .andExpect(jsonPath("$.pages").value(behind))
                    .andExpect(jsonPath("$.links.first").value(containsString("page=1")))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            ids.addAll(JsonPath.read(body, "$.treatmentIds"));
        }
        assertThat(ids)
                .hasSize(behind)
                .doesNotHaveDuplicates()
                .contains(treatment.getId().intValue());
        mvc.perform(get("/api/v1/insights/treatments?" + period + "&figure=missing.GP_LETTER&size=1&page="
                                + (behind + 1))
                        .header(HttpHeaders.AUTHORIZATION, manager))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.treatmentIds").isEmpty())
                .andExpect(jsonPath("$.total").value(behind))
                .andExpect(jsonPath("$.links.prev").value(containsString("page=" + behind)))
                .andExpect(jsonPath("$.links.next").doesNotExist());

        mvc.perform(get("/api/v1/insights/incomplete-closings?" + period).header(HttpHeaders.AUTHORIZATION, manager))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(incomplete))
                .andExpect(jsonPath("$.incompleteClosings.length()").value(incomplete))
                .andExpect(jsonPath(
                        "$.incompleteClosings[?(@.treatmentId == " + treatment.getId() + ")].missingReason",
                        hasItem("Afronding volgt per brief")));
    }

    @Test
    void anUnknownFigureOrABadPageGivesAProblemNamingIt() throws Exception {
        String manager = Api.bearer(mvc, "manager");
        for (String query : new String[] {
            "figure=closd", "figure=missing.", "figure=closed&page=0", "figure=closed&size=201", "figure=closed&size=x"
        }) {
            mvc.perform(get("/api/v1/insights/treatments?from=2026-01-01&to=2026-01-31&" + query)
                            .header(HttpHeaders.AUTHORIZATION, manager))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
        mvc.perform(get("/api/v1/insights/incomplete-closings?from=2026-01-01&to=2026-01-31&size=0")
                        .header(HttpHeaders.AUTHORIZATION, manager))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
    }

    private Treatment closedWithAnIncompleteChecklist() {
        Treatment treatment = closingFixtures.inClosing();
        closingFixtures.close(treatment, ClosingReason.GOAL_REACHED, Handover.none(), "Afronding volgt per brief");
        return treatment;
    }

    @Test
    void theOpenApiDocumentDescribesThePagedListsAndTheTotals() throws Exception {
        mvc.perform(get("/api/v1/openapi.json"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/v1/insights'].get").exists())
                .andExpect(jsonPath(
                        "$.paths['/api/v1/insights/treatments'].get.parameters[*].name",
                        hasItems("from", "to", "therapist", "figure", "page", "size")))
                .andExpect(jsonPath("$.paths['/api/v1/insights/incomplete-closings'].get")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.InsightsJson.properties.incompleteClosingsTotal")
                        .exists())
                .andExpect(jsonPath("$.components.schemas.InsightsJson.properties.closed")
                        .exists());
    }

    @Test
    void therapistsAndAdministratorsAreRefused() throws Exception {
        for (String path : new String[] {
            "/api/v1/insights?", "/api/v1/insights/treatments?figure=closed&", "/api/v1/insights/incomplete-closings?"
        }) {
            for (String user : new String[] {"behandelaar", "beheer"}) {
                mvc.perform(get(path + "from=2026-01-01&to=2026-01-31")
                                .header(HttpHeaders.AUTHORIZATION, Api.bearer(mvc, user)))
                        .andExpect(status().isForbidden());
            }
        }
    }

    @Test
    void badOrReversedDatesGiveAProblem() throws Exception {
        for (String query :
                new String[] {"from=2026-03-01&to=2026-02-01", "from=2026-13-01&to=2026-12-31", "to=2026-12-31"}) {
            mvc.perform(get("/api/v1/insights?" + query).header(HttpHeaders.AUTHORIZATION, Api.bearer(mvc, "manager")))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
    }
}
