package nl.afsluitwijzer.demo;

import nl.afsluitwijzer.practice.DemoPracticeCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Fills the demo practice once the practice module created it with its users, inside that set-up's transaction at
 * start-up: the letterhead first (before any demo letter is made), then the treatments, and on them the evaluations,
 * the measurement histories and the GP letters; last the intervision. Each step goes through the owning module's
 * public API.
 */
@Component
class DemoSeeding {

    private final DemoTreatments treatments;
    private final DemoEvaluations evaluations;
    private final DemoMeasurements measurements;
    private final DemoLetters letters;
    private final DemoIntervision intervision;

    DemoSeeding(
            DemoTreatments treatments,
            DemoEvaluations evaluations,
            DemoMeasurements measurements,
            DemoLetters letters,
            DemoIntervision intervision) {
        this.treatments = treatments;
        this.evaluations = evaluations;
        this.measurements = measurements;
        this.letters = letters;
        this.intervision = intervision;
    }

    @EventListener
    void on(DemoPracticeCreated event) {
        letters.letterhead(event.practiceId());
        DemoCaseload caseload = treatments.create(event.practiceId(), event.userIdsByUsername());
        evaluations.create(caseload);
        measurements.create(caseload);
        letters.create(caseload);
        intervision.create();
    }
}
