package nl.afsluitwijzer.signal;

/** The outcome of a risk assessment after a risk item was answered above its threshold (docs/signals.md). */
public enum RiskOutcome {
    /** No acute risk: thoughts discussed, treatment goes on as planned. */
    NO_ACUTE_RISK,
    /** Raised risk: a safety plan was made with the client and contact is closer. */
    SAFETY_PLAN,
    /** Acute risk: the crisis service or the GP was called in. */
    CRISIS_SERVICE
}
