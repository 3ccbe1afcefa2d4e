package nl.afsluitwijzer.insight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.afsluitwijzer.measurement.ExpectedCourse;
import nl.afsluitwijzer.measurement.ExpectedCourses;
import nl.afsluitwijzer.support.Api;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The manager's calibration page (docs/expected-course.md, Calibration): with a learned course it shows coverage,
 * the 2×2 table and the chart, and it is logged; a therapist is refused, an anonymous visitor sent to sign in.
 */
@IntegrationTest
class CalibrationPageTest {

    private static final String PAGE = "/inzicht/kalibratie";
    private static final LocalDate START = LocalDate.of(2025, 2, 3);

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ExpectedCourses courses;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLearnedCourseIsCheckedOnTheClosedTreatmentsAndTheViewIsLogged() throws Exception {
        Long practice = null;
        for (int client = 0; client < ExpectedCourse.MINIMUM_TREATMENTS; client++) {
            int baseline = 14 + client % 10;
            int noise = client % 2 == 0 ? 1 : -1;
            long id = treatment(6);
            measure(id, week(0), baseline);
            measure(id, week(2), baseline - 3 + noise);
            measure(id, week(5), client % 10 == 0 ? baseline : baseline - 6 - noise);
            phase(id, "CLOSING", week(5));
            phase(id, "CLOSED", week(6));
            practice = jdbc.sql("SELECT practice_id FROM treatment WHERE id = ?")
                    .param(id)
                    .query(Long.class)
                    .single();
        }
        assertThat(courses.relearn(practice).get("PHQ9").learned()).isTrue();
        int logged = logged();

        String html = page();

        assertThat(html)
                .contains(
                        "Betrouwbaarheid van het verwachte verloop",
                        "Binnen de band",
                        "(bedoeld: 80%)",
                        "Gesignaleerd (sessie 3–6)",
                        "Niet betrouwbaar verbeterd",
                        "minstens 6 punten",
                        "vals alarm",
                        "<svg",
                        "Wat de cijfers betekenen");
        assertThat(html).doesNotContain("style=\"", "??insight", "??");
        assertThat(logged()).isEqualTo(logged + 1);
        try (BrowserContext context = Browser.context(1280, 1400)) {
            Page browser = context.newPage();
            List<String> violations = new ArrayList<>();
            browser.onConsoleMessage(message -> {
                if (message.text().contains("Content Security Policy")) {
                    violations.add(message.text());
                }
            });
            Browser.signIn(browser, "http://localhost:" + port, "manager");
            browser.navigate("http://localhost:" + port + PAGE);
            assertThat(browser.locator("svg.insight-chart").count()).isGreaterThanOrEqualTo(1);
            Browser.screenshot(browser, "insight-calibration");
            assertThat(violations).isEmpty();
        }
    }

    @Test
    void aTherapistIsRefusedAndAnAnonymousVisitorSignsInFirst() throws Exception {
        int therapist = mvc.perform(get(PAGE).with(user(users.loadUserByUsername("behandelaar"))))
                .andReturn()
                .getResponse()
                .getStatus();
        MvcResult anonymous = mvc.perform(get(PAGE)).andReturn();

        assertThat(therapist).isEqualTo(403);
        assertThat(anonymous.getResponse().getStatus()).isEqualTo(302);
        assertThat(anonymous.getResponse().getRedirectedUrl()).contains("/login");
    }

    private String page() throws Exception {
        MvcResult result = mvc.perform(get(PAGE).with(user(users.loadUserByUsername("manager"))))
                .andReturn();
        assertThat(result.getResponse().getStatus()).isEqualTo(200);
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private int logged() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'INSIGHTS' AND object_id = 'calibration'")
                .query(Integer.class)
                .single();
    }

    private long treatment(int sessions) throws Exception {
        String body = ("{\"clientReference\":\"CALIB-%s\",\"startDate\":\"" + START + "\",\"helpQuestion\":\"vraag\","
                        + "\"expectedSessions\":12,\"closingDiscussedAtStart\":true,\"primaryInstrument\":\"PHQ9\","
                        + "\"goals\":[{\"description\":\"Weer sporten\"}]}")
                .formatted(System.nanoTime());
        MvcResult created = send("/api/v1/treatments", body);
        long id = ((Number) JsonPath.read(created.getResponse().getContentAsString(), "$.id")).longValue();
        for (int session = 0; session < sessions; session++) {
            send(
                    "/api/v1/treatments/" + id + "/sessions",
                    "{\"date\":\"" + week(session) + "\",\"kind\":\"TREATMENT\",\"attended\":true}");
        }
        return id;
    }

    private void measure(long id, LocalDate date, int total) throws Exception {
        send(
                "/api/v1/treatments/" + id + "/measurements",
                "{\"instrument\":\"PHQ9\",\"date\":\"" + date + "\",\"total\":" + total + "}");
    }

    private void phase(long id, String phase, LocalDate date) throws Exception {
        mvc.perform(post("/api/v1/treatments/" + id + "/phase")
                        .header("Authorization", Api.bearer(mvc, "behandelaar"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"phase\":\"" + phase + "\",\"date\":\"" + date + "\"}"))
                .andExpect(status().isOk());
    }

    private MvcResult send(String path, String body) throws Exception {
        return mvc.perform(post(path)
                        .header("Authorization", Api.bearer(mvc, "behandelaar"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn();
    }

    private static LocalDate week(int n) {
        return START.plusWeeks(n);
    }
}
