package nl.afsluitwijzer.treatment;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/** Checks the entries of the demo data file; each problem names the entry and the field. */
final class DemoEntryCheck {

    private final String entry;
    private final List<String> problems;

    private DemoEntryCheck(String entry, List<String> problems) {
        this.entry = entry;
        this.problems = problems;
    }

    static List<String> problems(List<DemoFile.Entry> entries) {
        List<String> problems = new ArrayList<>();
        Set<String> references = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            DemoFile.Entry e = entries.get(i);
            DemoEntryCheck check = new DemoEntryCheck(
                    "treatments[" + i + "]" + (e == null || e.reference() == null ? "" : " (" + e.reference() + ")"),
                    problems);
            if (e == null) {
                check.fail("", "must be an object { ... }, not null");
            } else {
                check.entry(e);
                check.require(
                        e.reference() == null || references.add(e.reference()),
                        "reference",
                        () -> "is used by an earlier entry too");
            }
        }
        return problems;
    }

    private void entry(DemoFile.Entry e) {
        text(e.reference(), "reference");
        text(e.therapist(), "therapist");
        require(
                e.sharedWith() == null || !e.sharedWith().equals(e.therapist()),
                "sharedWith",
                () -> "must be a colleague, not the treating therapist");
        text(e.helpQuestion(), "helpQuestion");
        if (present(e.client(), "client")) {
            text(e.client().displayName(), "client.displayName");
            require(
                    e.client().birthYear() == null || e.client().birthYear() >= 1900,
                    "client.birthYear",
                    () -> "must be a year from 1900 on");
        }
        if (present(e.path(), "path") && path(e.path())) {
            screening(e);
            dates(e);
            content(e);
        }
    }

    /** A screening lies between registration and intake; "does not fit" ends the referral and needs reasons. */
    private void screening(DemoFile.Entry e) {
        DemoFile.ScreeningEntry s = e.screening();
        if (e.referral() != null) {
            present(e.referral().referrer(), "referral.referrer");
        }
        if (s == null) {
            return;
        }
        if (present(s.weeksAgo(), "screening.weeksAgo")) {
            require(
                    e.registeredWeeksAgo() == null || s.weeksAgo() <= e.registeredWeeksAgo(),
                    "screening.weeksAgo",
                    () -> "must not be before the registration");
            require(
                    e.intakeWeeksAgo() == null || s.weeksAgo() >= e.intakeWeeksAgo(),
                    "screening.weeksAgo",
                    () -> "must not be after the intake");
        }
        if (present(s.outcome(), "screening.outcome") && s.outcome() == ScreeningOutcome.DOES_NOT_FIT) {
            require(e.path().size() == 1, "path", () -> "must be only REFERRED: DOES_NOT_FIT ends the referral");
            require(s.reasons() != null && !s.reasons().isEmpty(), "screening.reasons", () -> "are required");
        }
        boolean other = s.reasons() != null && s.reasons().contains(ScreeningReason.OTHER);
        require(
                other == (s.otherReason() != null && !s.otherReason().isBlank()),
                "screening.otherReason",
                () -> "is required with OTHER, and only then");
    }

    private boolean path(List<Phase> path) {
        if (path.isEmpty() || path.get(0) != Phase.REFERRED) {
            fail("path", "must start with REFERRED");
            return false;
        }
        for (int i = 1; i < path.size(); i++) {
            Phase from = path.get(i - 1);
            if (path.get(i) == null || !from.canMoveTo(path.get(i))) {
                fail("path[" + i + "]", from + " cannot move to " + path.get(i) + "; allowed: " + from.next());
                return false;
            }
        }
        return true;
    }

    private void dates(DemoFile.Entry e) {
        weeksAgo(e.registeredWeeksAgo(), "registeredWeeksAgo", true, null);
        weeksAgo(e.intakeWeeksAgo(), "intakeWeeksAgo", e.path().contains(Phase.INTAKE), e.registeredWeeksAgo());
        weeksAgo(e.startWeeksAgo(), "startWeeksAgo", e.path().contains(Phase.TREATMENT), e.intakeWeeksAgo());
        boolean ended = e.path().get(e.path().size() - 1).isEnded();
        require(
                e.endAfterDays() == null || (ended && e.endAfterDays() >= 0),
                "endAfterDays",
                () -> "is for an ended treatment only, and at least 0");
        if (e.reasons() != null) {
            e.reasons()
                    .keySet()
                    .forEach(
                            phase -> require(e.path().contains(phase), "reasons." + phase, () -> "is not on the path"));
        }
    }

    private void weeksAgo(@Nullable Integer weeks, String field, boolean needed, @Nullable Integer earlier) {
        if (!needed) {
            require(weeks == null, field, () -> "is only for a treatment whose path has that phase");
        } else if (present(weeks, field)) {
            require(weeks >= 0, field, () -> "must be 0 or more");
            require(
                    earlier == null || weeks <= earlier,
                    field,
                    () -> "must not be more than the previous date (" + earlier + " weeks ago)");
        }
    }

    private void content(DemoFile.Entry e) {
        if (!e.path().contains(Phase.TREATMENT)) {
            absent(e.agreements(), "agreements");
            absent(e.goals(), "goals");
            absent(e.sessions(), "sessions");
            absent(e.evaluations(), "evaluations");
            absent(e.discussions(), "discussions");
            return;
        }
        List<DemoFile.SessionBlock> blocks = e.sessions() == null ? List.of() : e.sessions();
        DemoBlockCheck sessions = new DemoBlockCheck(this);
        sessions.blocks(blocks, e.path().contains(Phase.CLOSING));
        if (e.agreements() != null) {
            agreements(e.agreements());
        }
        sessions.references(
                e,
                blocks.stream()
                        .mapToInt(b -> b == null || b.count() == null ? 0 : b.count())
                        .sum());
    }

    private void agreements(DemoFile.AgreementsEntry a) {
        sessions(a.expected(), "agreements.expected", true);
        sessions(a.clientEstimate(), "agreements.clientEstimate", false);
        sessions(a.therapistEstimate(), "agreements.therapistEstimate", false);
        present(a.closingDiscussedAtStart(), "agreements.closingDiscussedAtStart");
        require(
                a.primaryInstrument() == null || a.primaryInstrument().matches("[A-Z0-9]+"),
                "agreements.primaryInstrument",
                () -> "must be an instrument code such as PHQ9, or absent");
    }

    void sessions(Integer value, String field, boolean needed) {
        if (value == null) {
            require(!needed, field, () -> "is required");
            return;
        }
        require(
                value >= Treatment.MIN_EXPECTED && value <= Treatment.MAX_EXPECTED,
                field,
                () -> "must be " + Treatment.MIN_EXPECTED + " to " + Treatment.MAX_EXPECTED);
    }

    private void absent(Object value, String field) {
        require(
                value == null || value instanceof List<?> list && list.isEmpty(),
                field,
                () -> "is only for a treatment that started (TREATMENT on the path)");
    }

    void text(String value, String field) {
        require(value == null || !value.isBlank(), field, () -> "must not be blank");
        present(value, field);
    }

    @Contract("null, _ -> false")
    boolean present(@Nullable Object value, String field) {
        require(value != null, field, () -> "is required");
        return value != null;
    }

    void require(boolean condition, String field, Supplier<String> problem) {
        if (!condition) {
            fail(field, problem.get());
        }
    }

    void fail(String field, String problem) {
        problems.add(entry + (field.isEmpty() ? "" : " " + field) + ": " + problem);
    }
}
