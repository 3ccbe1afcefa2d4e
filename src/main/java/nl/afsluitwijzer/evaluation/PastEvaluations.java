package nl.afsluitwijzer.evaluation;

import java.time.Clock;
import nl.afsluitwijzer.evaluation.internal.EvaluationRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Records an evaluation that was held in the past, without a signed-in user: the demo module writes the demo
 * practice's evaluations with it at start-up. The evaluation still refuses what the sources do not allow, such as an
 * extension without a reason. Unlike {@link Evaluations} it neither checks access nor changes the treatment's E: the
 * caller has recorded the E the evaluation decides.
 */
@Component
public class PastEvaluations {

    private final EvaluationRepository repository;
    private final Clock clock;

    PastEvaluations(EvaluationRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /**
     * Stores the evaluation of a treatment as held, recorded by its therapist.
     *
     * @param expectedBefore the E in force before it (the agreed E, or the last one an evaluation decided), or null
     */
    public Evaluation record(Long treatmentId, NewEvaluation held, @Nullable Integer expectedBefore, Long therapistId) {
        return repository.save(new Evaluation(treatmentId, held, expectedBefore, therapistId, clock.instant()));
    }
}
