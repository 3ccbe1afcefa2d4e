package nl.afsluitwijzer.intervision.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Collectors;
import nl.afsluitwijzer.evaluation.Evaluation;
import nl.afsluitwijzer.evaluation.Evaluations;
import nl.afsluitwijzer.intervision.CasePreparation;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.treatment.DiscussionKind;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.Treatments;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * Case discussions about a treatment: the preparation prefilled from the treatment (start, sessions, n / E,
 * evaluations and decisions so far — never the client's name), and the finished discussion counted as the
 * treatment's intervision, which answers OVERRUN_IMMINENT.
 */
@Service
public class TreatmentCases {

    private final Treatments treatments;
    private final Evaluations evaluations;
    private final TreatmentChanges changes;
    private final MessageSource messages;
    private final Clock clock;

    TreatmentCases(
            Treatments treatments,
            Evaluations evaluations,
            TreatmentChanges changes,
            MessageSource messages,
            Clock clock) {
        this.treatments = treatments;
        this.evaluations = evaluations;
        this.changes = changes;
        this.messages = messages;
        this.clock = clock;
    }

    /** A preparation drafted from a treatment the current user may see; the therapist edits it before saving. */
    public CasePreparation prefill(CurrentUser user, Long treatmentId, Locale locale) {
        TreatmentFile file = treatments.open(user, treatmentId);
        Treatment treatment = file.treatment();
        LocalDate today = LocalDate.now(clock);
        String duration = messages.getMessage(
                "intervision.case.prefill.duration",
                new Object[] {
                    file.weeksRunning(today).orElse(0L),
                    file.attendedSessions(today),
                    treatment.expectedSessions().map(String::valueOf).orElse("–")
                },
                locale);
        String tried = evaluations.of(user, treatmentId).stream()
                .map(e -> line(e, locale))
                .collect(Collectors.joining("\n"));
        return new CasePreparation(
                messages.getMessage(
                        "intervision.case.prefill.title",
                        new Object[] {
                            treatment.getStartDate() == null
                                    ? ""
                                    : treatment.getStartDate().toString()
                        },
                        locale),
                treatment.getHelpQuestion(),
                treatment.getStartDate(),
                duration,
                tried.isEmpty() ? messages.getMessage("intervision.case.prefill.no-evaluations", null, locale) : tried,
                "");
    }

    /** Whether the current user may link a case to this treatment (throws 404 when not). */
    public void requireAccess(CurrentUser user, Long treatmentId) {
        treatments.require(user, treatmentId);
    }

    @EventListener
    void on(CaseDiscussionFinished finished) {
        if (finished.treatmentId() == null) {
            return;
        }
        changes.recordPracticeDiscussion(
                finished.by(),
                finished.treatmentId(),
                finished.finishedAt().atZone(clock.getZone()).toLocalDate(),
                DiscussionKind.INTERVISION,
                messages.getMessage("intervision.case.prefill.discussion-note", null, Locale.forLanguageTag("nl")));
    }

    private String line(Evaluation evaluation, Locale locale) {
        String decision = messages.getMessage("evaluation.decision." + evaluation.getDecision(), null, locale);
        String kind = messages.getMessage("evaluation.kind." + evaluation.getKind(), null, locale);
        String extension = evaluation.isExtension()
                ? messages.getMessage(
                        "intervision.case.prefill.extension",
                        new Object[] {evaluation.getPreviousExpectedSessions(), evaluation.getNewExpectedSessions()},
                        locale)
                : "";
        return messages.getMessage(
                "intervision.case.prefill.evaluation",
                new Object[] {evaluation.getEvaluatedOn().toString(), kind, decision, extension},
                locale);
    }
}
