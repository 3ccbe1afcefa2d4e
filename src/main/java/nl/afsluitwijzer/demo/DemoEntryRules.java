package nl.afsluitwijzer.demo;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import nl.afsluitwijzer.treatment.GoalStatus;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.ScreeningOutcome;
import nl.afsluitwijzer.treatment.ScreeningReason;
import nl.afsluitwijzer.treatment.SessionKind;
import org.jspecify.annotations.Nullable;

/**
 * The {@link DemoRules} of one entry of {@code demo/treatments.json}: its path, its dates, and what refers to its
 * sessions (goals, evaluations, discussions). Each problem names the field, as {@code path[1]}. Public only because a
 * plain validator (outside Spring) instantiates it by reflection.
 */
public final class DemoEntryRules implements ConstraintValidator<DemoRules, DemoFile.Entry> {

    @Override
    public boolean isValid(DemoFile.Entry e, ConstraintValidatorContext context) {
        DemoRules.Problems problems = new DemoRules.Problems(context);
        problems.require(
                e.sharedWith() == null || !e.sharedWith().equals(e.therapist()),
                "sharedWith",
                "must be a colleague, not the treating therapist");
        if (e.path() != null && path(problems, e.path())) {
            screening(problems, e);
            dates(problems, e);
            content(problems, e);
        }
        return problems.none();
    }

    private static boolean path(DemoRules.Problems problems, List<Phase> path) {
        if (path.isEmpty() || path.get(0) != Phase.REFERRED) {
            problems.fail("path", "must start with REFERRED");
            return false;
        }
        for (int i = 1; i < path.size(); i++) {
            Phase from = path.get(i - 1);
            if (path.get(i) == null || !from.canMoveTo(path.get(i))) {
                problems.fail("path[" + i + "]", from + " cannot move to " + path.get(i) + "; allowed: " + from.next());
                return false;
            }
        }
        return true;
    }

    /** A screening lies between registration and intake; "does not fit" ends the referral and needs reasons. */
    private static void screening(DemoRules.Problems problems, DemoFile.Entry e) {
        DemoFile.ScreeningEntry s = e.screening();
        if (s == null) {
            return;
        }
        if (s.weeksAgo() != null) {
            problems.require(
                    e.registeredWeeksAgo() == null || s.weeksAgo() <= e.registeredWeeksAgo(),
                    "screening.weeksAgo",
                    "must not be before the registration");
            problems.require(
                    e.intakeWeeksAgo() == null || s.weeksAgo() >= e.intakeWeeksAgo(),
                    "screening.weeksAgo",
                    "must not be after the intake");
        }
        if (s.outcome() == ScreeningOutcome.DOES_NOT_FIT) {
            problems.require(e.path().size() == 1, "path", "must be only REFERRED: DOES_NOT_FIT ends the referral");
            problems.require(s.reasons() != null && !s.reasons().isEmpty(), "screening.reasons", "are required");
        }
        boolean other = s.reasons() != null && s.reasons().contains(ScreeningReason.OTHER);
        problems.require(
                other == (s.otherReason() != null && !s.otherReason().isBlank()),
                "screening.otherReason",
                "is required with OTHER, and only then");
    }

    private static void dates(DemoRules.Problems problems, DemoFile.Entry e) {
        weeksAgo(problems, e.registeredWeeksAgo(), "registeredWeeksAgo", true, null);
        weeksAgo(
                problems,
                e.intakeWeeksAgo(),
                "intakeWeeksAgo",
                e.path().contains(Phase.INTAKE),
                e.registeredWeeksAgo());
        weeksAgo(problems, e.startWeeksAgo(), "startWeeksAgo", e.path().contains(Phase.TREATMENT), e.intakeWeeksAgo());
        problems.require(
                e.endAfterDays() == null || e.path().get(e.path().size() - 1).isEnded(),
                "endAfterDays",
                "is for an ended treatment only, and at least 0");
        if (e.reasons() != null) {
            e.reasons()
                    .keySet()
                    .forEach(phase ->
                            problems.require(e.path().contains(phase), "reasons." + phase, "is not on the path"));
        }
    }

    private static void weeksAgo(
            DemoRules.Problems problems,
            @Nullable Integer weeks,
            String field,
            boolean needed,
            @Nullable Integer earlier) {
        if (!needed) {
            problems.require(weeks == null, field, "is only for a treatment whose path has that phase");
        } else if (weeks == null) {
            problems.fail(field, DemoFile.REQUIRED);
        } else {
            problems.require(
                    earlier == null || weeks <= earlier,
                    field,
                    "must not be more than the previous date (" + earlier + " weeks ago)");
        }
    }

