package nl.afsluitwijzer.benchmark.practice;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import nl.afsluitwijzer.closing.ChecklistItem;
import nl.afsluitwijzer.closing.ClosingReason;
import nl.afsluitwijzer.closing.LetterKind;
import nl.afsluitwijzer.closing.internal.ClosingRitual;
import nl.afsluitwijzer.closing.internal.SupportOption;
import nl.afsluitwijzer.evaluation.Decision;
import nl.afsluitwijzer.evaluation.EvaluationKind;
import nl.afsluitwijzer.evaluation.ExtensionReason;
import nl.afsluitwijzer.measurement.Instrument;
import nl.afsluitwijzer.measurement.Score;
import nl.afsluitwijzer.practice.Policy;
import nl.afsluitwijzer.treatment.Agreements;
import nl.afsluitwijzer.treatment.ClientDetails;
import nl.afsluitwijzer.treatment.ExpectedSessions;
import nl.afsluitwijzer.treatment.Goal;
import nl.afsluitwijzer.treatment.GoalStatus;
import nl.afsluitwijzer.treatment.GoalStatusChange;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.PhaseChange;
import nl.afsluitwijzer.treatment.ReferralDetails;
import nl.afsluitwijzer.treatment.ReferrerKind;
import nl.afsluitwijzer.treatment.Screening;
import nl.afsluitwijzer.treatment.ScreeningOutcome;
import nl.afsluitwijzer.treatment.ScreeningReason;
import nl.afsluitwijzer.treatment.SessionKind;
import nl.afsluitwijzer.treatment.Treatment;

/**
 * One treatment's whole history, written as rows. The treatment itself is the application's aggregate, so the phase
 * rules (only allowed transitions, dates in order, E between 1 and 100) are the application's own; the rest follows
 * the rules the services keep: sessions on the dates of their phase, PHQ-9 at the start and every
 * {@code measureEverySessions} counted sessions and at the end, scored by the instrument itself; the halfway (MID)
 * evaluation at session H for most, an extension of E only with reasons and its own E entry; a FINAL evaluation that
 * starts the closing phase; closing with a reason, the checklist items that were missing recorded with a reason
 * (as {@code TreatmentClosing} would), the GP letter that closing asks for, and the hand-over of a transfer.
 */
final class TreatmentHistories {

    /** What kind of treatment to write: where in its course it is today. */
    enum Course {
        WAITING,
        IN_TREATMENT,
        IN_CLOSING,
        ENDED
    }

    private static final String[] QUESTIONS = {
        "Low mood since losing work; wants daily structure and energy back.",
        "Panic attacks in the train; wants to travel to work again.",
        "Worrying keeps her awake; wants to sleep and worry less.",
        "Grief after the death of his father; wants to pick up his life.",
        "Burn-out complaints; wants to return to work step by step.",
        "Social anxiety at work meetings; wants to speak up.",
    };
    private static final String[] GOALS = {
        "Get up at a fixed time on weekdays", "Travel by train alone", "Sleep at least six hours",
        "Speak up once in every team meeting", "Work three half days a week", "Meet a friend every week",
    };

    private final PracticeTables tables;
    private final Random random;
    private final LocalDate today;
    private final ZoneId zone;
    private final Long practiceId;
    private final Instrument phq9;
    private final Policy policy;
    private final Letters letters;

    /** The letter the practice would have generated: a rendered PDF and its file name prefix per kind. */
    record Letters(byte[] pdf, String gpFilePrefix, String handoverFilePrefix) {}

    TreatmentHistories(
            PracticeTables tables,
            Random random,
            LocalDate today,
            ZoneId zone,
            Long practiceId,
            Instrument phq9,
            Letters letters) {
        this.tables = tables;
        this.random = random;
        this.today = today;
        this.zone = zone;
        this.practiceId = practiceId;
        this.phq9 = phq9;
        this.policy = Policy.defaults();
        this.letters = letters;
    }

