package nl.afsluitwijzer.evaluation;

import java.util.Arrays;
import java.util.List;

/** Why E was raised, in the wording of the sources (000_… poll, 001_… worksheet); OTHER needs a text. */
public enum ExtensionReason {
    FEAR_OF_RELAPSE(ReasonLevel.PATIENT),
    DEPENDENCY(ReasonLevel.PATIENT),
    LIMITED_SELF_RELIANCE(ReasonLevel.PATIENT),
    SECONDARY_GAIN(ReasonLevel.PATIENT),
    MORE_SEVERE_THAN_ASSESSED(ReasonLevel.PATIENT),
    NEW_GOALS(ReasonLevel.PATIENT),
    CLIENT_WANTS_TO_CONTINUE(ReasonLevel.PATIENT),
    SENSE_OF_RESPONSIBILITY(ReasonLevel.THERAPIST),
    LOYALTY(ReasonLevel.THERAPIST),
    UNCERTAIN_HOW_TO_ACT(ReasonLevel.THERAPIST),
    AVOIDING_DISAPPOINTMENT(ReasonLevel.THERAPIST),
    OVERCARE(ReasonLevel.THERAPIST),
    WAITING_LIST_FOLLOW_UP_CARE(ReasonLevel.ORGANISATION),
    UNCLEAR_GUIDELINES(ReasonLevel.ORGANISATION),
    PRODUCTION_PRESSURE(ReasonLevel.ORGANISATION),
    FUNDING_STRUCTURE(ReasonLevel.ORGANISATION),
    NO_SESSION_MAXIMUM(ReasonLevel.ORGANISATION),
    OTHER(ReasonLevel.OTHER);

    private final ReasonLevel level;

    ExtensionReason(ReasonLevel level) {
        this.level = level;
    }

    public ReasonLevel level() {
        return level;
    }

    public static List<ExtensionReason> at(ReasonLevel level) {
        return Arrays.stream(values()).filter(reason -> reason.level == level).toList();
    }
}
