package nl.afsluitwijzer.demo;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.treatment.DiscussionKind;
import nl.afsluitwijzer.treatment.GoalStatus;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.ReferrerKind;
import nl.afsluitwijzer.treatment.ScreeningOutcome;
import nl.afsluitwijzer.treatment.ScreeningReason;
import nl.afsluitwijzer.treatment.SessionKind;
import nl.afsluitwijzer.treatment.Treatment;

/**
 * The demo caseload as written in {@code demo/treatments.json}: one entry per treatment, every date relative to
 * the day the demo is created (weeks ago, or sessions counted from the start), so the data always looks current.
 * Every field is boxed so that a missing one is named instead of becoming 0. The rules of a single field are Bean
 * Validation constraints on these records; the rules between fields (the path, the order of the dates, what refers
 * to a session) are {@link DemoRules}. The messages are for whoever edits the file, in English.
 */
@DemoRules
record DemoFile(
        @NotEmpty(message = "must be a list [ ... ] with entries")
        List<@NotNull(message = "must be an object \\{ ... \\}, not null") @Valid Entry> treatments) {

    static final String REQUIRED = "is required";
    static final String NOT_BLANK = "(?s).*\\S.*";
    static final String BLANK = "must not be blank";
    static final String ZERO_OR_MORE = "must be 0 or more";
    static final String SESSIONS = "must be " + Treatment.MIN_EXPECTED + " to " + Treatment.MAX_EXPECTED;
    static final String RATING = "must be 0 to 10";

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
    @DemoRules
    record Entry(
            @NotNull(message = REQUIRED) @Pattern(regexp = NOT_BLANK, message = BLANK)
            String reference,

            @NotNull(message = REQUIRED) @Pattern(regexp = NOT_BLANK, message = BLANK)
            String therapist,

            String sharedWith,
            @NotNull(message = REQUIRED) @Valid Client client,

            @NotNull(message = REQUIRED) @Pattern(regexp = NOT_BLANK, message = BLANK)
            String helpQuestion,

            Boolean complex,
            @NotNull(message = REQUIRED) List<Phase> path,
            @Min(value = 0, message = ZERO_OR_MORE) Integer registeredWeeksAgo,
            @Min(value = 0, message = ZERO_OR_MORE) Integer intakeWeeksAgo,
            @Min(value = 0, message = ZERO_OR_MORE) Integer startWeeksAgo,
            @Valid AgreementsEntry agreements,
            List<@NotNull(message = REQUIRED) @Valid GoalEntry> goals,
            List<@NotNull(message = REQUIRED) @Valid SessionBlock> sessions,
            List<@NotNull(message = REQUIRED) @Valid EvaluationEntry> evaluations,
            List<@NotNull(message = REQUIRED) @Valid DiscussionEntry> discussions,
            Map<Phase, String> reasons,

            @Min(value = 0, message = "is for an ended treatment only, and at least 0")
            Integer endAfterDays,

            List<String> shows,
            @Valid ReferralEntry referral,
            @Valid ScreeningEntry screening) {}

    /** The referrer and, when eHealth was offered while waiting, which ({@code ehealth}; absent: none offered). */
    record ReferralEntry(@NotNull(message = REQUIRED) ReferrerKind referrer, String referrerName, String ehealth) {}

    /**
     * A screening {@code weeksAgo}; DOES_NOT_FIT ends the referral (so the path is only REFERRED) and needs
     * reasons, OTHER with {@code otherReason}.
     */
    record ScreeningEntry(
            @NotNull(message = REQUIRED) Integer weeksAgo,
            @NotNull(message = REQUIRED) ScreeningOutcome outcome,
            List<ScreeningReason> reasons,
            String otherReason) {}

    record Client(
            @NotNull(message = REQUIRED) @Pattern(regexp = NOT_BLANK, message = BLANK)
            String displayName,

            @Min(value = 1900, message = "must be a year from 1900 on")
            Integer birthYear,

            String gpName,
            String gpPractice) {}

    /** The behandelafspraken, agreed on the start date. */
    record AgreementsEntry(
            @Min(value = Treatment.MIN_EXPECTED, message = SESSIONS)
            @Max(value = Treatment.MAX_EXPECTED, message = SESSIONS)
            Integer clientEstimate,

            @Min(value = Treatment.MIN_EXPECTED, message = SESSIONS)
            @Max(value = Treatment.MAX_EXPECTED, message = SESSIONS)
            Integer therapistEstimate,

            @NotNull(message = REQUIRED)
            @Min(value = Treatment.MIN_EXPECTED, message = SESSIONS)
            @Max(value = Treatment.MAX_EXPECTED, message = SESSIONS)
            Integer expected,

            @NotNull(message = REQUIRED) Boolean closingDiscussedAtStart,

            @Pattern(regexp = "[A-Z0-9]+", message = "must be an instrument code such as PHQ9, or absent")
            String primaryInstrument,

            String scopeNote) {}

    /**
     * A goal, added on the date of session {@code addedAtSession} (0 or absent: the start date); a status other
     * than ACTIVE was set on the date of session {@code statusAtSession}.
     */
    record GoalEntry(
            @NotNull(message = REQUIRED) @Pattern(regexp = NOT_BLANK, message = BLANK)
            String description,

            String criterion,
            Integer addedAtSession,
            GoalStatus status,
            Integer statusAtSession) {}

    /**
     * {@code count} sessions {@code everyDays} apart, the first {@code afterDays} after the previous block's last
     * session (the first block: after the start date, default 0; later blocks: default {@code everyDays}).
     * {@code missed} and {@code evaluationAt} are positions within the block, from 1.
     */
    @DemoRules
    record SessionBlock(
            SessionKind kind,

            @NotNull(message = REQUIRED) @Min(value = 1, message = "must be 1 or more")
            Integer count,

            Integer everyDays,
            @Min(value = 0, message = ZERO_OR_MORE) Integer afterDays,
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

            @NotNull(message = REQUIRED) @Pattern(regexp = NOT_BLANK, message = BLANK)
            String kind,

            @NotNull(message = REQUIRED) @Pattern(regexp = NOT_BLANK, message = BLANK)
            String decision,

            @Min(value = Treatment.MIN_EXPECTED, message = SESSIONS)
            @Max(value = Treatment.MAX_EXPECTED, message = SESSIONS)
            Integer expected,

            List<String> reasons,
            String otherReason,

            @Min(value = 0, message = RATING) @Max(value = 10, message = RATING)
            Integer alliance,

            @Min(value = 0, message = RATING) @Max(value = 10, message = RATING)
            Integer motivation,

            Boolean colleaguePresent,
            String note,
            String plan,
            Integer reviewAfterSessions) {}

    record DiscussionEntry(
            Integer atSession, @NotNull(message = REQUIRED) DiscussionKind kind, String note) {}
}
