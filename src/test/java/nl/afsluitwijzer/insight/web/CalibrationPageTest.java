package nl.afsluitwijzer.insight.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import ca.uhn.fhir.context.FhirContext;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nl.afsluitwijzer.measurement.CourseFixtures;
import nl.afsluitwijzer.measurement.ExpectedCourses;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
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

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    FhirContext fhir;

    @Autowired
    UserDetailsService users;

    @Autowired
    ExpectedCourses courses;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aLearnedCourseIsCheckedOnTheClosedTreatmentsAndTheViewIsLogged() throws Exception {
        Long practice = new CourseFixtures(mvc, fhir, jdbc).closedPractice(true);
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
}
