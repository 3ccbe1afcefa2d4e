package nl.afsluitwijzer.treatment;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Checks a demo entry's session pattern and what refers to its sessions (goals, evaluations, discussions). */
final class DemoBlockCheck {

    private static final int MIN_INTERVAL_DAYS = 3;

    private final DemoEntryCheck check;

    DemoBlockCheck(DemoEntryCheck check) {
        this.check = check;
    }

    void blocks(List<DemoFile.SessionBlock> blocks, boolean closingOnPath) {
        boolean closingBlock = false;
        for (int i = 0; i < blocks.size(); i++) {
            DemoFile.SessionBlock block = blocks.get(i);
            String field = "sessions[" + i + "]";
            if (check.present(block, field)) {
                block(block, field);
                check.require(
                        i == 0 || block.afterDays() != null || block.everyDays() != null,
                        field + ".afterDays",
                        () -> "is required for a single session after an earlier block");
                closingBlock |= block.kind() == SessionKind.CLOSING;
            }
        }
        check.require(
                closingBlock == closingOnPath,
                "sessions",
                () -> closingOnPath
                        ? "needs a block of kind CLOSING: the closing phase starts at its first session"
                        : "has CLOSING sessions, but CLOSING is not on the path");
    }

    private void block(DemoFile.SessionBlock block, String field) {
        check.require(
                block.kind() != SessionKind.INTAKE,
                field + ".kind",
                () -> "must not be INTAKE: the intake session comes with intakeWeeksAgo");
        if (!check.present(block.count(), field + ".count")) {
            return;
        }
        check.require(block.count() >= 1, field + ".count", () -> "must be 1 or more");
        check.require(
                block.count() == 1 && block.everyDays() == null
                        || block.everyDays() != null && block.everyDays() >= MIN_INTERVAL_DAYS,
                field + ".everyDays",
                () -> "must be " + MIN_INTERVAL_DAYS + " or more (and is required for more than one session)");
        check.require(
                block.afterDays() == null || block.afterDays() >= 0, field + ".afterDays", () -> "must be 0 or more");
        positions(block.missed(), block.count(), field + ".missed");
        positions(block.evaluationAt(), block.count(), field + ".evaluationAt");
        check.require(
                block.evaluationAt() == null
                        || block.evaluationAt().isEmpty()
                        || block.kind() == null
                        || block.kind() == SessionKind.TREATMENT,
                field + ".evaluationAt",
                () -> "is for a block of TREATMENT sessions only");
    }

    private void positions(List<Integer> positions, int count, String field) {
        for (Integer position : positions == null ? List.<Integer>of() : positions) {
            check.require(
                    position != null && position >= 1 && position <= count,
                    field,
                    () -> "position " + position + " is not within the block's " + count + " sessions");
        }
    }

    void references(DemoFile.Entry e, int total) {
        List<DemoFile.GoalEntry> goals = e.goals() == null ? List.of() : e.goals();
        for (int i = 0; i < goals.size(); i++) {
            goal(goals.get(i), "goals[" + i + "]", total);
        }
        boolean changesE =
                e.evaluations() != null && e.evaluations().stream().anyMatch(x -> x != null && x.expected() != null);
        check.require(
                !changesE || e.agreements() != null,
                "evaluations",
                () -> "need agreements to change E: an extension raises the agreed number");
        evaluations(
                e.evaluations() == null ? List.of() : e.evaluations(),
                total,
                e.agreements() == null ? null : e.agreements().expected());
        List<DemoFile.DiscussionEntry> discussions = e.discussions() == null ? List.of() : e.discussions();
        for (int i = 0; i < discussions.size(); i++) {
            DemoFile.DiscussionEntry discussion = discussions.get(i);
            String field = "discussions[" + i + "]";
            if (check.present(discussion, field)) {
                session(discussion.atSession(), field + ".atSession", total, 1);
                check.present(discussion.kind(), field + ".kind");
            }
        }
    }

    /**
     * Evaluations in session order; one that raises E is an extension and needs a coded reason (OTHER with a text),
     * as in the application: the demo follows the rule that E is only raised at an evaluation with a reason.
     */
    private void evaluations(List<DemoFile.EvaluationEntry> evaluations, int total, @Nullable Integer agreed) {
        int previous = 0;
        Integer expected = agreed;
        for (int i = 0; i < evaluations.size(); i++) {
            DemoFile.EvaluationEntry evaluation = evaluations.get(i);
            String field = "evaluations[" + i + "]";
            if (!check.present(evaluation, field)) {
                continue;
            }
            if (session(evaluation.atSession(), field + ".atSession", total, 1)) {
                check.require(
                        evaluation.atSession() >= previous,
                        field + ".atSession",
                        () -> "must not be before the previous evaluation");
                previous = evaluation.atSession();
            }
            check.text(evaluation.kind(), field + ".kind");
            check.text(evaluation.decision(), field + ".decision");
            rating(evaluation.alliance(), field + ".alliance");
            rating(evaluation.motivation(), field + ".motivation");
            List<String> reasons = evaluation.reasons() == null ? List.of() : evaluation.reasons();
            if (evaluation.expected() != null) {
                check.sessions(evaluation.expected(), field + ".expected", true);
                boolean raise = expected == null || evaluation.expected() > expected;
                check.require(
                        !raise || !reasons.isEmpty(),
                        field + ".reasons",
                        () -> "are required: raising E is an extension and needs a coded reason");
                expected = evaluation.expected();
            } else {
                check.require(reasons.isEmpty(), field + ".reasons", () -> "are only for an evaluation that raises E");
            }
            check.require(
                    reasons.contains("OTHER")
                            == (evaluation.otherReason() != null
                                    && !evaluation.otherReason().isBlank()),
                    field + ".otherReason",
                    () -> "is required with the reason OTHER, and only then");
        }
    }

    private void rating(Integer rating, String field) {
        check.require(rating == null || rating >= 0 && rating <= 10, field, () -> "must be 0 to 10");
    }

    private void goal(DemoFile.GoalEntry goal, String field, int total) {
        if (!check.present(goal, field)) {
            return;
        }
        check.text(goal.description(), field + ".description");
        int added = goal.addedAtSession() == null ? 0 : goal.addedAtSession();
        session(added, field + ".addedAtSession", total, 0);
        boolean active = goal.status() == null || goal.status() == GoalStatus.ACTIVE;
        if (active) {
            check.require(
                    goal.statusAtSession() == null,
                    field + ".statusAtSession",
                    () -> "is for a status other than ACTIVE");
        } else if (session(goal.statusAtSession(), field + ".statusAtSession", total, 1)) {
            check.require(
                    goal.statusAtSession() >= added,
                    field + ".statusAtSession",
                    () -> "must not be before the session the goal was added");
        }
    }

    private boolean session(Integer position, String field, int total, int from) {
        if (!check.present(position, field)) {
            return false;
        }
        check.require(
                position >= from && position <= total,
                field,
                () -> "must be a session from " + from + " to " + total + ", not " + position);
        return position >= from && position <= total;
    }
}
