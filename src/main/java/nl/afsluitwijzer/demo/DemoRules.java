package nl.afsluitwijzer.demo;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import nl.afsluitwijzer.treatment.GoalStatus;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.ScreeningOutcome;
import nl.afsluitwijzer.treatment.ScreeningReason;
import nl.afsluitwijzer.treatment.SessionKind;
import org.jspecify.annotations.Nullable;

/**
 * The rules between the fields of the demo data file, which single-field constraints cannot express: a reference
 * used once, a path of allowed phase changes, dates in order, and sessions that what refers to them (goals,
 * evaluations, discussions) really has. Each problem names the field, as {@code path[1]} or {@code screening.weeksAgo}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {DemoRules.FileRules.class, DemoRules.EntryRules.class, DemoRules.BlockRules.class})
@interface DemoRules {

    String message() default "is not consistent";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Collects the problems of one validated object, each on the field it names. */
    final class Problems {

        private final ConstraintValidatorContext context;
        private boolean none = true;

        Problems(ConstraintValidatorContext context) {
            this.context = context;
            context.disableDefaultConstraintViolation();
        }

        void require(boolean condition, String field, String problem) {
            if (!condition) {
                fail(field, problem);
            }
        }

        void fail(String field, String problem) {
            none = false;
            context.buildConstraintViolationWithTemplate(problem.replaceAll("([\\\\{}$])", "\\\\$1"))
                    .addPropertyNode(field)
                    .addConstraintViolation();
        }

        boolean none() {
            return none;
        }
    }

    /** No two entries share a reference. */
    final class FileRules implements ConstraintValidator<DemoRules, DemoFile> {

        @Override
        public boolean isValid(DemoFile file, ConstraintValidatorContext context) {
            List<DemoFile.Entry> entries = file.treatments() == null ? List.of() : file.treatments();
            Set<String> references = new HashSet<>();
            boolean valid = true;
            context.disableDefaultConstraintViolation();
            for (int i = 0; i < entries.size(); i++) {
                DemoFile.Entry e = entries.get(i);
                if (e != null && e.reference() != null && !references.add(e.reference())) {
                    valid = false;
                    context.buildConstraintViolationWithTemplate("is used by an earlier entry too")
                            .addPropertyNode("treatments")
                            .addPropertyNode("reference")
                            .inIterable()
                            .atIndex(i)
                            .addConstraintViolation();
                }
            }
            return valid;
        }
    }

    /** One block of sessions: its positions lie within it, and it has an interval when it has more than one. */
    final class BlockRules implements ConstraintValidator<DemoRules, DemoFile.SessionBlock> {

        private static final int MIN_INTERVAL_DAYS = 3;

        @Override
        public boolean isValid(DemoFile.SessionBlock block, ConstraintValidatorContext context) {
            Problems problems = new Problems(context);
            problems.require(
                    block.kind() != SessionKind.INTAKE,
                    "kind",
                    "must not be INTAKE: the intake session comes with intakeWeeksAgo");
            Integer count = block.count();
            if (count != null) {
                problems.require(
                        count == 1 && block.everyDays() == null
                                || block.everyDays() != null && block.everyDays() >= MIN_INTERVAL_DAYS,
                        "everyDays",
                        "must be " + MIN_INTERVAL_DAYS + " or more (and is required for more than one session)");
                positions(problems, block.missed(), count, "missed");
                positions(problems, block.evaluationAt(), count, "evaluationAt");
            }
            problems.require(
                    block.evaluationAt() == null
                            || block.evaluationAt().isEmpty()
                            || block.kind() == null
                            || block.kind() == SessionKind.TREATMENT,
                    "evaluationAt",
                    "is for a block of TREATMENT sessions only");
            return problems.none();
        }

        private static void positions(Problems problems, @Nullable List<Integer> positions, int count, String field) {
            for (Integer position : positions == null ? List.<Integer>of() : positions) {
                problems.require(
                        position != null && position >= 1 && position <= count,
                        field,
                        "position " + position + " is not within the block's " + count + " sessions");
            }
        }
    }

    /** One entry: its path, its dates, and what refers to its sessions. */
    final class EntryRules implements ConstraintValidator<DemoRules, DemoFile.Entry> {

        @Override
        public boolean isValid(DemoFile.Entry e, ConstraintValidatorContext context) {
            Problems problems = new Problems(context);
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

        private static boolean path(Problems problems, List<Phase> path) {
            if (path.isEmpty() || path.get(0) != Phase.REFERRED) {
                problems.fail("path", "must start with REFERRED");
                return false;
            }
            for (int i = 1; i < path.size(); i++) {
                Phase from = path.get(i - 1);
                if (path.get(i) == null || !from.canMoveTo(path.get(i))) {
                    problems.fail(
                            "path[" + i + "]", from + " cannot move to " + path.get(i) + "; allowed: " + from.next());
                    return false;
                }
            }
            return true;
        }

        /** A screening lies between registration and intake; "does not fit" ends the referral and needs reasons. */
        private static void screening(Problems problems, DemoFile.Entry e) {
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

        private static void dates(Problems problems, DemoFile.Entry e) {
            weeksAgo(problems, e.registeredWeeksAgo(), "registeredWeeksAgo", true, null);
            weeksAgo(
                    problems,
                    e.intakeWeeksAgo(),
                    "intakeWeeksAgo",
                    e.path().contains(Phase.INTAKE),
                    e.registeredWeeksAgo());
            weeksAgo(
                    problems,
                    e.startWeeksAgo(),
                    "startWeeksAgo",
                    e.path().contains(Phase.TREATMENT),
                    e.intakeWeeksAgo());
            problems.require(
                    e.endAfterDays() == null
                            || e.path().get(e.path().size() - 1).isEnded(),
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
                Problems problems, @Nullable Integer weeks, String field, boolean needed, @Nullable Integer earlier) {
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

        private static void content(Problems problems, DemoFile.Entry e) {
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
            boolean changesE = e.evaluations() != null
                    && e.evaluations().stream().anyMatch(x -> x != null && x.expected() != null);
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

        private static void absent(Problems problems, @Nullable Object value, String field) {
            problems.require(
                    value == null || value instanceof List<?> list && list.isEmpty(),
                    field,
                    "is only for a treatment that started (TREATMENT on the path)");
        }

        private static void goals(Problems problems, List<DemoFile.GoalEntry> goals, int total) {
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
                Problems problems, List<DemoFile.EvaluationEntry> evaluations, int total, @Nullable Integer agreed) {
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
                Problems problems, @Nullable Integer position, String field, int total, int from) {
            if (position == null) {
                problems.fail(field, DemoFile.REQUIRED);
                return false;
            }
            boolean within = position >= from && position <= total;
            problems.require(within, field, "must be a session from " + from + " to " + total + ", not " + position);
            return within;
        }
    }
}
