package nl.afsluitwijzer.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * The pages forbid style attributes (Content Security Policy style-src 'self'), so a chart that used them would
 * draw black; it draws with SVG presentation attributes instead.
 */
class ChartContentSecurityTest {

    @Test
    void chartsHaveNoStyleAttributesOnlyPresentationAttributes() {
        String progress = ChartExamples.CHART.render(ChartExamples.phq9(ChartExamples.DUTCH));
        String goal = ChartExamples.CHART.renderGoalChart(ChartExamples.goal("Weer sporten", 2, 5, 7));
        for (String svg : new String[] {progress, goal}) {
            assertThat(svg).doesNotContain("style=").doesNotContain("<style").doesNotContain("<script");
            assertThat(svg).contains("fill='rgb(255,255,255)'").contains("font-family='sans-serif'");
        }
    }
}
