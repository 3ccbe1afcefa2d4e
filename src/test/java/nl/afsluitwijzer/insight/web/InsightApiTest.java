package nl.afsluitwijzer.insight.web;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import nl.afsluitwijzer.closing.ClosingFixtures;
import nl.afsluitwijzer.closing.ClosingReason;
import nl.afsluitwijzer.closing.Closure;
import nl.afsluitwijzer.closing.Handover;
import nl.afsluitwijzer.closing.TreatmentClosing;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.Api;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
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

    @Autowired
    TestTreatments fixtures;

    @Autowired
    TreatmentClosing closing;

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
                .andExpect(jsonPath("$.incompleteClosings").isArray());
    }

    @Test
    void aTreatmentClosedWithAnIncompleteChecklistShowsWithItsMissingItemsAndReason() throws Exception {
        Treatment treatment = closingFixtures.inClosing();
        fixtures.as(
                "behandelaar",
                () -> closing.close(
                        CurrentUser.require(),
                        treatment.getId(),
                        null,
                        null,
                        new Closure(
                                ClosingReason.GOAL_REACHED,
                                null,
                                CLOSED_ON,
                                Handover.none(),
                                "Afronding volgt per brief")));
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
    void therapistsAndAdministratorsAreRefused() throws Exception {
        mvc.perform(get("/api/v1/insights?from=2026-01-01&to=2026-01-31")
                        .header(HttpHeaders.AUTHORIZATION, Api.bearer(mvc, "behandelaar")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/insights?from=2026-01-01&to=2026-01-31")
                        .header(HttpHeaders.AUTHORIZATION, Api.bearer(mvc, "beheer")))
                .andExpect(status().isForbidden());
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
