package nl.afsluitwijzer.insight.internal;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names of the groups of treatments behind the figures, for drill-down links, the CSV and the API.
 * Each has a label ({@code insight.figure.<name>}) and a definition ({@code insight.definition.<name>}); the
 * prefixed ones take a code after the prefix (a number of sessions, a reason, a level, a signal, an outcome,
 * a closing reason, a missing checklist item).
 */
public final class Figure {

    public static final String CLOSED = "closed";
    public static final String WITHIN_E = "within-e";
    public static final String OUTSIDE_E = "outside-e";
    public static final String NO_E = "no-e";
    public static final String MID_ON_TIME = "mid-on-time";
    public static final String MID_LATE = "mid-late";
    public static final String BASELINE = "baseline";
    public static final String NO_BASELINE = "no-baseline";
    public static final String END_MEASUREMENT = "end-measurement";
    public static final String NO_END_MEASUREMENT = "no-end-measurement";
    public static final String INTAKE_WITHIN_NORM = "intake-within-norm";
    public static final String INTAKE_OUTSIDE_NORM = "intake-outside-norm";
    public static final String START_WITHIN_NORM = "start-within-norm";
    public static final String START_OUTSIDE_NORM = "start-outside-norm";
    public static final String EXTENDED = "extended";
    public static final String OPEN_ACTION_SIGNALS = "signals-action";
    public static final String CHECKLIST_COMPLETE = "checklist-complete";
    public static final String CHECKLIST_INCOMPLETE = "checklist-incomplete";
    public static final String NO_CHECKLIST = "no-checklist";
    public static final String SESSIONS = "sessions.";
    public static final String OUTCOME = "outcome.";
    public static final String NO_PAIR = "NO_PAIR";
    public static final String REASON = "reason.";
    public static final String LEVEL = "level.";
    public static final String SIGNAL = "signal.";
    public static final String CLOSING_REASON = "closing-reason.";
    public static final String MISSING = "missing.";

    private static final Set<String> NAMES = Set.of(
            CLOSED,
            WITHIN_E,
            OUTSIDE_E,
            NO_E,
            MID_ON_TIME,
            MID_LATE,
            BASELINE,
            NO_BASELINE,
            END_MEASUREMENT,
            NO_END_MEASUREMENT,
            INTAKE_WITHIN_NORM,
            INTAKE_OUTSIDE_NORM,
            START_WITHIN_NORM,
            START_OUTSIDE_NORM,
            EXTENDED,
            OPEN_ACTION_SIGNALS,
            CHECKLIST_COMPLETE,
            CHECKLIST_INCOMPLETE,
            NO_CHECKLIST);

    private static final List<String> PREFIXES =
            List.of(SESSIONS, OUTCOME, REASON, LEVEL, SIGNAL, CLOSING_REASON, MISSING);

    /** The names of the figures without a code, then the prefixes of those with one, for a message. */
    public static String allowed() {
        return String.join(", ", new TreeSet<>(NAMES)) + ", " + String.join("…, ", PREFIXES) + "…";
    }

    /** Whether {@code figure} is a figure's name, or a prefix followed by a code. */
    public static boolean isKnown(String figure) {
        return NAMES.contains(figure)
                || PREFIXES.stream().anyMatch(prefix -> figure.startsWith(prefix) && figure.length() > prefix.length());
    }

    private Figure() {}

    /** The message key of the figure's definition: prefixed figures share the prefix's one. */
    public static String definitionKey(String figure) {
        int dot = figure.indexOf('.');
        return "insight.definition." + (dot < 0 ? figure : figure.substring(0, dot));
    }
}
