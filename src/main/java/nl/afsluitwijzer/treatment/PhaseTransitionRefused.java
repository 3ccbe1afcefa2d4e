package nl.afsluitwijzer.treatment;

import java.util.stream.Collectors;
import nl.afsluitwijzer.shared.ProblemException;
import org.springframework.http.HttpStatus;

/** A phase change the phase rules (docs/signals.md) do not allow; the message says what is allowed instead. */
public class PhaseTransitionRefused extends ProblemException {

    public PhaseTransitionRefused(Phase from, Phase to) {
        super(
                HttpStatus.CONFLICT,
                from.next().isEmpty() ? "treatment.phase.ended" : "treatment.phase.refused",
                from.name(),
                to.name(),
                from.next().stream().map(Phase::name).collect(Collectors.joining(", ")));
    }
}