    /** Writes a client and one treatment with everything that belongs to it; returns the treatment id. */
    long write(int number, Course course, Long therapist, int historyDays) {
        Plan plan = course == Course.WAITING ? waiting() : course == Course.ENDED ? ended(historyDays) : open(course);
        String reference = String.format("C%07d", number);
        long clientId = client(number, reference, plan.registered);
        long treatmentId = tables.nextId(tables.treatment);
        Treatment treatment = Treatment.referral(
                practiceId,
                clientId,
                therapist,
                plan.registered,
                pick(QUESTIONS),
                plan.complex,
                therapist,
                at(plan.registered));
        treatment.describeReferral(referral(), treatment.getHelpQuestion());
        if (course == Course.WAITING) {
            writeWaiting(treatmentId, treatment, plan, therapist);
            return treatmentId;
        }
        if (plan.screenedOut) {
            treatment.screen(Screening.of(
                    plan.intake, ScreeningOutcome.DOES_NOT_FIT, List.of(ScreeningReason.TOO_COMPLEX), null, therapist));
            writeTreatment(treatmentId, treatment);
            return treatmentId;
        }
        treatment.screen(Screening.of(plan.registered.plusDays(7), ScreeningOutcome.FITS, List.of(), null, therapist));
        treatment.moveTo(Phase.INTAKE, plan.intake, null, therapist);
        treatment.moveTo(Phase.TREATMENT, plan.start, null, therapist);
        treatment.agree(
                new Agreements(
                        plan.expected,
                        plan.expected,
                        plan.expected,
                        random.nextInt(10) < 8,
                        plan.complex,
                        phq9.code(),
                        treatment.getHelpQuestion(),
                        null),
                plan.start);
        List<Long> goals = goals(treatmentId, plan);
        Sessions sessions = sessions(treatmentId, plan);
        boolean endMeasured = measurements(treatmentId, plan, sessions, therapist);
        evaluations(treatmentId, treatment, plan, sessions, goals, therapist);
        if (plan.closingFrom != null) {
            treatment.moveTo(Phase.CLOSING, sessions.dateOf(plan.closingFrom), null, therapist);
        }
        if (plan.reason != null) {
            closeWithPlan(treatmentId, reference, treatment, plan, sessions, endMeasured, therapist);
        } else if (plan.closingFrom != null) {
            closingPlan(treatmentId, plan, sessions, null, Set.of(), false, false);
        }
        writeTreatment(treatmentId, treatment);
        return treatmentId;
    }

    // ---------------------------------------------------------------- plans

    /** The shape of one history: dates, E, counted sessions, where the evaluations fall, how it ends. */
    private static final class Plan {
        boolean complex;
        LocalDate registered;
        LocalDate intake;
        LocalDate start;
        int expected;
        int extendedBy;
        /** Counted sessions held so far (all of them for an ended treatment). */
        int held;
        /** The counted session (1-based) with the MID evaluation, or 0 for none. */
        int midAt;
        /** The counted session (1-based) with the FINAL evaluation that started the closing phase, or null. */
        Integer closingFrom;

        ClosingReason reason;
        boolean screenedOut;
        boolean intakeDone;
        boolean screened;
    }

    private Plan waiting() {
        Plan plan = new Plan();
        plan.complex = random.nextInt(10) < 2;
        int waited = random.nextInt(120);
        plan.registered = today.minusDays(waited);
        plan.intakeDone = random.nextInt(10) < 2 && waited > 14;
        plan.screened = plan.intakeDone || random.nextBoolean();
        plan.intake = plan.intakeDone ? plan.registered.plusDays(7 + random.nextInt(waited - 7)) : null;
        return plan;
    }

    private Plan open(Course course) {
        Plan plan = base();
        if (course == Course.IN_CLOSING) {
            plan.held = plan.expected - 1 + random.nextInt(2);
            plan.closingFrom = plan.held - random.nextInt(2);
        } else {
            plan.held = random.nextInt(plan.expected);
        }
        plan.midAt = midAt(plan);
        plan.start = today.minusDays(span(plan) + random.nextInt(7));
        plan.intake = plan.start.minusDays(7 + random.nextInt(14));
        plan.registered = plan.intake.minusDays(14 + random.nextInt(50));
        return plan;
    }

