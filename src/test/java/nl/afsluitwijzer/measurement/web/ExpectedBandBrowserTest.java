package nl.afsluitwijzer.measurement.web;

import static nl.afsluitwijzer.measurement.CourseFixtures.week;
import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Paths;
import nl.afsluitwijzer.measurement.CourseFixtures;
import nl.afsluitwijzer.measurement.ExpectedCourses;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The treatment page of a client who stays where they started while comparable clients of the practice improved:
 * the chart draws the learned expected course and its band behind the scores, with the legend in plain Dutch, and
 * the signal "Niet op koers" explains itself in numbers.
 */
@IntegrationTest
class ExpectedBandBrowserTest {

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    FhirContext fhir;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ExpectedCourses courses;

    @Test
    void theChartShowsTheLearnedBandBehindAClientWhoIsNotOnTrack() throws Exception {
        CourseFixtures practice = new CourseFixtures(mvc, fhir, jdbc);
        courses.relearn(practice.closedPractice(false));
        long stuck = practice.open(5);
        practice.measure(stuck, week(0), 20);
        practice.measure(stuck, week(2), 21);
        practice.measure(stuck, week(4), 20);

        String base = "http://localhost:" + port;
        try (BrowserContext context = Browser.context(1280, 900)) {
            Page page = context.newPage();
            Browser.signIn(page, base, "behandelaar");
            page.navigate(base + "/behandelingen/" + stuck);
            Locator panel = page.locator("#metingen");
            String chart = panel.locator("figure.chart svg").first().innerHTML();
            assertThat(chart).contains("Verwacht verloop bij vergelijkbare cliënten in deze praktijk");
            assertThat(chart).doesNotContain("Standaardverloop");
            assertThat(page.content()).contains("Niet op koers", "Verwacht rond 15", "nu 20");
            panel.locator("figure.chart")
                    .first()
                    .screenshot(new Locator.ScreenshotOptions()
                            .setPath(Paths.get("target", "screenshots", "measurement-7-expected-band.png")));
            Browser.screenshot(page, "measurement-8-not-on-track-page");
        }
    }
}