    private static void content(DemoRules.Problems problems, DemoFile.Entry e) {
        if (!e.path().contains(Phase.TREATMENT)) {
            absent(problems, e.agreements(), "agreements");
            absent(problems, e.goals(), "goals");
            absent(problems, e.sessions(), "sessions");
            absent(problems, e.evaluations(), "evaluations");
            absent(problems, e.discussions(), "discussions");
            return;
        }
        List<DemoFile.SessionBlock> blocks = e.sessions() == null ? List.of() : e.sessions();
        boolean closingBlock = false;
        int total = 0;
        for (int i = 0; i < blocks.size(); i++) {
            DemoFile.SessionBlock block = blocks.get(i);
            if (block != null) {
                problems.require(
                        i == 0 || block.afterDays() != null || block.everyDays() != null,
                        "sessions[" + i + "].afterDays",
                        "is required for a single session after an earlier block");
                closingBlock |= block.kind() == SessionKind.CLOSING;
                total += block.count() == null ? 0 : block.count();
            }
        }
        boolean closingOnPath = e.path().contains(Phase.CLOSING);
        problems.require(
                closingBlock == closingOnPath,
                "sessions",
                closingOnPath
                        ? "needs a block of kind CLOSING: the closing phase starts at its first session"
                        : "has CLOSING sessions, but CLOSING is not on the path");
        goals(problems, e.goals() == null ? List.of() : e.goals(), total);
        boolean changesE =
                e.evaluations() != null && e.evaluations().stream().anyMatch(x -> x != null && x.expected() != null);
        problems.require(
                !changesE || e.agreements() != null,
                "evaluations",
                "need agreements to change E: an extension raises the agreed number");
        evaluations(
                problems,
                e.evaluations() == null ? List.of() : e.evaluations(),
                total,
                e.agreements() == null ? null : e.agreements().expected());
        List<DemoFile.DiscussionEntry> discussions = e.discussions() == null ? List.of() : e.discussions();
        for (int i = 0; i < discussions.size(); i++) {
            if (discussions.get(i) != null) {
                session(problems, discussions.get(i).atSession(), "discussions[" + i + "].atSession", total, 1);
            }
        }
    }

    private static void absent(DemoRules.Problems problems, @Nullable Object value, String field) {
        problems.require(
                value == null || value instanceof List<?> list && list.isEmpty(),
                field,
                "is only for a treatment that started (TREATMENT on the path)");
    }

    private static void goals(DemoRules.Problems problems, List<DemoFile.GoalEntry> goals, int total) {
        for (int i = 0; i < goals.size(); i++) {
            DemoFile.GoalEntry goal = goals.get(i);
            if (goal == null) {
                continue;
            }
            String field = "goals[" + i + "]";
            int added = goal.addedAtSession() == null ? 0 : goal.addedAtSession();
            session(problems, added, field + ".addedAtSession", total, 0);
            if (goal.status() == null || goal.status() == GoalStatus.ACTIVE) {
                problems.require(
                        goal.statusAtSession() == null,
                        field + ".statusAtSession",
                        "is for a status other than ACTIVE");
            } else if (session(problems, goal.statusAtSession(), field + ".statusAtSession", total, 1)) {
                problems.require(
                        goal.statusAtSession() >= added,
                        field + ".statusAtSession",
                        "must not be before the session the goal was added");
            }
        }
    }

    /**
     * Evaluations in session order; one that raises E is an extension and needs a coded reason (OTHER with a
     * text), as in the application: the demo follows the rule that E is only raised at an evaluation with a
     * reason.
     */
    private static void evaluations(
            DemoRules.Problems problems,
            List<DemoFile.EvaluationEntry> evaluations,
            int total,
            @Nullable Integer agreed) {
        int previous = 0;
        Integer expected = agreed;
        for (int i = 0; i < evaluations.size(); i++) {
            DemoFile.EvaluationEntry evaluation = evaluations.get(i);
            if (evaluation == null) {
                continue;
            }
            String field = "evaluations[" + i + "]";
            if (session(problems, evaluation.atSession(), field + ".atSession", total, 1)) {
                problems.require(
                        evaluation.atSession() >= previous,
                        field + ".atSession",
                        "must not be before the previous evaluation");
                previous = evaluation.atSession();
            }
            List<String> reasons = evaluation.reasons() == null ? List.of() : evaluation.reasons();
            if (evaluation.expected() != null) {
                boolean raise = expected == null || evaluation.expected() > expected;
                problems.require(
                        !raise || !reasons.isEmpty(),
                        field + ".reasons",
                        "are required: raising E is an extension and needs a coded reason");
                expected = evaluation.expected();
            } else {
                problems.require(reasons.isEmpty(), field + ".reasons", "are only for an evaluation that raises E");
            }
            problems.require(
                    reasons.contains("OTHER")
                            == (evaluation.otherReason() != null
                                    && !evaluation.otherReason().isBlank()),
                    field + ".otherReason",
                    "is required with the reason OTHER, and only then");
        }
    }

    private static boolean session(
            DemoRules.Problems problems, @Nullable Integer position, String field, int total, int from) {
        if (position == null) {
            problems.fail(field, DemoFile.REQUIRED);
            return false;
        }
        boolean within = position >= from && position <= total;
        problems.require(within, field, "must be a session from " + from + " to " + total + ", not " + position);
        return within;
    }
}
