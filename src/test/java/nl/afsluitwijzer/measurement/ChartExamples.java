package nl.afsluitwijzer.measurement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;

/** A chart as the application draws it, with the module's own bundle, and example treatments to draw. */
final class ChartExamples {

    static final Locale DUTCH = Locale.forLanguageTag("nl-NL");
    static final ProgressChart CHART = new ProgressChart(messages());

    private ChartExamples() {}

    /** Configured like the application's message source: UTF-8, Dutch when no bundle matches. */
    static MessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("messages/measurement");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static Instrument instrument(String code) {
        return ShippedInstrumentsTest.CATALOG.get(code);
    }

    /** A depression treatment of four months: weekly sessions with a two-week break, measured every four sessions. */
    static ProgressChartData phq9(Locale locale) {
        List<DatedScore> scores = List.of(
                score("2026-01-05", 18),
                score("2026-02-02", 15),
                score("2026-03-09", 11),
                score("2026-04-06", 8),
                score("2026-05-04", 6));
        return new ProgressChartData(instrument("PHQ9"), scores, weekly("2026-01-05", 18, 8), locale);
    }

    static GoalChartData goal(String goal, int... ratings) {
        List<DatedScore> scores = new ArrayList<>();
        for (int index = 0; index < ratings.length; index++) {
            scores.add(new DatedScore(LocalDate.parse("2026-01-05").plusWeeks(4L * index), ratings[index]));
        }
        return new GoalChartData(instrument("GBO"), goal, scores, DUTCH);
    }

    static DatedScore score(String date, int total) {
        return new DatedScore(LocalDate.parse(date), total);
    }

    /** Weekly sessions from the first date, skipping one week after the given session number. */
    static List<LocalDate> weekly(String first, int sessions, int breakAfter) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate date = LocalDate.parse(first);
        for (int session = 1; session <= sessions; session++) {
            dates.add(date);
            date = date.plusWeeks(session == breakAfter ? 2 : 1);
        }
        return dates;
    }
}
