package nl.afsluitwijzer.signal;

/** The signals of docs/signals.md, in its order; each has its texts in {@code messages/signals*.properties}. */
public enum SignalCode {
    SUICIDE_ITEM,
    AGREEMENTS_MISSING,
    BASELINE_MISSING,
    EVALUATION_DUE,
    EVALUATION_WITHOUT_MEASUREMENT,
    GOAL_REACHED,
    PLATEAU,
    BREAKTHROUGH_REVIEW,
    DETERIORATION,
    NOT_ON_TRACK,
    OVERRUN_IMMINENT,
    OVERRUN,
    LONG_RUNNING_MDO,
    LONG_RUNNING_COLLEAGUE,
    SCOPE_CREEP,
    MEASUREMENT_OVERDUE,
    NO_RECENT_CONTACT,
    LOW_ALLIANCE,
    NO_FADING_OUT;

    public String titleKey() {
        return key("title");
    }

    /** The severity-neutral explanation; {@link Signal#explanationKey()} picks the one to show. */
    public String explanationKey() {
        return key("explanation");
    }

    /** Whether the explanation has a variant per severity ({@code ….explanation.INFO}, {@code ….explanation.ACTION}). */
    public boolean explainsPerSeverity() {
        return this == EVALUATION_DUE;
    }

    /** Whether only a recorded risk assessment acknowledges it, never an explicit acknowledgement with a reason. */
    public boolean needsRiskAssessment() {
        return this == SUICIDE_ITEM;
    }

    /**
     * Whether the signal is about closing or running on past the agreed course; beside these the treatment page
     * shows the reflection aid on the therapist's own hesitations.
     */
    public boolean closingRelated() {
        return switch (this) {
            case GOAL_REACHED,
                    PLATEAU,
                    BREAKTHROUGH_REVIEW,
                    OVERRUN_IMMINENT,
                    OVERRUN,
                    LONG_RUNNING_MDO,
                    LONG_RUNNING_COLLEAGUE,
                    SCOPE_CREEP,
                    NO_FADING_OUT -> true;
            default -> false;
        };
    }

    /** The actions that help, quoted from the sources, one per line. */
    public String actionsKey() {
        return key("actions");
    }

    public String sourceKey() {
        return key("source");
    }

    private String key(String part) {
        return "signal." + name() + "." + part;
    }
}
