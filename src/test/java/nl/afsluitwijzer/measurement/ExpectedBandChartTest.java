package nl.afsluitwijzer.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.afsluitwijzer.measurement.internal.FittedCourse;
import org.junit.jupiter.api.Test;

/** The expected course and its band behind the totals, with a legend that says whose course it is. */
class ExpectedBandChartTest {

    private static final Instrument PHQ9 = ChartExamples.instrument("PHQ9");
    private static final List<LocalDate> SESSIONS = ChartExamples.weekly("2026-01-05", 10, 0);
    private static final List<DatedScore> OFF_TRACK = List.of(
            ChartExamples.score("2026-01-05", 20),
            ChartExamples.score("2026-01-26", 19),
            ChartExamples.score("2026-02-16", 20),
            ChartExamples.score("2026-03-09", 19));

    @Test
    void aLearnedCourseIsDrawnWithThePracticesLegend() throws Exception {
        ExpectedCourse course = new ExpectedCourse(PHQ9, new FittedCourse(1.5, 0.8, -1.2, -0.3, 2.5, 400), 64, null);
        String svg = render(course, ChartExamples.DUTCH);

        assertThat(svg).contains("Verwacht verloop bij vergelijkbare cli").doesNotContain("Standaardverloop");
        Files.createDirectories(Path.of("target/charts"));
        Files.writeString(Path.of("target/charts/phq9-expected-course.svg"), svg);
    }

    @Test
    void theDefaultCurveSaysItIsTheDefault() {
        String svg = render(ExpectedCourse.defaultFor(PHQ9, 3, null), ChartExamples.DUTCH);

        assertThat(svg).contains("Standaardverloop").doesNotContain("Verwacht verloop bij");
        assertThat(render(ExpectedCourse.defaultFor(PHQ9, 3, null), Locale.ENGLISH))
                .contains("Standard course");
    }

    @Test
    void withoutAnExpectedCourseThereIsNoSuchLegend() {
        String svg = ChartExamples.CHART.render(new ProgressChartData(PHQ9, OFF_TRACK, SESSIONS, ChartExamples.DUTCH));

        assertThat(svg).doesNotContain("Verwacht verloop").doesNotContain("Standaardverloop");
    }

    private static String render(ExpectedCourse course, Locale locale) {
        ExpectedPath path = course.path(OFF_TRACK.get(0), SESSIONS).orElseThrow();
        return ChartExamples.CHART.render(new ProgressChartData(PHQ9, OFF_TRACK, SESSIONS, locale, path));
    }
}
