package nl.afsluitwijzer.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.afsluitwijzer.demo.DemoTreatmentPlan.PlannedDiscussion;
import nl.afsluitwijzer.demo.DemoTreatmentPlan.PlannedGoal;
import nl.afsluitwijzer.demo.DemoTreatmentPlan.PlannedPhase;
import nl.afsluitwijzer.demo.DemoTreatmentPlan.PlannedSession;
import nl.afsluitwijzer.treatment.Agreements;
import nl.afsluitwijzer.treatment.ClientDetails;
import nl.afsluitwijzer.treatment.GoalStatus;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.ReferralDetails;
import nl.afsluitwijzer.treatment.SessionKind;
import org.jspecify.annotations.Nullable;

/**
 * Turns the checked demo entries into treatments with absolute dates: a pure function of the entries and the
 * day, so the same day always gives the same demo caseload, and a day a week later the same one a week later.
 */
final class DemoPlanner {

    private final LocalDate today;
    private final List<String> problems = new ArrayList<>();

    private DemoPlanner(LocalDate today) {
        this.today = today;
    }

    static List<DemoTreatmentPlan> plan(List<DemoFile.Entry> entries, LocalDate today) {
        DemoPlanner planner = new DemoPlanner(today);
        List<DemoTreatmentPlan> plans = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            plans.add(planner.plan(
                    entries.get(i), "treatments[" + i + "] (" + entries.get(i).reference() + ")"));
        }
        if (!planner.problems.isEmpty()) {
            throw new DemoDataException(DemoFileReader.RESOURCE, planner.problems);
        }
        return List.copyOf(plans);
    }

    private DemoTreatmentPlan plan(DemoFile.Entry e, String entry) {
        List<PlannedSession> pattern = sessions(e, entry);
        List<PlannedSession> sessions = new ArrayList<>();
        if (e.intakeWeeksAgo() != null) {
            sessions.add(new PlannedSession(weeksAgo(e.intakeWeeksAgo()), SessionKind.INTAKE, true));
        }
        sessions.addAll(pattern);
        DemoFile.Client c = e.client();
        return new DemoTreatmentPlan(
                e.therapist(),
                e.sharedWith(),
                new ClientDetails(e.reference(), c.displayName(), c.birthYear(), c.gpName(), c.gpPractice()),
                e.helpQuestion(),
                Boolean.TRUE.equals(e.complex()),
                phases(e, pattern, entry),
                agreements(e),
                evaluations(e, pattern),
                goals(e, pattern),
                List.copyOf(sessions),
                discussions(e, pattern),
                e.shows() == null ? List.of() : List.copyOf(e.shows()),
                referral(e.referral()),
                screening(e.screening()));
    }

    private static ReferralDetails referral(DemoFile.ReferralEntry r) {
        return r == null
                ? ReferralDetails.unknown()
                : new ReferralDetails(r.referrer(), r.referrerName(), r.ehealth() != null, r.ehealth());
    }

    private DemoTreatmentPlan.@Nullable PlannedScreening screening(DemoFile.@Nullable ScreeningEntry s) {
        return s == null
                ? null
                : new DemoTreatmentPlan.PlannedScreening(
                        weeksAgo(s.weeksAgo()),
                        s.outcome(),
                        s.reasons() == null ? List.of() : List.copyOf(s.reasons()),
                        s.otherReason());
    }

    /** The session pattern, block after block from the start date; none may lie after today. */
    private List<PlannedSession> sessions(DemoFile.Entry e, String entry) {
        List<PlannedSession> sessions = new ArrayList<>();
        List<DemoFile.SessionBlock> blocks = e.sessions() == null ? List.of() : e.sessions();
        LocalDate cursor = e.startWeeksAgo() == null ? null : today.minusWeeks(e.startWeeksAgo());
        for (int b = 0; b < blocks.size(); b++) {
            DemoFile.SessionBlock block = blocks.get(b);
            int every = block.everyDays() == null ? 0 : block.everyDays();
            cursor = Objects.requireNonNull(cursor, "sessions need startWeeksAgo (DemoRules)")
                    .plusDays(block.afterDays() != null ? block.afterDays() : b == 0 ? 0 : every);
            for (int position = 1; position <= block.count(); position++, cursor = cursor.plusDays(every)) {
                SessionKind kind = contains(block.evaluationAt(), position)
                        ? SessionKind.EVALUATION
                        : block.kind() == null ? SessionKind.TREATMENT : block.kind();
                sessions.add(new PlannedSession(workday(cursor), kind, !contains(block.missed(), position)));
            }
            cursor = cursor.minusDays(every);
            notAfterToday(cursor, entry + " sessions[" + b + "]");
        }
        return sessions;
    }

    private List<PlannedPhase> phases(DemoFile.Entry e, List<PlannedSession> pattern, String entry) {
        Map<Phase, String> reasons = e.reasons() == null ? Map.of() : e.reasons();
        List<PlannedPhase> phases = new ArrayList<>();
        for (Phase phase : e.path()) {
            LocalDate date = switch (phase) {
                case REFERRED -> weeksAgo(e.registeredWeeksAgo());
                case INTAKE -> weeksAgo(e.intakeWeeksAgo());
                case TREATMENT -> weeksAgo(e.startWeeksAgo());
                case CLOSING ->
                    pattern.stream()
                            .filter(s -> s.kind() == SessionKind.CLOSING)
                            .findFirst()
                            .orElseThrow()
                            .date();
                case CLOSED, TRANSFERRED, DROPPED_OUT -> endDate(e, pattern, phases, entry);
            };
            phases.add(new PlannedPhase(phase, date, reasons.get(phase)));
        }
        return List.copyOf(phases);
    }

    /** An ended treatment ends on its last session (or last phase change) plus endAfterDays. */
    private LocalDate endDate(DemoFile.Entry e, List<PlannedSession> pattern, List<PlannedPhase> before, String entry) {
        LocalDate last = pattern.isEmpty()
                ? before.get(before.size() - 1).date()
                : pattern.get(pattern.size() - 1).date();
        LocalDate end = last.plusDays(e.endAfterDays() == null ? 0 : e.endAfterDays());
        notAfterToday(end, entry + " endAfterDays");
        return workday(end);
    }

    private static @Nullable Agreements agreements(DemoFile.Entry e) {
        DemoFile.AgreementsEntry a = e.agreements();
        if (a == null) {
            return null;
        }
        return new Agreements(
                a.clientEstimate(),
                a.therapistEstimate(),
                a.expected(),
                a.closingDiscussedAtStart(),
                Boolean.TRUE.equals(e.complex()),
                a.primaryInstrument(),
                e.helpQuestion(),
                a.scopeNote());
    }

    private static List<DemoEvaluation> evaluations(DemoFile.Entry e, List<PlannedSession> pattern) {
        return e.evaluations() == null
                ? List.of()
                : e.evaluations().stream()
                        .map(x -> new DemoEvaluation(
                                pattern.get(x.atSession() - 1).date(),
                                x.kind(),
                                x.decision(),
                                x.expected(),
                                x.reasons(),
                                x.otherReason(),
                                x.alliance(),
                                x.motivation(),
                                Boolean.TRUE.equals(x.colleaguePresent()),
                                x.note(),
                                x.plan(),
                                x.reviewAfterSessions()))
                        .toList();
    }

    private List<PlannedGoal> goals(DemoFile.Entry e, List<PlannedSession> pattern) {
        return e.goals() == null
                ? List.of()
                : e.goals().stream()
                        .map(g -> {
                            int added = g.addedAtSession() == null ? 0 : g.addedAtSession();
                            LocalDate addedOn = added == 0
                                    ? weeksAgo(e.startWeeksAgo())
                                    : pattern.get(added - 1).date();
                            GoalStatus status = g.status() == null ? GoalStatus.ACTIVE : g.status();
                            LocalDate statusOn = status == GoalStatus.ACTIVE
                                    ? null
                                    : pattern.get(g.statusAtSession() - 1).date();
                            return new PlannedGoal(g.description(), g.criterion(), addedOn, status, statusOn);
                        })
                        .toList();
    }

    private static List<PlannedDiscussion> discussions(DemoFile.Entry e, List<PlannedSession> pattern) {
        return e.discussions() == null
                ? List.of()
                : e.discussions().stream()
                        .map(d -> new PlannedDiscussion(
                                pattern.get(d.atSession() - 1).date(), d.kind(), d.note()))
                        .toList();
    }

    private LocalDate weeksAgo(int weeks) {
        return workday(today.minusWeeks(weeks));
    }

    private void notAfterToday(LocalDate date, String where) {
        if (date.isAfter(today)) {
            problems.add(where + ": would end " + (date.toEpochDay() - today.toEpochDay())
                    + " days after today; start earlier, or plan fewer or closer sessions");
        }
    }

    /**
     * Practices see clients on weekdays: a date on a weekend moves back to the Friday before. Moving back keeps
     * the order of dates and never passes today, and it depends only on the weekday, so shifting today by whole
     * weeks shifts every date by the same weeks.
     */
    static LocalDate workday(LocalDate date) {
        return switch (date.getDayOfWeek()) {
            case SATURDAY -> date.minusDays(1);
            case SUNDAY -> date.minusDays(2);
            default -> date;
        };
    }

    private static boolean contains(List<Integer> positions, int position) {
        return positions != null && positions.contains(position);
    }
}