    private Plan ended(int historyDays) {
        Plan plan = base();
        int roll = random.nextInt(100);
        plan.reason = roll < 62
                ? ClosingReason.GOAL_REACHED
                : roll < 80
                        ? ClosingReason.NO_FURTHER_IMPROVEMENT
                        : roll < 88
                                ? ClosingReason.TRANSFERRED
                                : roll < 97 ? ClosingReason.CLIENT_STOPPED : ClosingReason.OTHER;
        if (random.nextInt(100) < 2) {
            plan.reason = null;
            plan.screenedOut = true;
        }
        if (plan.reason == ClosingReason.CLIENT_STOPPED) {
            plan.held = 2 + random.nextInt(Math.max(1, plan.expected / 2));
        } else {
            plan.held = Math.max(4, plan.expected + plan.extendedBy - 3 + random.nextInt(5));
            plan.closingFrom = plan.held - 1 - random.nextInt(2);
        }
        plan.midAt = midAt(plan);
        LocalDate end = today.minusDays(14 + random.nextInt(Math.max(1, historyDays)));
        plan.start = end.minusDays(span(plan) + random.nextInt(7));
        plan.intake = plan.start.minusDays(7 + random.nextInt(14));
        plan.registered = plan.intake.minusDays(14 + random.nextInt(50));
        return plan;
    }

    private Plan base() {
        Plan plan = new Plan();
        plan.complex = random.nextInt(10) < 2;
        plan.expected = policy.expectedSessions(plan.complex);
        plan.extendedBy = random.nextInt(100) < 15 ? 4 : 0;
        return plan;
    }

    /** Days from the first counted session to the day after the last: weekly, fortnightly while fading out. */
    private static long span(Plan plan) {
        return plan.held * 7L + (plan.closingFrom == null ? 0 : (plan.held - plan.closingFrom) * 7L);
    }

    /** H for most, a little late for some, none for a few. */
    private int midAt(Plan plan) {
        int halfway = (plan.expected + 1) / 2;
        int roll = random.nextInt(100);
        int at = roll < 85 ? halfway : roll < 95 ? halfway + 1 + random.nextInt(2) : 0;
        return at <= plan.held && (plan.closingFrom == null || at < plan.closingFrom) ? at : 0;
    }

    // ---------------------------------------------------------------- rows

    private long client(int number, String reference, LocalDate registered) {
        long id = tables.nextId(tables.client);
        ClientDetails details = new ClientDetails(
                reference,
                "Client " + number,
                1950 + random.nextInt(55),
                "GP " + (1 + random.nextInt(300)),
                "Health centre " + (1 + random.nextInt(60)));
        tables.client.add(
                id,
                practiceId,
                details.reference(),
                details.displayName(),
                details.birthYear(),
                details.gpName(),
                details.gpPractice(),
                at(registered),
                0);
        return id;
    }

    private ReferralDetails referral() {
        int roll = random.nextInt(100);
        ReferrerKind kind = roll < 70
                ? ReferrerKind.GP
                : roll < 85 ? ReferrerKind.POH_GGZ : roll < 95 ? ReferrerKind.SELF : ReferrerKind.OTHER;
        boolean ehealth = random.nextInt(10) < 3;
        return new ReferralDetails(
                kind,
                kind == ReferrerKind.SELF ? null : "Referrer " + (1 + random.nextInt(400)),
                ehealth,
                ehealth ? "Online course while waiting" : null);
    }

    private void writeWaiting(long treatmentId, Treatment treatment, Plan plan, Long therapist) {
        if (plan.screened) {
            LocalDate screened = plan.registered.plusDays(random.nextInt(7));
            LocalDate latest = plan.intakeDone ? plan.intake : today;
            treatment.screen(Screening.of(
                    screened.isAfter(latest) ? latest : screened, ScreeningOutcome.FITS, List.of(), null, therapist));
        }
        if (plan.intakeDone) {
            treatment.moveTo(Phase.INTAKE, plan.intake, null, therapist);
            tables.session.add(
                    tables.nextId(tables.session), treatmentId, plan.intake, SessionKind.INTAKE, true, at(plan.intake));
        }
        writeTreatment(treatmentId, treatment);
    }

