package nl.afsluitwijzer.insight;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.afsluitwijzer.closing.ChecklistItem;
import nl.afsluitwijzer.closing.ClosingReason;
import nl.afsluitwijzer.closing.ClosingRecord;
import nl.afsluitwijzer.evaluation.ExtensionReason;
import nl.afsluitwijzer.insight.internal.Extension;
import nl.afsluitwijzer.insight.internal.TreatmentFacts;
import nl.afsluitwijzer.measurement.DatedScore;
import nl.afsluitwijzer.measurement.Direction;
import nl.afsluitwijzer.measurement.OutcomeThresholds;
import nl.afsluitwijzer.treatment.Phase;

/** A small builder of treatment facts for the calculator tests. */
final class Facts {

    static final OutcomeThresholds PHQ9 = new OutcomeThresholds(6, 10, Direction.LOWER_IS_BETTER);

    private final long id;
    private final long therapist;
    private Phase phase = Phase.TREATMENT;
    private LocalDate registration;
    private LocalDate intake;
    private LocalDate start;
    private LocalDate end;
    private LocalDate closingStarted;
    private Integer expected;
    private final List<LocalDate> sessions = new ArrayList<>();
    private final List<DatedScore> scores = new ArrayList<>();
    private OutcomeThresholds thresholds = PHQ9;
    private final List<LocalDate> evaluations = new ArrayList<>();
    private final List<Extension> extensions = new ArrayList<>();
    private ClosingRecord closing;

    private Facts(long id, long therapist) {
        this.id = id;
        this.therapist = therapist;
    }

    static Facts treatment(long id, long therapist) {
        return new Facts(id, therapist);
    }

    Facts waited(String registered, String intakeOn, String startedOn) {
        registration = LocalDate.parse(registered);
        intake = intakeOn == null ? null : LocalDate.parse(intakeOn);
        start = startedOn == null ? null : LocalDate.parse(startedOn);
        return this;
    }

    Facts ended(Phase endPhase, String on) {
        phase = endPhase;
        end = LocalDate.parse(on);
        return this;
    }

    Facts phase(Phase current) {
        phase = current;
        return this;
    }

    Facts closingFrom(String on) {
        closingStarted = LocalDate.parse(on);
        return this;
    }

    Facts expected(Integer firstAgreed) {
        expected = firstAgreed;
        return this;
    }

    /** count weekly sessions from the first date. */
    Facts weeklySessions(String first, int count) {
        LocalDate date = LocalDate.parse(first);
        for (int i = 0; i < count; i++) {
            sessions.add(date.plusWeeks(i));
        }
        return this;
    }

    Facts sessions(String... dates) {
        for (String date : dates) {
            sessions.add(LocalDate.parse(date));
        }
        return this;
    }

    Facts score(String date, int total) {
        scores.add(new DatedScore(LocalDate.parse(date), total));
        return this;
    }

    Facts noInstrument() {
        thresholds = null;
        return this;
    }

    Facts evaluated(String date) {
        evaluations.add(LocalDate.parse(date));
        return this;
    }

    Facts extended(String date, ExtensionReason... reasons) {
        extensions.add(new Extension(LocalDate.parse(date), List.of(reasons)));
        evaluations.add(LocalDate.parse(date));
        return this;
    }

    /** Closed through the checklist on the end date; with missing items, the reason given for them. */
    Facts closedWith(ClosingReason reason, String missingReason, ChecklistItem... missing) {
        closing = new ClosingRecord(id, end, reason, List.of(missing), missingReason);
        return this;
    }

    TreatmentFacts build() {
        return new TreatmentFacts(
                id,
                therapist,
                phase,
                registration,
                intake,
                start,
                end,
                closingStarted,
                expected,
                sessions,
                scores,
                thresholds,
                evaluations.stream().sorted().toList(),
                extensions,
                closing);
    }
}
