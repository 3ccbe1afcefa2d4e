package nl.afsluitwijzer.measurement;

import static nl.afsluitwijzer.measurement.ChartExamples.CHART;
import static nl.afsluitwijzer.measurement.ChartExamples.DUTCH;
import static nl.afsluitwijzer.measurement.ChartExamples.instrument;
import static nl.afsluitwijzer.measurement.ChartExamples.score;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The sentence that tells a screen-reader user what a chart shows. */
class ChartTextAlternativeTest {

    @Test
    void listsTheTotalsTheCutoffTheChangeAndTheOutcome() {
        assertThat(CHART.textAlternative(ChartExamples.phq9(DUTCH)))
                .isEqualTo(
                        "PHQ-9 (depressie): 18 op 5-1-2026, 15 op 2-2-2026, 11 op 9-3-2026, 8 op 6-4-2026, 6 op 4-5-2026. "
                                + "Afkapwaarde 10. 12 punten beter dan de eerste meting (betrouwbaar vanaf 6). Uitkomst: hersteld.");
    }

    @Test
    void isInEnglishForAnEnglishReader() {
        assertThat(CHART.textAlternative(ChartExamples.phq9(Locale.ENGLISH)))
                .isEqualTo("PHQ-9 (depression): 18 on 2026-01-05, 15 on 2026-02-02, 11 on 2026-03-09, 8 on 2026-04-06, "
                        + "6 on 2026-05-04. Cut-off 10. 12 points better than the first measurement (reliable from 6). "
                        + "Outcome: recovered.");
    }

    @Test
    void saysSoWhenTheClientGotWorse() {
        ProgressChartData data = new ProgressChartData(
                instrument("GAD7"), List.of(score("2026-01-05", 7), score("2026-03-02", 13)), List.of(), DUTCH);

        assertThat(CHART.textAlternative(data))
                .endsWith("Afkapwaarde 8. 6 punten slechter dan de eerste meting (betrouwbaar vanaf 4). "
                        + "Uitkomst: betrouwbaar verslechterd.");
    }

    @Test
    void countsOnePointInTheSingular() {
        ProgressChartData data = new ProgressChartData(
                instrument("PHQ9"), List.of(score("2026-01-05", 12), score("2026-02-02", 11)), List.of(), DUTCH);

        assertThat(CHART.textAlternative(data))
                .endsWith("1 punt beter dan de eerste meting (betrouwbaar vanaf 6). Uitkomst: onveranderd.");
    }

    @Test
    void saysWhenTheLatestEqualsTheFirst() {
        ProgressChartData data = new ProgressChartData(
                instrument("PHQ9"), List.of(score("2026-01-05", 12), score("2026-02-02", 12)), List.of(), DUTCH);

        assertThat(CHART.textAlternative(data)).endsWith("Gelijk aan de eerste meting. Uitkomst: onveranderd.");
    }

    @Test
    void aSingleMeasurementHasNoChangeYet() {
        ProgressChartData data =
                new ProgressChartData(instrument("PHQ9"), List.of(score("2026-01-05", 14)), List.of(), DUTCH);

        assertThat(CHART.textAlternative(data)).isEqualTo("PHQ-9 (depressie): 14 op 5-1-2026. Afkapwaarde 10.");
    }

    @Test
    void saysThereAreNoMeasurementsYet() {
        ProgressChartData data = new ProgressChartData(instrument("GAD7"), List.of(), List.of(), Locale.ENGLISH);

        assertThat(CHART.textAlternative(data)).isEqualTo("GAD-7 (anxiety): no measurements yet.");
    }

    @Test
    void namesTheGoalAndLeavesOutTheCutoffAGoalDoesNotHave() {
        GoalChartData goal = ChartExamples.goal("Weer fietsen naar het werk", 2, 6);

        assertThat(CHART.textAlternative(goal))
                .isEqualTo("Doel \u201CWeer fietsen naar het werk\u201D: 2 op 5-1-2026, "
                        + "6 op 2-2-2026. 4 punten beter dan de eerste meting (betrouwbaar vanaf 3). "
                        + "Uitkomst: betrouwbaar verbeterd.");
    }
}
