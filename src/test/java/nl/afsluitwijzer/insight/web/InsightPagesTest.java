package nl.afsluitwijzer.insight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class InsightPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void theDashboardShowsThisMonthsFiguresWithTrendAndDrillDown() throws Exception {
        String html = page("/inzicht");
        assertThat(html).contains("Afgesloten binnen E", "vorige maand", "/inzicht/behandelingen?figure=outside-e");
        assertThat(html).doesNotContain("style=\"");
    }

    @Test
    void theIndicatorPageHasEveryFigureWithFootnotesAndCharts() throws Exception {
        String html = page("/inzicht/indicatoren?from=2025-01-01&to=2026-12-31");
        assertThat(html)
                .contains(
                        "Afgesloten binnen E zoals eerst afgesproken",
                        "Hoe de cijfers berekend zijn",
                        "Tussenevaluatie op tijd",
                        "Met voormeting",
                        "Uitkomst: hersteld",
                        "Treeknorm",
                        "<svg",
                        "Per behandelaar",
                        "indicatoren.csv",
                        "Afsluitredenen",
                        "Doel bereikt",
                        "Afgesloten met complete afsluitchecklist",
                        "Afgesloten zonder afsluitchecklist",
                        "Ontbrekend bij afsluiten",
                        "Redenen bij onvolledig afsluiten",
                        "figure=closing-reason.GOAL_REACHED",
                        "Uitkomst van de afgesloten behandelingen");
        assertThat(html).doesNotContain("style=\"", "??insight");
    }

    @Test
    void theDrillDownListsTheTreatmentsBehindAFigureWithLinks() throws Exception {
        String html = page("/inzicht/behandelingen?figure=closed&from=2020-01-01&to=2026-12-31");
        assertThat(html).contains("Afgesloten behandelingen", "/behandelingen/");
    }

    @Test
    void theWaitingTimeDrillDownShowsEachReferralsWait() throws Exception {
        String html = page("/inzicht/behandelingen?figure=intake-outside-norm&from=2020-01-01&to=2026-12-31");
        assertThat(html).contains("Intake buiten de Treeknorm", "Aangemeld", "Wachttijd", " dagen (");
        assertThat(page("/inzicht/indicatoren?from=2020-01-01&to=2026-12-31"))
                .contains("Wachttijd aanmelding → intake (gemiddelde)", "Wachttijd intake → behandeling (gemiddelde)");
    }

    @Test
    void theCsvIsAnAttachmentWithAHeaderRow() throws Exception {
        MvcResult result = mvc.perform(get("/inzicht/indicatoren.csv?from=2025-01-01&to=2026-12-31")
                        .with(user(users.loadUserByUsername("manager"))))
                .andReturn();
        assertThat(result.getResponse().getContentType()).startsWith("text/csv");
        assertThat(result.getResponse().getHeader("Content-Disposition")).contains("attachment");
        String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(body)
                .contains(
                        "cijfer;omschrijving;waarde",
                        "within-e;",
                        "\r\n",
                        "checklist-complete;",
                        "no-checklist;",
                        "closing-reason.GOAL_REACHED;Afsluitreden: Doel bereikt;",
                        "behandeling;afgesloten op;afsluitreden;ontbrekende onderdelen;reden gegeven");
    }

    @Test
    void theSimulationPageDescribesItsMethodAndDrawsTheChart() throws Exception {
        String html = page("/inzicht/simulatie?meanSessions=8&extraSlots=8&seed=1");
        assertThat(html).contains("Hoe deze simulatie werkt", "<svg", "10–90%");
        assertThat(html).doesNotContain("style=\"", "??insight");
    }

    @Test
    void aReversedPeriodIsRefused() throws Exception {
        int status = mvc.perform(get("/inzicht/indicatoren?from=2026-03-01&to=2026-02-01")
                        .with(user(users.loadUserByUsername("manager"))))
                .andReturn()
                .getResponse()
                .getStatus();
        assertThat(status).isEqualTo(400);
    }

    private String page(String url) throws Exception {
        MvcResult result = mvc.perform(get(url).with(user(users.loadUserByUsername("manager"))))
                .andReturn();
        assertThat(result.getResponse().getStatus()).as(url).isEqualTo(200);
        return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }
}
