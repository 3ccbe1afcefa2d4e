package nl.afsluitwijzer.measurement;

import static nl.afsluitwijzer.measurement.CourseFixtures.week;
import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The expected course learned from closed treatments entered through the API (as an EHR sends them, by the FHIR
 * import), and NOT_ON_TRACK on an open one
 * that stays where it started while comparable clients improved.
 */
@IntegrationTest
class ExpectedCourseLearningTest {

    @Autowired
    FhirContext fhir;

    @Autowired
    MockMvc mvc;

    @Autowired
    ExpectedCourses courses;

    @Autowired
    JdbcClient jdbc;

    @Test
    void learnsFromClosedTreatmentsAndFlagsAnOpenOneThatIsNotOnTrack() throws Exception {
        CourseFixtures practice = new CourseFixtures(mvc, fhir, jdbc);

        ExpectedCourse phq9 = courses.relearn(practice.closedPractice(false)).get("PHQ9");

        assertThat(phq9.learned()).isTrue();
        assertThat(phq9.treatments()).isGreaterThanOrEqualTo(ExpectedCourse.MINIMUM_TREATMENTS);
        assertThat(phq9.computedAt()).isNotNull();
        assertThat(phq9.at(20, 4).expected()).isBetween(14.0, 19.0);

        long stuck = practice.open(4);
        practice.measure(stuck, week(0), 20);
        practice.measure(stuck, week(3), 20);
        long onCourse = practice.open(4);
        practice.measure(onCourse, week(0), 20);
        practice.measure(onCourse, week(3), 16);

        assertThat(practice.signalCodes(stuck, week(3))).contains("NOT_ON_TRACK");
        assertThat(practice.signalCodes(onCourse, week(3))).doesNotContain("NOT_ON_TRACK");
        assertThat(practice.signalCodes(stuck, week(2).minusDays(1))).doesNotContain("NOT_ON_TRACK");
    }
}
