package nl.afsluitwijzer.measurement;

import static nl.afsluitwijzer.measurement.ChartExamples.CHART;
import static nl.afsluitwijzer.measurement.ChartExamples.DUTCH;
import static nl.afsluitwijzer.measurement.ChartExamples.instrument;
import static nl.afsluitwijzer.measurement.ChartExamples.score;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;

/** The progress chart of one instrument, read back as XML. */
class ProgressChartTest {

    private static final ProgressChartData PHQ9 = ChartExamples.phq9(DUTCH);
    private static final SvgChart CHART_PHQ9 = SvgChart.parse(CHART.render(PHQ9));

    @Test
    void isAnSvgElementWithWholeNumberWidthAndHeight() {
        Element root = CHART_PHQ9.root();

        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("width")).isEqualTo("640");
        assertThat(root.getAttribute("height")).isEqualTo("360");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 640 360");
    }

    @Test
    void hasATitleAndADescriptionForScreenReaders() {
        Element root = CHART_PHQ9.root();

        assertThat(CHART_PHQ9.rootChild("title")).isEqualTo("Verloop PHQ-9 (depressie)");
        assertThat(CHART_PHQ9.rootChild("desc")).isEqualTo(CHART.textAlternative(PHQ9));
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby"))
                .isEqualTo(root.getAttribute("id") + "-title " + root.getAttribute("id") + "-desc");
    }

    @Test
    void drawsOneMarkerPerMeasurementTitledWithItsTotalAndDate() {
        assertThat(CHART_PHQ9.groupTitles(ScoreRenderer.MARKER_CLASS))
                .containsExactly(
                        "18 op 5-1-2026", "15 op 2-2-2026", "11 op 9-3-2026", "8 op 6-4-2026", "6 op 4-5-2026");
    }

    @Test
    void drawsATickPerSession() {
        assertThat(CHART_PHQ9.groups(SessionTick.CLASS)).hasSize(18);
        assertThat(CHART_PHQ9.groupTitles(SessionTick.CLASS)).startsWith("Sessie op 5-1-2026", "Sessie op 12-1-2026");
    }

    @Test
    void labelsTheCutoffLineTheBandsAndTheDirectionOfImprovement() {
        assertThat(CHART_PHQ9.texts())
                .contains(
                        "Afkapwaarde 10",
                        "Totaalscore (lager is beter)",
                        "Minimaal",
                        "Licht",
                        "Matig",
                        "Matig-ernstig",
                        "Ernstig",
                        "PHQ-9 (depressie)");
    }

    @Test
    void explainsTheMarksInALegend() {
        assertThat(CHART_PHQ9.texts())
                .contains("Meting", "Sessie", "Geen betrouwbare verandering (eerste meting \u00B1 6)");
    }

    @Test
    void writesDatesDayMonthYearInDutchAndIsoInEnglish() {
        SvgChart english = SvgChart.parse(CHART.render(ChartExamples.phq9(Locale.ENGLISH)));

        assertThat(CHART_PHQ9.texts()).contains("1-2-2026", "1-3-2026");
        assertThat(english.texts())
                .contains(
                        "2026-02-01",
                        "2026-03-01",
                        "Cut-off 10",
                        "Total score (lower is better)",
                        "Moderately severe",
                        "Measurement");
        assertThat(english.rootChild("title")).isEqualTo("Progress on PHQ-9 (depression)");
    }

    @Test
    void containsNoScriptsHandlersOrReferencesOutsideItself() {
        assertThat(CHART_PHQ9.elements("script")).isEmpty();
        assertThat(CHART_PHQ9.elements("image")).isEmpty();
        assertThat(CHART_PHQ9.elements("foreignObject")).isEmpty();
        for (Element element : CHART_PHQ9.elements("*")) {
            NamedNodeMap attributes = element.getAttributes();
            for (int index = 0; index < attributes.getLength(); index++) {
                Attr attribute = (Attr) attributes.item(index);
                if (attribute.getName().startsWith("xmlns")) {
                    continue;
                }
                assertThat(attribute.getName()).doesNotStartWith("on").doesNotContain("href");
                assertThat(attribute.getValue().replace("url(#", ""))
                        .doesNotContain("url(")
                        .doesNotContain("//");
            }
        }
    }

    @Test
    void givesTheSameTextForTheSameInput() {
        ProgressChart another = new ProgressChart(ChartExamples.messages());

        assertThat(another.render(ChartExamples.phq9(DUTCH))).isEqualTo(CHART_PHQ9.svg());
    }

    @Test
    void givesDifferentChartsDifferentIdsSoThatTheyCanShareAPage() {
        ProgressChartData other =
                new ProgressChartData(instrument("PHQ9"), List.of(score("2026-01-05", 18)), List.of(), DUTCH);
        SvgChart chart = SvgChart.parse(CHART.render(other));

        assertThat(chart.root().getAttribute("id"))
                .startsWith("aw-progress-")
                .isNotEqualTo(CHART_PHQ9.root().getAttribute("id"));
        assertThat(chart.elements("clipPath"))
                .allSatisfy(clip -> assertThat(clip.getAttribute("id"))
                        .startsWith(chart.root().getAttribute("id") + "-"));
    }

    @Test
    void withoutMeasurementsShowsTheFrameAndSaysThereAreNoneYet() {
        SvgChart empty =
                SvgChart.parse(CHART.render(new ProgressChartData(instrument("PHQ9"), List.of(), List.of(), DUTCH)));

        assertThat(empty.groups(ScoreRenderer.MARKER_CLASS)).isEmpty();
        assertThat(empty.texts())
                .contains("Nog geen metingen", "Afkapwaarde 10", "Ernstig")
                .doesNotContain("Meting");
        assertThat(empty.rootChild("desc")).isEqualTo("PHQ-9 (depressie): nog geen metingen.");
        assertThat(empty.root().getAttribute("width")).isEqualTo("640");
    }

    @Test
    void withSessionsButNoMeasurementsStillShowsTheSessions() {
        SvgChart chart = SvgChart.parse(CHART.render(
                new ProgressChartData(instrument("GAD7"), List.of(), ChartExamples.weekly("2026-01-05", 3, 0), DUTCH)));

        assertThat(chart.groups(SessionTick.CLASS)).hasSize(3);
        assertThat(chart.texts()).contains("Nog geen metingen", "Sessie");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedInstruments")
    void drawsEveryShippedInstrumentFromItsLowestToItsHighestTotal(String code) {
        Instrument instrument = instrument(code);
        ProgressChartData data = new ProgressChartData(
                instrument,
                List.of(
                        score("2026-01-05", instrument.max()),
                        score("2026-01-05", instrument.min()),
                        score("2026-02-05", instrument.max())),
                List.of(java.time.LocalDate.parse("2026-01-12")),
                DUTCH);

        SvgChart chart = SvgChart.parse(CHART.render(data));

        assertThat(chart.groups(ScoreRenderer.MARKER_CLASS)).hasSize(3);
        assertThat(chart.texts()).contains(instrument.name().nl());
        assertThat(chart.texts())
                .containsAll(instrument.bands().stream()
                        .map(band -> band.label().nl())
                        .toList());
    }

    @Test
    void refusesATotalTheInstrumentCannotHave() {
        assertThatThrownBy(() ->
                        new ProgressChartData(instrument("PHQ9"), List.of(score("2026-01-05", 28)), List.of(), DUTCH))
                .isInstanceOf(InvalidAnswersException.class)
                .hasMessageContaining("28");
    }

    @Test
    void putsMeasurementsAndSessionsInDateOrder() {
        ProgressChartData data = new ProgressChartData(
                instrument("PHQ9"),
                List.of(score("2026-03-01", 9), score("2026-01-05", 18)),
                List.of(
                        java.time.LocalDate.parse("2026-02-01"),
                        java.time.LocalDate.parse("2026-01-05"),
                        java.time.LocalDate.parse("2026-02-01")),
                DUTCH);

        assertThat(data.measurements()).extracting(DatedScore::total).containsExactly(18, 9);
        assertThat(data.sessionDates()).extracting(Object::toString).containsExactly("2026-01-05", "2026-02-01");
    }

    static Stream<String> shippedInstruments() {
        return ShippedInstrumentsTest.CATALOG.all().stream().map(Instrument::code);
    }
}
