package nl.afsluitwijzer.demo;

import java.util.List;
import nl.afsluitwijzer.measurement.MeasurementHistory;
import nl.afsluitwijzer.signal.TreatmentHistory;
import nl.afsluitwijzer.signal.TreatmentPhase;
import nl.afsluitwijzer.treatment.TreatmentFile;

/** A treatment with its measurements as the signal engine reads it (no evaluations or acknowledgements yet). */
final class DemoHistories {

    private DemoHistories() {}

    static TreatmentHistory of(TreatmentFile file, MeasurementHistory measurements) {
        var treatment = file.treatment();
        return new TreatmentHistory(
                String.valueOf(file.id()),
                treatment.phaseHistory().stream()
                        .map(p -> new TreatmentHistory.PhaseChange(
                                p.changedOn(), TreatmentPhase.valueOf(p.phase().name())))
                        .toList(),
                treatment.getStartDate(),
                treatment.isClosingDiscussedAtStart(),
                treatment.expectedSessionsHistory().stream()
                        .map(e -> new TreatmentHistory.ExpectedSessions(e.effectiveDate(), e.sessions()))
                        .toList(),
                measurements.primary() == null ? null : measurements.primary().thresholds(),
                file.goals().stream()
                        .map(g -> new TreatmentHistory.Goal(
                                String.valueOf(g.getId()),
                                g.getAddedOn(),
                                g.statusHistory().stream()
                                        .map(c -> new TreatmentHistory.GoalStatusChange(
                                                c.changedOn(),
                                                TreatmentHistory.GoalStatus.valueOf(
                                                        c.status().name())))
                                        .toList()))
                        .toList(),
                file.sessions().stream()
                        .map(s -> new TreatmentHistory.Session(
                                s.getSessionDate(),
                                TreatmentHistory.SessionKind.valueOf(s.getKind().name()),
                                s.isAttended()))
                        .toList(),
                measurements.primarySeries().stream()
                        .map(m -> new TreatmentHistory.Measurement(m.date(), m.total()))
                        .toList(),
                List.of(),
                file.discussions().stream()
                        .map(d -> new TreatmentHistory.Discussion(
                                d.getDiscussedOn(),
                                TreatmentHistory.DiscussionKind.valueOf(
                                        d.getKind().name())))
                        .toList(),
                List.of());
    }
}