    private void writeTreatment(long id, Treatment t) {
        ReferralDetails referral = t.referral();
        Screening screening = t.screening().orElse(null);
        tables.treatment.add(
                id,
                t.getPracticeId(),
                t.getClientId(),
                t.getTherapistId(),
                t.getPhase(),
                t.getRegistrationDate(),
                t.getIntakeDate(),
                t.getStartDate(),
                t.getEndDate(),
                t.getHelpQuestion(),
                t.getScopeNote(),
                t.isComplex(),
                t.getPrimaryInstrument(),
                t.isClosingDiscussedAtStart(),
                t.getClientEstimateSessions(),
                t.getTherapistEstimateSessions(),
                t.getAgreementsSetOn(),
                at(t.getRegistrationDate()),
                0,
                referral.referrerKind(),
                referral.referrerName(),
                referral.ehealthOffered(),
                referral.ehealthOffer(),
                screening == null ? null : screening.screenedOn(),
                screening == null ? null : screening.screeningOutcome(),
                screening == null ? null : screening.screeningReasons(),
                screening == null ? null : screening.screeningOtherReason(),
                screening == null ? null : screening.screenedBy());
        for (PhaseChange change : t.phaseHistory()) {
            tables.phaseChange.add(
                    tables.nextId(tables.phaseChange),
                    id,
                    change.changedOn(),
                    change.phase(),
                    change.reason(),
                    change.changedBy(),
                    change.sequenceNumber());
        }
        for (ExpectedSessions e : t.expectedSessionsHistory()) {
            tables.expectedSessions.add(
                    tables.nextId(tables.expectedSessions),
                    id,
                    e.effectiveDate(),
                    e.sessions(),
                    e.sequenceNumber(),
                    e.origin().name());
        }
    }

