package nl.afsluitwijzer.signal.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.evaluation.EvaluationRecorded;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.signal.Acknowledgements;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.Signals;
import nl.afsluitwijzer.signal.TreatmentSignals;
import nl.afsluitwijzer.treatment.DiscussionRecorded;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A signal is acknowledged by the decision that answers it, or explicitly with a reason — never silently
 * dismissed. Signals whose condition a decision changes (an evaluation ends EVALUATION_DUE, an extension
 * ends OVERRUN) go away by themselves; these are the ones a decision answers while they still hold.
 */
@Service
@Transactional
public class SignalAcknowledging {

    static final Set<SignalCode> ANSWERED_BY_EVALUATION = EnumSet.of(
            SignalCode.GOAL_REACHED,
            SignalCode.PLATEAU,
            SignalCode.DETERIORATION,
            SignalCode.NOT_ON_TRACK,
            SignalCode.SCOPE_CREEP,
            SignalCode.NO_FADING_OUT);
    static final Set<SignalCode> ANSWERED_BY_DISCUSSION =
            EnumSet.of(SignalCode.PLATEAU, SignalCode.DETERIORATION, SignalCode.SCOPE_CREEP);

    static final int REASON_MAX = 1000;

    private final Signals signals;
    private final Acknowledgements acknowledgements;
    private final AuditLog audit;
    private final Clock clock;

    SignalAcknowledging(Signals signals, Acknowledgements acknowledgements, AuditLog audit, Clock clock) {
        this.signals = signals;
        this.acknowledgements = acknowledgements;
        this.audit = audit;
        this.clock = clock;
    }

    @EventListener
    void on(EvaluationRecorded event) {
        acknowledgeAnswered(
                event.by(),
                event.treatmentId(),
                event.date(),
                ANSWERED_BY_EVALUATION,
                Acknowledgements.Via.EVALUATION,
                event.decision().name());
    }

    @EventListener
    void on(DiscussionRecorded event) {
        acknowledgeAnswered(
                event.by(),
                event.treatmentId(),
                event.date(),
                ANSWERED_BY_DISCUSSION,
                Acknowledgements.Via.DISCUSSION,
                event.kind().name());
    }

    /** Explicit acknowledgement of a signal that holds today, with the reason why no other action follows. */
    public void acknowledge(CurrentUser user, Long treatmentId, SignalCode code, String reason) {
        acknowledge(user, treatmentId, code, AcknowledgementChoice.OTHER, reason);
    }

    /**
     * Explicit acknowledgement of a signal that holds today: a choice from the short list that fits the signal
     * ({@link AcknowledgementChoice#forCode}) and a free text, required with NOT_APPLICABLE and OTHER (at most
     * {@value #REASON_MAX} characters). SUICIDE_ITEM is refused: only a recorded risk assessment acknowledges it.
     */
    public void acknowledge(
            CurrentUser user,
            Long treatmentId,
            SignalCode code,
            @Nullable AcknowledgementChoice choice,
            @Nullable String reason) {
        if (code.needsRiskAssessment()) {
            throw DomainException.conflict("signal.acknowledge.risk-assessment-required");
        }
        if (choice == null) {
            throw DomainException.refused("signal.acknowledge.choice-required");
        }
        if (!AcknowledgementChoice.forCode(code).contains(choice)) {
            throw DomainException.refused("signal.acknowledge.choice-unknown");
        }
        String text = reason == null || reason.isBlank() ? null : reason.strip();
        if (text == null && choice.requiresText()) {
            throw DomainException.refused("signal.acknowledge.reason-required");
        }
        if (text != null && text.length() > REASON_MAX) {
            throw DomainException.refused("signal.acknowledge.reason-too-long", REASON_MAX);
        }
        LocalDate today = LocalDate.now(clock);
        TreatmentSignals current = signals.forTreatment(user, treatmentId, today);
        Signal signal = current.signals().stream()
                .filter(s -> s.code() == code && !s.acknowledged())
                .findFirst()
                .orElseThrow(() -> DomainException.conflict("signal.acknowledge.not-open"));
        acknowledgements.acknowledge(
                treatmentId, signal, today, Acknowledgements.Via.EXPLICIT, choice, text, user.id());
        audit.record(AuditEvent.of(AuditAction.UPDATE, "SIGNAL", code.name())
                .forClient(current.file().client().getReference(), treatmentId));
    }

    private void acknowledgeAnswered(
            CurrentUser by,
            Long treatmentId,
            LocalDate date,
            Set<SignalCode> answered,
            Acknowledgements.Via via,
            String reason) {
        Long user = by.id();
        signals.forTreatment(by, treatmentId, date).signals().stream()
                .filter(s -> !s.acknowledged() && answered.contains(s.code()))
                .forEach(s -> acknowledgements.acknowledge(treatmentId, s, date, via, reason, user));
    }
}
