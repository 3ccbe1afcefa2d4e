package nl.afsluitwijzer.measurement;

import static nl.afsluitwijzer.measurement.ChartExamples.CHART;
import static nl.afsluitwijzer.measurement.ChartExamples.DUTCH;
import static nl.afsluitwijzer.measurement.ChartExamples.instrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The small chart of one treatment goal, rated on GBO. */
class GoalChartTest {

    @Test
    void isASmallChartTitledWithTheGoalWithOneMarkerPerRating() {
        GoalChartData goal = ChartExamples.goal("Weer fietsen naar het werk", 2, 4, 7);
        SvgChart chart = SvgChart.parse(CHART.renderGoalChart(goal));

        assertThat(chart.root().getAttribute("width")).isEqualTo("320");
        assertThat(chart.root().getAttribute("height")).isEqualTo("200");
        assertThat(chart.root().getAttribute("id")).startsWith("aw-goal-");
        assertThat(chart.rootChild("title")).isEqualTo("Doel \u201CWeer fietsen naar het werk\u201D");
        assertThat(chart.rootChild("desc")).isEqualTo(CHART.textAlternative(goal));
        assertThat(chart.groups(ScoreRenderer.MARKER_CLASS)).hasSize(3);
        assertThat(chart.texts()).contains("Weer fietsen naar het werk", "Score (hoger is beter)");
    }

    @Test
    void escapesTheGoalTextBecauseTheClientWroteIt() {
        String goal = "<script>alert('x')</script> & \"meer\" <b>rust</b>";
        String svg = CHART.renderGoalChart(ChartExamples.goal(goal, 3, 5));
        SvgChart chart = SvgChart.parse(svg);

        assertThat(chart.elements("script")).isEmpty();
        assertThat(chart.elements("b")).isEmpty();
        assertThat(svg).doesNotContain("<script").doesNotContain("<b>");
        assertThat(chart.rootChild("title")).contains(goal);
        assertThat(chart.rootChild("desc")).contains(goal);
        assertThat(String.join(" ", chart.texts())).contains("<script>");
    }

    @Test
    void leavesOutControlCharactersThatXmlCannotHold() {
        GoalChartData goal = new GoalChartData(instrument("GBO"), "Rust\u0000 vinden\n\tna het werk", List.of(), DUTCH);

        assertThat(goal.goal()).isEqualTo("Rust vinden na het werk");
        assertThat(SvgChart.parse(CHART.renderGoalChart(goal)).texts()).contains("Nog geen metingen");
    }

    @Test
    void refusesAnInstrumentThatDoesNotRateGoals() {
        assertThatThrownBy(() -> new GoalChartData(instrument("PHQ9"), "Beter slapen", List.of(), DUTCH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("PHQ9");
    }

    @Test
    void givesEveryGoalItsOwnIds() {
        String first = SvgChart.parse(CHART.renderGoalChart(ChartExamples.goal("Beter slapen", 3)))
                .root()
                .getAttribute("id");
        String second = SvgChart.parse(CHART.renderGoalChart(ChartExamples.goal("Weer sporten", 3)))
                .root()
                .getAttribute("id");

        assertThat(first).isNotEqualTo(second);
    }
}
