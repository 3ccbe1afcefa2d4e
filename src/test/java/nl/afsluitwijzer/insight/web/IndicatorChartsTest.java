package nl.afsluitwijzer.insight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import nl.afsluitwijzer.insight.internal.ParetoBar;
import nl.afsluitwijzer.insight.internal.Rate;
import org.junit.jupiter.api.Test;

/** The indicator charts as the pages and the Norm 1 report show them: labelled, with titled bars, without styles. */
class IndicatorChartsTest {

    private static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    private static final SortedMap<Integer, Integer> SESSIONS = new TreeMap<>(Map.of(3, 2, 5, 4, 8, 1));

    @Test
    void theHistogramHasATitledLinkedBarPerNumberOfSessionsThatOccurs() {
        String svg = IndicatorCharts.histogram(
                SESSIONS,
                "Sessies per afgesloten behandeling",
                this::tooltip,
                n -> "/inzicht/behandelingen?n=" + n,
                "Leeg");

        assertThat(svg)
                .startsWith("<svg")
                .contains(
                        "class=\"insight-chart\"",
                        "role=\"group\"",
                        "aria-label=\"Sessies per afgesloten behandeling\"")
                .contains("<title>Sessies per afgesloten behandeling</title>")
                .contains("<a href='/inzicht/behandelingen?n=3' aria-label='3 sessies: 2 behandelingen'>"
                        + "<title>3 sessies: 2 behandelingen</title><rect")
                .contains("<title>5 sessies: 4 behandelingen</title>", "<title>8 sessies: 1 behandelingen</title>")
                .doesNotContain("sessies: 0 behandelingen", " style=", "Leeg");
        assertThat(count(svg, "<a href=")).isEqualTo(3);
        assertThat(svg)
                .as("every number of sessions up to the highest is written under the axis")
                .contains(">1<", ">7<", ">8<");
    }

    @Test
    void inAPdfTheHistogramHasNoLinksAndIsAnImage() {
        String svg = IndicatorCharts.histogram(SESSIONS, "Sessies", this::tooltip, n -> null, "Leeg");

        assertThat(svg)
                .contains("role=\"img\"", "<title>3 sessies: 2 behandelingen</title><rect")
                .doesNotContain("<a ");
    }

    @Test
    void aLongHistogramWritesEveryFifthNumber() {
        SortedMap<Integer, Integer> counts = new TreeMap<>(Map.of(1, 1, 40, 1));

        String svg = IndicatorCharts.histogram(counts, "Sessies", this::tooltip, n -> null, "Leeg");

        assertThat(svg).contains(">5<", ">40<").doesNotContain(">4<", ">39<");
    }

    @Test
    void anEmptyHistogramSaysSoAndHasNoBars() {
        String svg = IndicatorCharts.histogram(new TreeMap<>(), "Sessies", this::tooltip, n -> null, "Geen gegevens.");

        assertThat(svg).contains("aria-label=\"Sessies\"", ">Geen gegevens.<").doesNotContain(" style=");
        assertThat(count(svg, "<title>")).as("the chart's title only").isEqualTo(1);
    }

    @Test
    void theParetoChartHasABarPerReasonWithItsNameAndTheCumulativeShare() {
        List<ParetoBar> bars = List.of(
                new ParetoBar("NO_SESSION_MAXIMUM", 6, 60),
                new ParetoBar("LOYALTY", 3, 90),
                new ParetoBar("OTHER", 1, 100));
        Map<String, String> names = Map.of(
                "NO_SESSION_MAXIMUM", "Geen maximum aantal gesprekken meer (zorgprestatiemodel)",
                "LOYALTY", "Loyaliteit",
                "OTHER", "Een andere reden");

        String svg = IndicatorCharts.pareto(bars, names, "Verlengingen per reden (Pareto)", "Leeg");

        assertThat(svg)
                .contains("role=\"img\"", "aria-label=\"Verlengingen per reden (Pareto)\"")
                .contains("<title>Geen maximum aantal gesprekken meer (zorgprestatiemodel): 6</title>")
                .contains("<title>Loyaliteit: 3</title>", "<title>Een andere reden: 1</title>")
                .as("each reason is written beside its bar")
                .contains(">Loyaliteit<", ">Een andere reden<", ">Geen maximum aantal ")
                .contains(">100%<", ">0%<")
                .doesNotContain(" style=");
    }

    @Test
    void theOutcomeChartHasABarPerOutcomeWithItsShareAndCount() {
        Map<String, Rate> outcomes = new LinkedHashMap<>();
        outcomes.put("RECOVERED", new Rate(3, 8));
        outcomes.put("NO_PAIR", new Rate(0, 8));
        Map<String, String> names = Map.of("RECOVERED", "Hersteld", "NO_PAIR", "Geen voor- en nameting");

        String svg = IndicatorCharts.outcomes(outcomes, names, "Uitkomst", DUTCH);

        assertThat(svg)
                .contains(
                        "aria-label=\"Uitkomst\"",
                        "<title>Hersteld: 3/8</title>",
                        "<title>Geen voor- en nameting: 0/8</title>")
                .contains(">37,5% (3)<", ">0,0% (0)<", ">Hersteld<", ">Geen voor- en nameting<")
                .doesNotContain(" style=");
    }

    private String tooltip(int sessions) {
        return sessions + " sessies: " + SESSIONS.getOrDefault(sessions, 0) + " behandelingen";
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
