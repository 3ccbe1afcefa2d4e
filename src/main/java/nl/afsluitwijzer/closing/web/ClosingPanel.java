package nl.afsluitwijzer.closing.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import nl.afsluitwijzer.closing.ClosingAnswers;
import nl.afsluitwijzer.closing.ClosingPlan;
import nl.afsluitwijzer.closing.ClosingPlans;
import nl.afsluitwijzer.closing.ClosingReason;
import nl.afsluitwijzer.closing.Handover;
import nl.afsluitwijzer.closing.LetterKind;
import nl.afsluitwijzer.closing.Letters;
import nl.afsluitwijzer.closing.TreatmentClosing;
import nl.afsluitwijzer.closing.internal.FadingOut;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.Signals;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentFiles;
import nl.afsluitwijzer.treatment.TreatmentPagePanel;
import nl.afsluitwijzer.treatment.TreatmentSession;
import org.springframework.stereotype.Component;

/**
 * Closing on the treatment page: the button that starts closing while in treatment (emphasised when the goal is
 * reached), then the plan with its planned fading-out dates, the checklist, the client's own answers and the letters.
 */
@Component
class ClosingPanel implements TreatmentPagePanel {

    private final ClosingPlans plans;
    private final TreatmentClosing closing;
    private final Letters letters;
    private final ClosingAnswers answers;
    private final Signals signals;
    private final Clock clock;

    ClosingPanel(
            ClosingPlans plans,
            TreatmentClosing closing,
            Letters letters,
            ClosingAnswers answers,
            Signals signals,
            Clock clock) {
        this.plans = plans;
        this.closing = closing;
        this.letters = letters;
        this.answers = answers;
        this.signals = signals;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Column column() {
        return Column.MAIN;
    }

    @Override
    public Optional<Fragment> render(TreatmentFile file) {
        Phase phase = file.treatment().getPhase();
        if (file.treatment().isScreenedOut()) {
            return Optional.of(new Fragment("closing/panel", "referral-feedback", Map.of("letters", letters.of(file))));
        }
        if (phase == Phase.REFERRED || phase == Phase.INTAKE) {
            return Optional.empty();
        }
        Map<String, Object> model = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        model.put(
                "goalReached",
                phase == Phase.TREATMENT
                        && signals.evaluate(TreatmentFiles.of(file), today)
                                .get(0)
                                .has(SignalCode.GOAL_REACHED));
        Optional<ClosingPlan> plan = plans.of(file);
        plan.ifPresent(p -> model.put("plan", p));
        plan.ifPresent(
                p -> model.put("intervals", FadingOut.intervalsInWeeks(fadingFrom(file, p), p.fadingOutDates())));
        if (phase == Phase.CLOSING) {
            model.put(
                    "checklist",
                    closing.checklist(
                            file,
                            ClosingReason.GOAL_REACHED,
                            plan.map(ClosingPlan::handover).orElse(Handover.none())));
        }
        answers.latest(file).ifPresent(a -> model.put("answers", a));
        model.put("letters", letters.of(file));
        model.put("letterKinds", LetterKind.ofTreatments());
        model.put("today", today);
        return Optional.of(new Fragment("closing/panel", "panel", model));
    }

    /** The last session before fading out began, from which the first interval counts. */
    private static LocalDate fadingFrom(TreatmentFile file, ClosingPlan plan) {
        return file.sessions().stream()
                .filter(TreatmentSession::isAttended)
                .map(TreatmentSession::getSessionDate)
                .filter(d -> !d.isAfter(plan.getStartedOn()))
                .max(LocalDate::compareTo)
                .orElse(plan.getStartedOn());
    }
}
