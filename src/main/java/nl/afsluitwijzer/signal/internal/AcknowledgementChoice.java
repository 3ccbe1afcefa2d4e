package nl.afsluitwijzer.signal.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.signal.SignalCode;

/**
 * Why an open signal is acknowledged explicitly: one choice from a short list that fits the signal, with a free
 * text (required for {@link #NOT_APPLICABLE} and {@link #OTHER}). docs/signals.md lists which choices each signal
 * offers.
 */
public enum AcknowledgementChoice {
    EVALUATION_PLANNED,
    MEASUREMENT_PLANNED,
    CLOSING_PLANNED,
    CONTACT_PLANNED,
    DISCUSSED_WITH_CLIENT,
    DISCUSSED_WITH_COLLEAGUE,
    CONTINUE_ATTEMPT,
    STOP_OR_REFER,
    NOT_APPLICABLE,
    OTHER;

    private static final Map<SignalCode, List<AcknowledgementChoice>> BY_CODE = new EnumMap<>(SignalCode.class);

    static {
        BY_CODE.put(SignalCode.SUICIDE_ITEM, List.of());
        BY_CODE.put(SignalCode.AGREEMENTS_MISSING, List.of(DISCUSSED_WITH_CLIENT, NOT_APPLICABLE, OTHER));
        BY_CODE.put(SignalCode.BASELINE_MISSING, List.of(MEASUREMENT_PLANNED, NOT_APPLICABLE, OTHER));
        BY_CODE.put(SignalCode.EVALUATION_DUE, List.of(EVALUATION_PLANNED, CLOSING_PLANNED, OTHER));
        BY_CODE.put(SignalCode.EVALUATION_WITHOUT_MEASUREMENT, List.of(MEASUREMENT_PLANNED, NOT_APPLICABLE, OTHER));
        BY_CODE.put(SignalCode.GOAL_REACHED, List.of(CLOSING_PLANNED, DISCUSSED_WITH_CLIENT, OTHER));
        BY_CODE.put(
                SignalCode.PLATEAU,
                List.of(EVALUATION_PLANNED, DISCUSSED_WITH_COLLEAGUE, DISCUSSED_WITH_CLIENT, OTHER));
        BY_CODE.put(
                SignalCode.BREAKTHROUGH_REVIEW, List.of(CONTINUE_ATTEMPT, STOP_OR_REFER, EVALUATION_PLANNED, OTHER));
        BY_CODE.put(
                SignalCode.DETERIORATION,
                List.of(EVALUATION_PLANNED, DISCUSSED_WITH_COLLEAGUE, DISCUSSED_WITH_CLIENT, OTHER));
        BY_CODE.put(
                SignalCode.NOT_ON_TRACK,
                List.of(EVALUATION_PLANNED, DISCUSSED_WITH_CLIENT, DISCUSSED_WITH_COLLEAGUE, OTHER));
        BY_CODE.put(
                SignalCode.OVERRUN_IMMINENT,
                List.of(DISCUSSED_WITH_COLLEAGUE, CLOSING_PLANNED, EVALUATION_PLANNED, OTHER));
        BY_CODE.put(SignalCode.OVERRUN, List.of(CLOSING_PLANNED, EVALUATION_PLANNED, DISCUSSED_WITH_COLLEAGUE, OTHER));
        BY_CODE.put(SignalCode.LONG_RUNNING_MDO, List.of(EVALUATION_PLANNED, DISCUSSED_WITH_COLLEAGUE, OTHER));
        BY_CODE.put(SignalCode.LONG_RUNNING_COLLEAGUE, List.of(EVALUATION_PLANNED, OTHER));
        BY_CODE.put(SignalCode.SCOPE_CREEP, List.of(DISCUSSED_WITH_CLIENT, EVALUATION_PLANNED, OTHER));
        BY_CODE.put(SignalCode.MEASUREMENT_OVERDUE, List.of(MEASUREMENT_PLANNED, OTHER));
        BY_CODE.put(SignalCode.NO_RECENT_CONTACT, List.of(CONTACT_PLANNED, CLOSING_PLANNED, OTHER));
        BY_CODE.put(SignalCode.LOW_ALLIANCE, List.of(DISCUSSED_WITH_CLIENT, DISCUSSED_WITH_COLLEAGUE, OTHER));
        BY_CODE.put(SignalCode.NO_FADING_OUT, List.of(DISCUSSED_WITH_CLIENT, NOT_APPLICABLE, OTHER));
    }

    /** The choices an explicit acknowledgement of {@code code} offers, in the order shown; empty for SUICIDE_ITEM. */
    public static List<AcknowledgementChoice> forCode(SignalCode code) {
        return BY_CODE.getOrDefault(code, List.of(OTHER));
    }

    /** Whether the free text is required with this choice. */
    public boolean requiresText() {
        return this == NOT_APPLICABLE || this == OTHER;
    }

    public String messageKey() {
        return "signal.acknowledge.choice." + name();
    }
}
