package nl.afsluitwijzer.insight;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentFiles;
import nl.afsluitwijzer.treatment.Treatments;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager's figures: loads the practice's treatments once (one query per table), computes with the pure
 * {@link IndicatorCalculator} and logs who looked at or exported the figures (object type INSIGHTS).
 */
@Service
@Transactional(readOnly = true)
public class Insights {

    static final String OBJECT = "INSIGHTS";

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
    public IndicatorReport report(Period period, @Nullable Long therapist) {
        return report(period, therapist, AuditAction.VIEW);
    }

    /** The same, logged as an export (CSV, API). */
    @Transactional
    public IndicatorReport export(Period period, @Nullable Long therapist) {
        return report(period, therapist, AuditAction.EXPORT);
    }

    /** This month up to today and the whole previous month, for the dashboard. */
    @Transactional
    public List<Indicators> thisAndPreviousMonth(LocalDate today) {
        TreatmentFiles files = practiceFiles();
        List<TreatmentFacts> facts = loader.facts(files);
        Period now = new Period(YearMonth.from(today).atDay(1), today);
        Period before = Period.of(YearMonth.from(today).minusMonths(1));
        audit.record(AuditEvent.of(AuditAction.VIEW, OBJECT, now.from() + "/" + now.to()));
        return List.of(calculator.calculate(facts, loader.openSignals(files, now.to()), now, null),
                calculator.calculate(facts, loader.openSignals(files, before.to()), before, null));
    }

    /** Everything the capacity estimate needs, for the whole practice; logged as a view. */
    @Transactional
    public List<TreatmentFacts> practiceFacts() {
        List<TreatmentFacts> facts = loader.facts(practiceFiles());
        audit.record(AuditEvent.of(AuditAction.VIEW, OBJECT, "capacity"));
        return facts;
    }

    /** For the Norm 1 report, which logs its own PRINT: the figures of the period and the key figures per quarter. */
    @Transactional
    Norm1Figures norm1Figures(Period period) {
        TreatmentFiles files = practiceFiles();
        List<TreatmentFacts> facts = loader.facts(files);
        List<QuarterTrend> quarters = QuarterTrend.quartersOf(period).stream()
                .map(quarter -> QuarterTrend.of(quarter, calculator.calculate(facts, List.of(), quarter, null)))
                .toList();
        return new Norm1Figures(report(files, facts, period, null), quarters);
    }

    private IndicatorReport report(Period period, @Nullable Long therapist, AuditAction action) {
        TreatmentFiles files = practiceFiles();
        IndicatorReport report = report(files, loader.facts(files), period, therapist);
        audit.record(AuditEvent.of(action, OBJECT, period.from() + "/" + period.to()));
        return report;
    }

    private IndicatorReport report(TreatmentFiles files, List<TreatmentFacts> facts, Period period,
            @Nullable Long therapist) {
        List<OpenSignal> signals = loader.openSignals(files, period.to());
        Indicators indicators = calculator.calculate(facts, signals, period, therapist);
        Map<Long, Indicators> byTherapist = new LinkedHashMap<>();
        if (therapist == null) {
            new TreeSet<>(facts.stream().map(TreatmentFacts::therapistId).toList()).forEach(
                    id -> byTherapist.put(id, calculator.calculate(facts, signals, period, id)));
        }
        return new IndicatorReport(indicators, byTherapist,
                files.files().stream().collect(Collectors.toMap(TreatmentFile::id, Function.identity())));
    }

    /** The figures of a report's period and of each quarter in it. */
    record Norm1Figures(IndicatorReport report, List<QuarterTrend> quarters) {
    }

    /** The manager reads the whole practice; nobody else reads these figures. */
    private TreatmentFiles practiceFiles() {
        if (!CurrentUser.require().isManager()) {
            throw new AccessDeniedException("insights are for the manager");
        }
        return treatments.visibleFiles(null);
    }
}
