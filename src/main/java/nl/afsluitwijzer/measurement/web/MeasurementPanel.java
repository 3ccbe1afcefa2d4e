package nl.afsluitwijzer.measurement.web;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import nl.afsluitwijzer.measurement.ExpectedCourses;
import nl.afsluitwijzer.measurement.ExpectedPath;
import nl.afsluitwijzer.measurement.Instrument;
import nl.afsluitwijzer.measurement.InstrumentCatalog;
import nl.afsluitwijzer.measurement.MeasurementHistory;
import nl.afsluitwijzer.measurement.MeasurementRecord;
import nl.afsluitwijzer.measurement.Measurements;
import nl.afsluitwijzer.measurement.ProgressChart;
import nl.afsluitwijzer.measurement.ProgressChartData;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.treatment.Goal;
import nl.afsluitwijzer.treatment.GoalStatus;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentPagePanel;
import nl.afsluitwijzer.treatment.TreatmentSession;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The measurements of a treatment on its page: the progress on the primary instrument with the sessions as
 * ticks, the outcome so far, the goal charts, every measurement in a table, and the way to enter the next one.
 */
@Component
class MeasurementPanel implements TreatmentPagePanel {

    private final Measurements measurements;
    private final InstrumentCatalog catalog;
    private final ProgressChart charts;
    private final PanelTexts texts;
    private final ExpectedCourses courses;

    MeasurementPanel(
            Measurements measurements,
            InstrumentCatalog catalog,
            ProgressChart charts,
            PanelTexts texts,
            ExpectedCourses courses) {
        this.courses = courses;
        this.measurements = measurements;
        this.catalog = catalog;
        this.charts = charts;
        this.texts = texts;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Column column() {
        return Column.MAIN;
    }

    @Override
    public Optional<Fragment> render(TreatmentFile file) {
        Locale locale = LocaleContextHolder.getLocale();
        MeasurementHistory history = measurements.historyOf(CurrentUser.require(), file.id());
        Instrument primary = history.primary();
        ProgressChartData data = primary == null || history.primarySeries().isEmpty()
                ? null
                : new ProgressChartData(
                        primary, history.primaryScores(), sessionDates(file), locale, expected(file, primary, history));
        PanelView view = new PanelView(
                file.treatment().getPhase().isOpen(),
                file.goals().stream().anyMatch(g -> g.getStatus() == GoalStatus.ACTIVE),
                primary == null ? null : primary.name().in(locale),
                data == null ? null : charts.render(data),
                data == null ? null : charts.textAlternative(data),
                texts.outcome(history, locale),
                texts.baselineOnly(history, locale),
                texts.goalCharts(history, file.goals(), locale),
                rows(history, file.goals(), locale));
        return Optional.of(new Fragment("measurement/panel", "panel", Map.of("measurements", view)));
    }

    /** The practice's expected course from the baseline, at the sessions that count (docs/expected-course.md). */
    private @Nullable ExpectedPath expected(TreatmentFile file, Instrument primary, MeasurementHistory history) {
        List<LocalDate> counted = file.sessions().stream()
                .filter(TreatmentSession::counts)
                .map(TreatmentSession::getSessionDate)
                .toList();
        return courses.of(file.treatment().getPracticeId(), primary.code())
                .flatMap(course -> course.path(history.primaryScores().get(0), counted))
                .orElse(null);
    }

    private static List<LocalDate> sessionDates(TreatmentFile file) {
        return file.sessions().stream()
                .filter(TreatmentSession::isAttended)
                .map(TreatmentSession::getSessionDate)
                .toList();
    }

    /** Newest first. */
    private List<PanelView.Row> rows(MeasurementHistory history, List<Goal> goals, Locale locale) {
        return history.measurements().stream()
                .sorted(Comparator.comparing(MeasurementRecord::date).reversed())
                .map(m -> row(m, goals, locale))
                .toList();
    }

    private PanelView.Row row(MeasurementRecord m, List<Goal> goals, Locale locale) {
        Instrument instrument = catalog.find(m.instrument()).orElse(null);
        String name = instrument == null ? m.instrument() : instrument.name().in(locale);
        String band = instrument == null
                ? m.band()
                : instrument.bands().stream()
                        .filter(b -> b.code().equals(m.band()))
                        .map(b -> b.label().in(locale))
                        .findFirst()
                        .orElse(m.band());
        return new PanelView.Row(m.date(), name, goalText(m.goalId(), goals), m.total(), band, m.source());
    }

    static @Nullable String goalText(@Nullable Long goalId, List<Goal> goals) {
        return goalId == null
                ? null
                : goals.stream()
                        .filter(g -> goalId.equals(g.getId()))
                        .map(Goal::getDescription)
                        .findFirst()
                        .orElse(null);
    }
}
