package nl.afsluitwijzer.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.insight.internal.IndicatorReport;
import nl.afsluitwijzer.insight.internal.Indicators;
import nl.afsluitwijzer.insight.internal.OpenSignal;
import nl.afsluitwijzer.insight.internal.Period;
import nl.afsluitwijzer.insight.internal.QuarterTrend;
import nl.afsluitwijzer.insight.internal.TreatmentExtension;
import nl.afsluitwijzer.insight.internal.TreatmentFacts;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.Treatments;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's figures: reads what the period needs (see {@link IndicatorLoader}: the treatments that had their
 * intake, start or end in it, the extensions dated in it, the open signals on its last day), computes with the pure
 * {@link IndicatorCalculator} and logs who looked at or exported the figures (object type INSIGHTS).
 */
@Service
@Transactional(readOnly = true)
public class Insights {

    public static final String OBJECT = "INSIGHTS";

    private final IndicatorCalculator calculator = new IndicatorCalculator();
    private final Treatments treatments;
    private final IndicatorLoader loader;
    private final AuditLog audit;

    Insights(Treatments treatments, IndicatorLoader loader, AuditLog audit) {
        this.treatments = treatments;
        this.loader = loader;
        this.audit = audit;
    }

    /** The figures of a period, per therapist as well when for the whole practice; logged as a view. */
    @Transactional
    public IndicatorReport report(CurrentUser user, Period period, @Nullable Long therapist) {
        return report(user, period, therapist, AuditAction.VIEW);
    }

    /** The same, logged as an export (CSV, API). */
    @Transactional
    public IndicatorReport export(CurrentUser user, Period period, @Nullable Long therapist) {
        return report(user, period, therapist, AuditAction.EXPORT);
    }

    /**
     * The treatments behind a figure of the period (for one therapist, or the practice), with their files, in the
     * order of the figure; logged as a view of the figures.
     */
    @Transactional
    public List<TreatmentFile> behind(CurrentUser user, Period period, @Nullable Long therapist, String figure) {
        Long practiceId = requireManager(user);
        Indicators indicators = calculator.calculate(
                loader.steppedIn(practiceId, period).facts(),
                loader.extensionsIn(practiceId, period),
                loader.openSignals(user, period.to()),
                period,
                therapist);
        audit.record(AuditEvent.of(AuditAction.VIEW, OBJECT, period.from() + "/" + period.to()));
        List<Long> ids = indicators.behind(figure);
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, TreatmentFile> files =
                treatments.visibleFilesOpenBetween(user, period.from(), period.to(), therapist).files().stream()
                        .collect(Collectors.toMap(TreatmentFile::id, Function.identity()));
        return ids.stream().map(files::get).filter(Objects::nonNull).toList();
    }

    /** This month up to today and the whole previous month, for the dashboard. */
    @Transactional
    public List<Indicators> thisAndPreviousMonth(CurrentUser user, LocalDate today) {
        Long practiceId = requireManager(user);
        Period now = new Period(YearMonth.from(today).atDay(1), today);
        Period before = Period.of(YearMonth.from(today).minusMonths(1));
        Period both = new Period(before.from(), now.to());
        List<TreatmentFacts> facts = loader.steppedIn(practiceId, both).facts();
        List<TreatmentExtension> extensions = loader.extensionsIn(practiceId, both);
        audit.record(AuditEvent.of(AuditAction.VIEW, OBJECT, now.from() + "/" + now.to()));
        return List.of(
                calculator.calculate(facts, extensions, loader.openSignals(user, now.to()), now, null),
                calculator.calculate(facts, extensions, loader.openSignals(user, before.to()), before, null));
    }

    /**
     * Everything the capacity estimate needs, for the whole practice (each treatment's own values and counted
     * sessions; no scores, evaluations or closings); logged as a view.
     */
    @Transactional
    public List<TreatmentFacts> practiceFacts(CurrentUser user) {
        List<TreatmentFacts> facts = loader.sessionsOfPractice(requireManager(user));
        audit.record(AuditEvent.of(AuditAction.VIEW, OBJECT, "capacity"));
        return facts;
    }

    /** For the Norm 1 report, which logs its own PRINT: the figures of the period and the key figures per quarter. */
    @Transactional
    Norm1Figures norm1Figures(CurrentUser user, Period period) {
        Figures figures = figures(user, requireManager(user), period);
        List<QuarterTrend> quarters = QuarterTrend.quartersOf(period).stream()
                .map(quarter -> QuarterTrend.of(
                        quarter, calculator.calculate(figures.facts(), figures.extensions(), List.of(), quarter, null)))
                .toList();
        return new Norm1Figures(report(figures, period, null), quarters);
    }

    private IndicatorReport report(CurrentUser user, Period period, @Nullable Long therapist, AuditAction action) {
        IndicatorReport report = report(figures(user, requireManager(user), period), period, therapist);
        audit.record(AuditEvent.of(action, OBJECT, period.from() + "/" + period.to()));
        return report;
    }

    private Figures figures(CurrentUser user, Long practiceId, Period period) {
        IndicatorLoader.SteppedIn stepped = loader.steppedIn(practiceId, period);
        return new Figures(
                stepped.facts(),
                stepped.clientReferences(),
                loader.extensionsIn(practiceId, period),
                loader.openSignals(user, period.to()),
                loader.therapistsOf(practiceId));
    }

    private IndicatorReport report(Figures figures, Period period, @Nullable Long therapist) {
        Indicators indicators =
                calculator.calculate(figures.facts(), figures.extensions(), figures.signals(), period, therapist);
        Map<Long, Indicators> byTherapist = new LinkedHashMap<>();
        if (therapist == null) {
            Map<Long, List<TreatmentFacts>> facts =
                    figures.facts().stream().collect(Collectors.groupingBy(TreatmentFacts::therapistId));
            Map<Long, List<TreatmentExtension>> extensions =
                    figures.extensions().stream().collect(Collectors.groupingBy(TreatmentExtension::therapistId));
            Map<Long, List<OpenSignal>> signals =
                    figures.signals().stream().collect(Collectors.groupingBy(OpenSignal::therapistId));
            figures.therapists()
                    .forEach(id -> byTherapist.put(
                            id,
                            calculator.calculate(
                                    facts.getOrDefault(id, List.of()),
                                    extensions.getOrDefault(id, List.of()),
                                    signals.getOrDefault(id, List.of()),
                                    period,
                                    id)));
        }
        return new IndicatorReport(indicators, byTherapist, figures.references());
    }

    /** What the figures of a period are computed from. */
    private record Figures(
            List<TreatmentFacts> facts,
            Map<Long, String> references,
            List<TreatmentExtension> extensions,
            List<OpenSignal> signals,
            SortedSet<Long> therapists) {}

    /** The figures of a report's period and of each quarter in it. */
    record Norm1Figures(IndicatorReport report, List<QuarterTrend> quarters) {}

    /** The manager reads the whole practice; nobody else reads these figures. */
    private static Long requireManager(CurrentUser user) {
        if (!user.isManager()) {
            throw new AccessDeniedException("insights are for the manager");
        }
        return user.practiceId();
    }
}
