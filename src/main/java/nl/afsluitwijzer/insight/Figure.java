package nl.afsluitwijzer.insight;

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

    private Figure() {}

    /** The message key of the figure's definition: prefixed figures share the prefix's one. */
    public static String definitionKey(String figure) {
        int dot = figure.indexOf('.');
        return "insight.definition." + (dot < 0 ? figure : figure.substring(0, dot));
    }
}
