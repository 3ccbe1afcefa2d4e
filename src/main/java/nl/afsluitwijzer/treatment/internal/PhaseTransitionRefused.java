package nl.afsluitwijzer.treatment.internal;

import java.util.stream.Collectors;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.Phase;

/** A phase change the phase rules (docs/signals.md) do not allow; the message says what is allowed instead. */
public class PhaseTransitionRefused extends DomainException {

    public PhaseTransitionRefused(Phase from, Phase to) {
        super(
                DomainException.Kind.CONFLICT,
                from.next().isEmpty() ? "treatment.phase.ended" : "treatment.phase.refused",
                from.name(),
                to.name(),
                from.next().stream().map(Phase::name).collect(Collectors.joining(", ")));
    }
}
