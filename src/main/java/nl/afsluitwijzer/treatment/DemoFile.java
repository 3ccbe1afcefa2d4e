package nl.afsluitwijzer.treatment;

import java.util.List;
import java.util.Map;

/**
 * The demo caseload as written in {@code demo/treatments.json}: one entry per treatment, every date relative to
 * the day the demo is created (weeks ago, or sessions counted from the start), so the data always looks current.
 * Every field is boxed so that a missing one can be named by {@link DemoEntryCheck} instead of becoming 0.
 */
record DemoFile(List<Entry> treatments) {

    /**
     * One fictitious treatment.
     *
     * @param therapist the username of the treating therapist; {@code sharedWith} a colleague's (waarneming)
     * @param path the phases it went through, from REFERRED; every step must be an allowed transition
     * @param registeredWeeksAgo on the waiting list since; {@code intakeWeeksAgo} and {@code startWeeksAgo} likewise
     * @param sessions the session pattern from the start date on; the intake session comes with the intake date
     * @param reasons the reason recorded with a phase change, by phase
     * @param endAfterDays an ended treatment ends this many days after its last session (default 0)
     * @param evaluations the evaluations held, in order; the only way E changes after the agreements
     * @param shows the signal codes this entry is meant to show on the day it is created (checked by a test)
     * @param referral who referred the client and the eHealth offered while waiting (absent: unknown, none)
     * @param screening the screening (pre-intake) while on the waiting list, if held
     */
    record Entry(
            String reference,
            String therapist,
            String sharedWith,
            Client client,
            String helpQuestion,
            Boolean complex,
            List<Phase> path,
            Integer registeredWeeksAgo,
            Integer intakeWeeksAgo,
            Integer startWeeksAgo,
            AgreementsEntry agreements,
            List<GoalEntry> goals,
            List<SessionBlock> sessions,
            List<EvaluationEntry> evaluations,
            List<DiscussionEntry> discussions,
            Map<Phase, String> reasons,
            Integer endAfterDays,
            List<String> shows,
            ReferralEntry referral,
            ScreeningEntry screening) {}

    /** The referrer and, when eHealth was offered while waiting, which ({@code ehealth}; absent: none offered). */
    record ReferralEntry(ReferrerKind referrer, String referrerName, String ehealth) {}

    /**
     * A screening {@code weeksAgo}; DOES_NOT_FIT ends the referral (so the path is only REFERRED) and needs
     * reasons, OTHER with {@code otherReason}.
     */
    record ScreeningEntry(
            Integer weeksAgo, ScreeningOutcome outcome, List<ScreeningReason> reasons, String otherReason) {}

    record Client(String displayName, Integer birthYear, String gpName, String gpPractice) {}

    /** The behandelafspraken, agreed on the start date. */
    record AgreementsEntry(
            Integer clientEstimate,
            Integer therapistEstimate,
            Integer expected,
            Boolean closingDiscussedAtStart,
            String primaryInstrument,
            String scopeNote) {}

    /**
     * A goal, added on the date of session {@code addedAtSession} (0 or absent: the start date); a status other
     * than ACTIVE was set on the date of session {@code statusAtSession}.
     */
    record GoalEntry(
            String description, String criterion, Integer addedAtSession, GoalStatus status, Integer statusAtSession) {}

    /**
     * {@code count} sessions {@code everyDays} apart, the first {@code afterDays} after the previous block's last
     * session (the first block: after the start date, default 0; later blocks: default {@code everyDays}).
     * {@code missed} and {@code evaluationAt} are positions within the block, from 1.
     */
    record SessionBlock(
            SessionKind kind,
            Integer count,
            Integer everyDays,
            Integer afterDays,
            List<Integer> missed,
            List<Integer> evaluationAt) {}

    /**
     * An evaluation on the date of session {@code atSession}, counted over all blocks from 1. {@code kind} and
     * {@code decision} are the evaluation module's codes (MID, INTERIM, FINAL, MDO; CONTINUE, START_CLOSING, …).
     * {@code expected}, when given, is the new E it decides: raising E needs {@code reasons} (extension reason codes
     * such as MORE_SEVERE_THAN_ASSESSED; OTHER with {@code otherReason}), exactly as in the application.
     * {@code alliance} and {@code motivation} are the ratings 0–10; {@code plan} and {@code reviewAfterSessions}
     * belong to a BREAKTHROUGH_ATTEMPT.
     */
    record EvaluationEntry(
            Integer atSession,
            String kind,
            String decision,
            Integer expected,
            List<String> reasons,
            String otherReason,
            Integer alliance,
            Integer motivation,
            Boolean colleaguePresent,
            String note,
            String plan,
            Integer reviewAfterSessions) {}

    record DiscussionEntry(Integer atSession, DiscussionKind kind, String note) {}
}
