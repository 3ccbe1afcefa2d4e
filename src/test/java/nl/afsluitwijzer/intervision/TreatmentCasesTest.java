package nl.afsluitwijzer.intervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Locale;
import nl.afsluitwijzer.PracticeDay;
import nl.afsluitwijzer.intervision.internal.TreatmentCases;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.Signals;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.DiscussionKind;
import nl.afsluitwijzer.treatment.SessionKind;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentAccessDenied;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import nl.afsluitwijzer.treatment.Treatments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A case discussion linked to a treatment is prefilled from it and, once finished, counts as its intervision. */
@IntegrationTest
class TreatmentCasesTest {

    @Autowired
    TreatmentCases treatmentCases;

    @Autowired
    CaseDiscussions discussions;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    TreatmentChanges changes;

    @Autowired
    Treatments treatments;

    @Autowired
    Signals signals;

    @Test
    void aFinishedLinkedCaseDiscussionAcknowledgesOverrunImminent() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        fixtures.as("behandelaar", () -> {
            for (int i = 0; i < 10; i++) {
                changes.addSession(
                        CurrentUser.require(),
                        treatment.getId(),
                        LocalDate.of(2026, 1, 12).plusWeeks(i),
                        SessionKind.TREATMENT,
                        true);
            }
            LocalDate today = PracticeDay.today();
            assertThat(signals.forTreatment(CurrentUser.require(), treatment.getId(), today)
                            .has(SignalCode.OVERRUN_IMMINENT))
                    .isTrue();
            CasePreparation draft =
                    treatmentCases.prefill(CurrentUser.require(), treatment.getId(), Locale.forLanguageTag("nl"));
            assertThat(draft.duration()).contains("10 van 12");
            assertThat(draft.helpQuestion()).isEqualTo("vraag");
            CasePreparation ready = new CasePreparation(
                    draft.title(),
                    draft.helpQuestion(),
                    draft.treatmentStartedOn(),
                    draft.duration(),
                    draft.triedTowardsClosing(),
                    "De cliënt wil graag doorgaan");
            CurrentUser user = CurrentUser.require();
            CaseDiscussion discussion = discussions.prepare(user, ready, treatment.getId());
            discussions.moveTo(user, discussion.getId(), CaseDiscussionStep.values()[0]);
            discussions.finish(user, discussion.getId());
            assertThat(treatments.open(CurrentUser.require(), treatment.getId()).discussions())
                    .anyMatch(d -> d.getKind() == DiscussionKind.INTERVISION);
            assertThat(signals.forTreatment(CurrentUser.require(), treatment.getId(), today)
                            .has(SignalCode.OVERRUN_IMMINENT))
                    .isFalse();
        });
    }

    @Test
    void anotherTherapistCannotPrefillFromATreatmentThatIsNotTheirs() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        fixtures.as(
                "behandelaar2",
                () -> assertThatThrownBy(() -> treatmentCases.prefill(
                                CurrentUser.require(), treatment.getId(), Locale.forLanguageTag("nl")))
                        .isInstanceOf(TreatmentAccessDenied.class));
    }
}
