package nl.afsluitwijzer.demo;

import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.treatment.Agreements;
import nl.afsluitwijzer.treatment.ClientDetails;
import nl.afsluitwijzer.treatment.DiscussionKind;
import nl.afsluitwijzer.treatment.GoalStatus;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.ReferralDetails;
import nl.afsluitwijzer.treatment.ScreeningOutcome;
import nl.afsluitwijzer.treatment.ScreeningReason;
import nl.afsluitwijzer.treatment.SessionKind;
import org.jspecify.annotations.Nullable;

/**
 * One demo treatment with its dates made absolute for a given day: what {@link DemoTreatments} writes.
 *
 * @param sharedWith a colleague's username, or null
 * @param agreements the behandelafspraken, agreed on the start date, or null when none were recorded
 * @param screening the screening while on the waiting list, or null when none was held
 * @param evaluations the evaluations held, in order; those with a new E are the only changes of E after the agreements
 */
record DemoTreatmentPlan(
        String therapist,
        String sharedWith,
        ClientDetails client,
        String helpQuestion,
        boolean complex,
        List<PlannedPhase> phases,
        @Nullable Agreements agreements,
        List<DemoEvaluation> evaluations,
        List<PlannedGoal> goals,
        List<PlannedSession> sessions,
        List<PlannedDiscussion> discussions,
        List<String> shows,
        ReferralDetails referral,
        @Nullable PlannedScreening screening) {

    record PlannedScreening(
            LocalDate date,
            ScreeningOutcome outcome,
            List<ScreeningReason> reasons,
            @Nullable String otherReason) {}

    record PlannedPhase(
            Phase phase, LocalDate date, @Nullable String reason) {}

    record PlannedExpected(LocalDate from, int sessions) {}

    /** A goal; {@code statusOn} is null while it is ACTIVE. */
    record PlannedGoal(
            String description,
            String criterion,
            LocalDate addedOn,
            GoalStatus status,
            @Nullable LocalDate statusOn) {}

    record PlannedSession(LocalDate date, SessionKind kind, boolean attended) {}

    record PlannedDiscussion(LocalDate date, DiscussionKind kind, String note) {}

    /** The last phase of the path, or TRANSFERRED for a referral screened as not fitting. */
    Phase phase() {
        return screenedOut() ? Phase.TRANSFERRED : phases.get(phases.size() - 1).phase();
    }

    /** The phase changes the treatment records: the path, and the ending of a referral screened out. */
    int phaseChanges() {
        return phases.size() + (screenedOut() ? 1 : 0);
    }

    private boolean screenedOut() {
        return screening != null && screening.outcome() == ScreeningOutcome.DOES_NOT_FIT;
    }

    @Nullable
    LocalDate dateOf(Phase phase) {
        return phases.stream()
                .filter(p -> p.phase() == phase)
                .map(PlannedPhase::date)
                .findFirst()
                .orElse(null);
    }

    /** n on the day the plan was made: attended sessions of a kind that counts. */
    int attendedSessions() {
        return (int)
                sessions.stream().filter(s -> s.attended() && s.kind().counts()).count();
    }

    /** The changes of E after the agreements: those decided at an evaluation. */
    List<PlannedExpected> extensions() {
        return evaluations.stream()
                .filter(x -> x.expectedSessions() != null)
                .map(x -> new PlannedExpected(x.date(), x.expectedSessions()))
                .toList();
    }

    /** E in force, or null without agreements. */
    @Nullable
    Integer expectedSessions() {
        if (agreements == null) {
            return null;
        }
        List<PlannedExpected> extensions = extensions();
        return extensions.isEmpty()
                ? agreements.expectedSessions()
                : extensions.get(extensions.size() - 1).sessions();
    }
}
