package nl.afsluitwijzer.closing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import nl.afsluitwijzer.closing.internal.ClosingRitual;
import nl.afsluitwijzer.closing.internal.Closure;
import nl.afsluitwijzer.closing.internal.FadingOut;
import nl.afsluitwijzer.closing.internal.PlanDetails;
import nl.afsluitwijzer.closing.internal.SupportOption;
import nl.afsluitwijzer.measurement.DatedScore;
import nl.afsluitwijzer.measurement.Instrument;
import nl.afsluitwijzer.treatment.Agreements;
import nl.afsluitwijzer.treatment.Client;
import nl.afsluitwijzer.treatment.ClientDetails;
import nl.afsluitwijzer.treatment.Goal;
import nl.afsluitwijzer.treatment.GoalStatus;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.ReferralDetails;
import nl.afsluitwijzer.treatment.ReferrerKind;
import nl.afsluitwijzer.treatment.Screening;
import nl.afsluitwijzer.treatment.ScreeningOutcome;
import nl.afsluitwijzer.treatment.ScreeningReason;
import nl.afsluitwijzer.treatment.SessionKind;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentSession;
import org.jspecify.annotations.Nullable;

/**
 * A fictitious treatment to try templates on, so the preview shows no real client: ten weekly sessions, a
 * measurement every few sessions, goals reached, a filled-in plan. Its texts come from the message bundle.
 */
final class SampleLetter {

    private static final int SESSIONS = 10;
    private static final int[] PHQ9 = {17, 14, 10, 7};

    private SampleLetter() {}

    static LetterFacts facts(
            LetterKind kind,
            LocalDate today,
            String practice,
            String letterhead,
            @Nullable Instrument instrument,
            Function<String, String> texts) {
        LocalDate start = today.minusWeeks(SESSIONS + 2L);
        Instant now = Instant.EPOCH;
        Client client = new Client(
                0L,
                new ClientDetails(
                        texts.apply("closing.sample.reference"),
                        texts.apply("closing.sample.client"),
                        1990,
                        texts.apply("closing.sample.gp"),
                        texts.apply("closing.sample.gp-practice")),
                now);
        Treatment treatment = Treatment.started(
                0L,
                0L,
                0L,
                start,
                new Agreements(
                        10,
                        10,
                        12,
                        true,
                        false,
                        instrument == null ? null : instrument.code(),
                        texts.apply("closing.sample.help-question"),
                        null),
                0L,
                now);
        List<TreatmentSession> sessions = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            sessions.add(new TreatmentSession(0L, start.plusWeeks(i), SessionKind.TREATMENT, true, now));
        }
        treatment.moveTo(Phase.CLOSING, start.plusWeeks(SESSIONS - 1L), null, 0L);
        if (kind.forReferral()) {
            return referralFacts(today, practice, letterhead, texts, client, now);
        }
        List<Goal> goals = List.of(
                goal(texts.apply("closing.sample.goal.1"), start), goal(texts.apply("closing.sample.goal.2"), start));
        TreatmentFile file = new TreatmentFile(treatment, client, goals, sessions, List.of());
        ClosingPlan plan = plan(kind, start.plusWeeks(SESSIONS - 1L), today, texts);
        List<DatedScore> scores = new ArrayList<>();
        for (int i = 0; i < PHQ9.length; i++) {
            scores.add(new DatedScore(start.plusWeeks(i * 3L), PHQ9[i]));
        }
        boolean phq9 = instrument != null && "PHQ9".equals(instrument.code());
        return new LetterFacts(
                file,
                plan,
                practice,
                letterhead,
                texts.apply("closing.sample.therapist"),
                today,
                instrument,
                phq9 ? scores : List.of());
    }

    /** A referral of three weeks ago, screened last week as too complex and needing specialist care. */
    private static LetterFacts referralFacts(
            LocalDate today,
            String practice,
            String letterhead,
            Function<String, String> texts,
            Client client,
            Instant now) {
        Treatment referral = Treatment.referral(
                0L, 0L, 0L, today.minusWeeks(3), texts.apply("closing.sample.help-question"), true, 0L, now);
        referral.describeReferral(
                new ReferralDetails(
                        ReferrerKind.GP,
                        texts.apply("closing.sample.gp"),
                        true,
                        texts.apply("closing.sample.referral-ehealth")),
                referral.getHelpQuestion());
        referral.screen(Screening.of(
                today.minusWeeks(1),
                ScreeningOutcome.DOES_NOT_FIT,
                List.of(ScreeningReason.TOO_COMPLEX, ScreeningReason.NEEDS_SPECIALIST_CARE),
                null,
                0L));
        TreatmentFile file = new TreatmentFile(referral, client, List.of(), List.of(), List.of());
        ClosingPlan plan = new ClosingPlan(0L, today, List.of(), Instant.EPOCH);
        return new LetterFacts(
                file, plan, practice, letterhead, texts.apply("closing.sample.therapist"), today, null, List.of());
    }

    private static Goal goal(String description, LocalDate start) {
        Goal goal = new Goal(0L, description, null, start);
        goal.changeStatus(GoalStatus.REACHED, start.plusWeeks(SESSIONS - 1L));
        return goal;
    }

    private static ClosingPlan plan(
            LetterKind kind, LocalDate started, LocalDate today, Function<String, String> texts) {
        ClosingPlan plan = new ClosingPlan(0L, started, FadingOut.propose(started), Instant.EPOCH);
        plan.update(
                new PlanDetails(
                        FadingOut.propose(started),
                        texts.apply("closing.sample.learned"),
                        texts.apply("closing.sample.keep-result"),
                        texts.apply("closing.sample.contacts"),
                        texts.apply("closing.sample.relatives"),
                        texts.apply("closing.sample.ehealth"),
                        Set.of(SupportOption.GP, SupportOption.DIGITAL_CARE),
                        true,
                        ClosingRitual.LETTER_TO_SELF,
                        null,
                        true),
                Instant.EPOCH);
        boolean transfer = kind == LetterKind.HANDOVER;
        if (transfer) {
            plan.recordHandover(new Handover(
                    texts.apply("closing.sample.handover-to"),
                    texts.apply("closing.sample.handover-organisation"),
                    true,
                    true,
                    true,
                    texts.apply("closing.sample.handover-reason"),
                    texts.apply("closing.sample.handover-tried"),
                    texts.apply("closing.sample.handover-risks"),
                    texts.apply("closing.sample.handover-agreed")));
        }
        plan.close(
                new Closure(
                        transfer ? ClosingReason.TRANSFERRED : ClosingReason.GOAL_REACHED,
                        null,
                        today,
                        Handover.none(),
                        null),
                Set.of(),
                Instant.EPOCH);
        return plan;
    }
}