    private List<Long> goals(long treatmentId, Plan plan) {
        List<Long> ids = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int g = 0; g < count; g++) {
            long id = tables.nextId(tables.goal);
            Goal goal = new Goal(treatmentId, pick(GOALS), null, plan.start);
            if (plan.reason != null) {
                LocalDate end = plan.start.plusDays(plan.held * 7L);
                int roll = random.nextInt(100);
                goal.changeStatus(
                        plan.reason == ClosingReason.GOAL_REACHED && roll < 75 || roll < 30
                                ? GoalStatus.REACHED
                                : roll < 85 ? GoalStatus.PARTLY_REACHED : GoalStatus.DROPPED,
                        end);
            }
            tables.goal.add(
                    id,
                    treatmentId,
                    goal.getDescription(),
                    goal.getCriterion(),
                    goal.getAddedOn(),
                    goal.getStatus(),
                    0);
            for (GoalStatusChange change : goal.statusHistory()) {
                tables.goalStatusChange.add(
                        tables.nextId(tables.goalStatusChange),
                        id,
                        change.changedOn(),
                        change.status(),
                        change.sequenceNumber());
            }
            ids.add(id);
        }
        return ids;
    }

    /** The dates of the counted sessions, 1-based, as held. */
    private record Sessions(List<LocalDate> counted) {
        LocalDate dateOf(int session) {
            return counted.get(session - 1);
        }

        LocalDate last() {
            return counted.get(counted.size() - 1);
        }
    }

    private Sessions sessions(long treatmentId, Plan plan) {
        tables.session.add(
                tables.nextId(tables.session), treatmentId, plan.intake, SessionKind.INTAKE, true, at(plan.intake));
        List<LocalDate> counted = new ArrayList<>();
        LocalDate date = plan.start;
        for (int n = 1; n <= plan.held; n++) {
            if (random.nextInt(100) < 4 && date.plusDays(7).isBefore(today)) {
                tables.session.add(
                        tables.nextId(tables.session), treatmentId, date, SessionKind.TREATMENT, false, at(date));
                date = date.plusDays(7);
            }
            SessionKind kind = n == plan.midAt || plan.closingFrom != null && n == plan.closingFrom
                    ? SessionKind.EVALUATION
                    : plan.closingFrom != null && n > plan.closingFrom ? SessionKind.CLOSING : SessionKind.TREATMENT;
            LocalDate held = date.isAfter(today) ? today : date;
            tables.session.add(tables.nextId(tables.session), treatmentId, held, kind, true, at(held));
            counted.add(held);
            date = date.plusDays(plan.closingFrom != null && n >= plan.closingFrom ? 14 : 7);
        }
        return new Sessions(counted);
    }

    /** Returns whether the last session has a measurement: the end measurement of a closed treatment. */
    private boolean measurements(long treatmentId, Plan plan, Sessions sessions, Long therapist) {
        int baseline = 10 + random.nextInt(12);
        int target = random.nextInt(100) < 15 ? baseline - random.nextInt(4) : baseline * (2 + random.nextInt(5)) / 10;
        measure(treatmentId, plan.intake, baseline, therapist);
        int every = policy.measureEverySessions();
        for (int n = every; n <= plan.held; n += every) {
            double progress = (double) n / Math.max(plan.held, plan.expected);
            measure(
                    treatmentId,
                    sessions.dateOf(n),
                    (int) Math.round(baseline + (target - baseline) * progress) + random.nextInt(5) - 2,
                    therapist);
        }
        if (plan.held % every == 0) {
            return true;
        }
        if (plan.reason != null && random.nextInt(10) < 9) {
            measure(treatmentId, sessions.last(), target + random.nextInt(3) - 1, therapist);
            return true;
        }
        return false;
    }

    /** A PHQ-9 with item answers that add up to about the total, scored by the instrument; item 9 (risk) is 0. */
    private void measure(long treatmentId, LocalDate on, int wanted, Long therapist) {
        int left = Math.max(0, Math.min(24, wanted));
        int[] answers = new int[9];
        for (int item = 0; left > 0; item = (item + 1) % 8) {
            if (answers[item] < 3 && random.nextBoolean()) {
                answers[item]++;
                left--;
            }
        }
        List<Integer> given = java.util.Arrays.stream(answers).boxed().toList();
        Score score = phq9.score(given);
        tables.measurement.add(
                tables.nextId(tables.measurement),
                treatmentId,
                phq9.code(),
                on,
                score.total(),
                score.band() == null ? null : score.band().code(),
                given.stream().map(String::valueOf).collect(Collectors.joining(",")),
                null,
                "THERAPIST",
                therapist,
                at(on));
    }

    private void evaluations(
            long treatmentId, Treatment treatment, Plan plan, Sessions sessions, List<Long> goals, Long therapist) {
        int expected = plan.expected;
        if (plan.midAt > 0) {
            LocalDate on = sessions.dateOf(plan.midAt);
            boolean extend = plan.extendedBy > 0;
            long id = evaluation(
                    treatmentId,
                    on,
                    EvaluationKind.MID,
                    Decision.CONTINUE,
                    expected,
                    extend ? expected + plan.extendedBy : null,
                    goals,
                    therapist);
            if (extend) {
                Set<ExtensionReason> reasons =
                        EnumSet.of(ExtensionReason.values()[random.nextInt(ExtensionReason.values().length - 1)]);
                if (random.nextBoolean()) {
                    reasons.add(ExtensionReason.MORE_SEVERE_THAN_ASSESSED);
                }
                reasons.forEach(reason -> tables.extensionReason.add(id, reason));
                expected += plan.extendedBy;
                treatment.changeExpectedSessionsAtEvaluation(expected, on);
            }
        }
        if (plan.closingFrom != null) {
            evaluation(
                    treatmentId,
                    sessions.dateOf(plan.closingFrom),
                    EvaluationKind.FINAL,
                    Decision.START_CLOSING,
                    expected,
                    null,
                    goals,
                    therapist);
        }
    }

    private long evaluation(
            long treatmentId,
            LocalDate on,
            EvaluationKind kind,
            Decision decision,
            int expected,
            Integer newExpected,
            List<Long> goals,
            Long therapist) {
        long id = tables.nextId(tables.evaluation);
        tables.evaluation.add(
                id,
                treatmentId,
                on,
                kind,
                5 + random.nextInt(6),
                5 + random.nextInt(6),
                random.nextInt(10) == 0,
                null,
                null,
                decision,
                expected,
                newExpected,
                null,
                null,
                null,
                therapist,
                at(on));
        for (Long goal : goals) {
            tables.goalScore.add(id, goal, 2 + random.nextInt(8));
        }
        return id;
    }

    private void closeWithPlan(
            long treatmentId,
            String reference,
            Treatment treatment,
            Plan plan,
            Sessions sessions,
            boolean endMeasured,
            Long therapist) {
        LocalDate end = sessions.last().plusDays(random.nextInt(10));
        if (end.isAfter(today)) {
            end = today;
        }
        boolean gpLetter = random.nextInt(100) < 88;
        if (gpLetter) {
            letter(treatmentId, reference, LetterKind.GP, end, therapist);
        }
        boolean handoverLetter = plan.reason == ClosingReason.TRANSFERRED && random.nextBoolean();
        if (handoverLetter) {
            letter(treatmentId, reference, LetterKind.HANDOVER, end, therapist);
        }
        Set<LetterKind> kinds = gpLetter ? EnumSet.of(LetterKind.GP) : EnumSet.noneOf(LetterKind.class);
        if (handoverLetter) {
            kinds.add(LetterKind.HANDOVER);
        }
        String reasonText = plan.reason == ClosingReason.OTHER ? "Moved abroad" : null;
        closingPlan(treatmentId, plan, sessions, end, kinds, endMeasured, true);
        treatment.moveTo(plan.reason.targetPhase(), end, reasonText, therapist);
    }

    private void letter(long treatmentId, String reference, LetterKind kind, LocalDate on, Long therapist) {
        String prefix = kind == LetterKind.GP ? letters.gpFilePrefix() : letters.handoverFilePrefix();
        tables.letter.add(
                tables.nextId(tables.letter),
                treatmentId,
                kind,
                on,
                at(on),
                therapist,
                prefix + "-" + reference + "-" + on + ".pdf",
                letters.pdf());
    }

    /** The closing plan; when closed, the checklist of the reason decides what was missing, as at closing. */
    private void closingPlan(
            long treatmentId,
            Plan plan,
            Sessions sessions,
            LocalDate closedOn,
            Set<LetterKind> letterKinds,
            boolean endMeasured,
            boolean closed) {
        long id = tables.nextId(tables.closingPlan);
        LocalDate started = plan.closingFrom != null ? sessions.dateOf(plan.closingFrom) : closedOn;
        boolean keepResult = random.nextInt(100) < 90;
        boolean guarantee = random.nextInt(100) < 93;
        boolean transfer = plan.reason == ClosingReason.TRANSFERRED;
        boolean joint = transfer && random.nextInt(10) < 7;
        Set<ChecklistItem> missing = EnumSet.noneOf(ChecklistItem.class);
        if (closed) {
            for (ChecklistItem item : plan.reason.checklist()) {
                boolean done = switch (item) {
                    case END_MEASUREMENT -> endMeasured;
                    case KEEP_RESULT_PLAN -> keepResult;
                    case RETURN_GUARANTEE -> guarantee;
                    case GP_LETTER -> letterKinds.contains(LetterKind.GP);
                    case HANDOVER_TO, HANDOVER_ORGANISATION, HANDOVER_ORAL -> true;
                    case HANDOVER_JOINT_CONVERSATION -> joint;
                    case HANDOVER_WRITTEN -> letterKinds.contains(LetterKind.HANDOVER);
                };
                if (!done) {
                    missing.add(item);
                }
            }
        }
        Instant created = at(started);
        tables.closingPlan.add(
                id,
                treatmentId,
                started,
                "What helped: structure and small steps.",
                keepResult ? "Keep the weekly plan; call the practice when sleep slips for two weeks." : null,
                keepResult ? "GP and partner" : null,
                null,
                null,
                guarantee,
                ClosingRitual.LOOK_BACK,
                null,
                endMeasured,
                transfer ? "Colleague at the specialist team" : null,
                transfer ? "Specialist mental health care" : null,
                joint,
                transfer,
                transfer,
                closed ? closedOn : null,
                closed ? plan.reason : null,
                closed && plan.reason == ClosingReason.OTHER ? "Moved abroad" : null,
                missing.isEmpty() ? null : "Client ended before it could be done.",
                created,
                closed ? at(closedOn) : created,
                0,
                transfer ? "Needs longer specialist care" : null,
                transfer ? "Exposure and activation" : null,
                transfer ? "None known" : null,
                transfer ? "Client agreed to the hand-over" : null);
        if (plan.closingFrom != null) {
            for (int n = plan.closingFrom + 1, sequence = 1; n <= plan.held; n++, sequence++) {
                tables.fadingOut.add(id, sequence, sessions.dateOf(n));
            }
        }
        if (closed && random.nextBoolean()) {
            tables.closingSupport.add(id, random.nextBoolean() ? SupportOption.GP : SupportOption.POH_GGZ);
        }
        missing.forEach(item -> tables.closingMissingItem.add(id, item));
    }

    private Instant at(LocalDate date) {
        return date.atTime(LocalTime.of(9 + random.nextInt(8), random.nextInt(60)))
                .atZone(zone)
                .toInstant();
    }

    private String pick(String[] texts) {
        return texts[random.nextInt(texts.length)];
    }
}
