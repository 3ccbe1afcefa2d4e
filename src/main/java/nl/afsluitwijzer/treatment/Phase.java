package nl.afsluitwijzer.treatment;

import java.util.EnumSet;
import java.util.Set;

/** The phases of a treatment and the transitions between them (docs/signals.md, treatment phases). */
public enum Phase {
    REFERRED,
    INTAKE,
    TREATMENT,
    CLOSING,
    CLOSED,
    TRANSFERRED,
    DROPPED_OUT;

    /** The phases this one may move to; anything else is refused. */
    public Set<Phase> next() {
        return switch (this) {
            case REFERRED -> EnumSet.of(INTAKE);
            case INTAKE -> EnumSet.of(TREATMENT, TRANSFERRED, DROPPED_OUT);
            case TREATMENT -> EnumSet.of(CLOSING, TRANSFERRED, DROPPED_OUT);
            case CLOSING -> EnumSet.of(CLOSED, TRANSFERRED, DROPPED_OUT);
            case CLOSED, TRANSFERRED, DROPPED_OUT -> EnumSet.noneOf(Phase.class);
        };
    }

    public boolean canMoveTo(Phase target) {
        return next().contains(target);
    }

    /** Ended treatments are read-only (letters excepted). */
    public boolean isEnded() {
        return this == CLOSED || this == TRANSFERRED || this == DROPPED_OUT;
    }

    public boolean isOpen() {
        return !isEnded();
    }
}
