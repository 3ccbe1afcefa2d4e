package nl.afsluitwijzer.signal.rules;

import static nl.afsluitwijzer.signal.HistoryBuilder.START;
import static nl.afsluitwijzer.signal.HistoryBuilder.treatment;
import static nl.afsluitwijzer.signal.SignalCode.SUICIDE_ITEM;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.afsluitwijzer.signal.HistoryBuilder;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signal;
import nl.afsluitwijzer.signal.TreatmentPhase;
import org.junit.jupiter.api.Test;

class SuicideItemRuleTest {

    private static final LocalDate MEASURED = START.plusDays(14);
    private static final LocalDate AS_OF = START.plusDays(21);

    private static Signal signal(HistoryBuilder history, LocalDate asOf) {
        return history.signalOn(SUICIDE_ITEM, asOf).orElseThrow(() -> new AssertionError("does not fire"));
    }

    @Test
    void firesOpenOneAboveTheThresholdWithTheMeasurementAsFingerprint() {
        Signal signal = signal(treatment().phq9Item9(MEASURED, 1), AS_OF);

        assertThat(signal.severity()).isEqualTo(Severity.ACTION);
        assertThat(signal.acknowledged()).isFalse();
        assertThat(signal.fingerprint()).isEqualTo("PHQ9@" + MEASURED + ":item9=1");
        assertThat(signal.messageArguments()).containsExactly("PHQ9", 9, 1, MEASURED, 0);
    }

    @Test
    void isSilentOnTheThreshold() {
        assertThat(treatment().phq9Item9(MEASURED, 0).firesOn(SUICIDE_ITEM, AS_OF))
                .isFalse();
    }

    @Test
    void followsTheThresholdOfTheDefinition() {
        assertThat(treatment().riskAnswer(MEASURED, "OWN", 3, 2, 2).firesOn(SUICIDE_ITEM, AS_OF))
                .isFalse();
        assertThat(signal(treatment().riskAnswer(MEASURED, "OWN", 3, 3, 2), AS_OF)
                        .fingerprint())
                .isEqualTo("OWN@" + MEASURED + ":item3=3");
    }

    @Test
    void firesOnTheDayOfTheMeasurementAndNotTheDayBefore() {
        HistoryBuilder history = treatment().phq9Item9(MEASURED, 2);

        assertThat(history.firesOn(SUICIDE_ITEM, MEASURED.minusDays(1))).isFalse();
        assertThat(history.firesOn(SUICIDE_ITEM, MEASURED)).isTrue();
    }

    @Test
    void anAssessmentTheDayBeforeTheMeasurementLeavesItOpen() {
        Signal signal = signal(treatment().riskAssessment(MEASURED.minusDays(1)).phq9Item9(MEASURED, 1), AS_OF);

        assertThat(signal.acknowledged()).isFalse();
    }

    @Test
    void anAssessmentOnTheDayOfTheMeasurementAcknowledgesItWhileTheAnswerStillStands() {
        Signal signal = signal(treatment().phq9Item9(MEASURED, 1).riskAssessment(MEASURED), AS_OF);

        assertThat(signal.acknowledged()).isTrue();
        assertThat(signal.fingerprint()).isEqualTo("PHQ9@" + MEASURED + ":item9=1");
    }

    @Test
    void anAssessmentAfterTheMeasurementAcknowledgesItFromItsOwnDateOn() {
        LocalDate assessed = MEASURED.plusDays(1);
        HistoryBuilder history = treatment().phq9Item9(MEASURED, 1).riskAssessment(assessed);

        assertThat(signal(history, MEASURED).acknowledged()).isFalse();
        assertThat(signal(history, assessed).acknowledged()).isTrue();
    }

    @Test
    void endsWhenTheAnswerWasAssessedAndTheLatestMeasurementIsOnTheThreshold() {
        HistoryBuilder history =
                treatment().phq9Item9(MEASURED, 2).riskAssessment(MEASURED).phq9Item9(MEASURED.plusDays(7), 0);

        assertThat(history.firesOn(SUICIDE_ITEM, MEASURED.plusDays(6))).isTrue();
        assertThat(history.firesOn(SUICIDE_ITEM, MEASURED.plusDays(7))).isFalse();
    }

    @Test
    void aCalmerLaterMeasurementDoesNotHideAnAnswerThatWasNeverAssessed() {
        Signal signal = signal(treatment().phq9Item9(MEASURED, 2).phq9Item9(MEASURED.plusDays(7), 0), AS_OF);

        assertThat(signal.acknowledged()).isFalse();
        assertThat(signal.fingerprint()).isEqualTo("PHQ9@" + MEASURED + ":item9=2");
    }

    @Test
    void aNewRaisedAnswerAfterTheAssessmentOpensItAgainWithANewFingerprint() {
        LocalDate again = MEASURED.plusDays(5);
        Signal signal = signal(
                treatment()
                        .phq9Item9(MEASURED, 1)
                        .riskAssessment(MEASURED.plusDays(1))
                        .phq9Item9(again, 1),
                AS_OF);

        assertThat(signal.acknowledged()).isFalse();
        assertThat(signal.fingerprint()).isEqualTo("PHQ9@" + again + ":item9=1");
    }

    @Test
    void anAssessmentAfterTheAsOfDateDoesNotCount() {
        HistoryBuilder history = treatment().phq9Item9(MEASURED, 1).riskAssessment(AS_OF.plusDays(1));

        assertThat(signal(history, AS_OF).acknowledged()).isFalse();
    }

    @Test
    void anotherInstrumentsRiskItemRaisedLaterIsTheOneItAsksAbout() {
        LocalDate later = MEASURED.plusDays(3);
        Signal signal = signal(
                treatment().phq9Item9(MEASURED, 1).riskAssessment(MEASURED).riskAnswer(later, "OWN", 4, 1, 0), AS_OF);

        assertThat(signal.acknowledged()).isFalse();
        assertThat(signal.fingerprint()).isEqualTo("OWN@" + later + ":item4=1");
    }

    @Test
    void staysVisibleWhileOneInstrumentStillReportsARiskAfterTheAssessment() {
        Signal signal = signal(
                treatment()
                        .phq9Item9(MEASURED, 1)
                        .riskAnswer(MEASURED, "OWN", 4, 0, 0)
                        .riskAssessment(MEASURED.plusDays(1))
                        .riskAnswer(MEASURED.plusDays(2), "OWN", 4, 0, 0),
                AS_OF);

        assertThat(signal.acknowledged()).isTrue();
        assertThat(signal.fingerprint()).startsWith("PHQ9@");
    }

    @Test
    void appliesOnTheWaitingListAtIntakeAndInTheClosingPhaseButNotAfterClosing() {
        assertThat(treatment()
                        .onlyPhase(TreatmentPhase.REFERRED)
                        .phq9Item9(MEASURED, 1)
                        .firesOn(SUICIDE_ITEM, AS_OF))
                .isTrue();
        assertThat(treatment()
                        .onlyPhase(TreatmentPhase.INTAKE)
                        .phq9Item9(MEASURED, 1)
                        .firesOn(SUICIDE_ITEM, AS_OF))
                .isTrue();
        assertThat(treatment()
                        .phase(TreatmentPhase.CLOSING, MEASURED)
                        .phq9Item9(MEASURED, 1)
                        .firesOn(SUICIDE_ITEM, AS_OF))
                .isTrue();
        assertThat(treatment()
                        .phq9Item9(MEASURED, 1)
                        .phase(TreatmentPhase.CLOSED, AS_OF)
                        .firesOn(SUICIDE_ITEM, AS_OF))
                .isFalse();
    }

    @Test
    void comesFirstAmongTheActionSignals() {
        HistoryBuilder history = treatment().sessions(14).phq9Item9(MEASURED, 1);

        assertThat(history.signalsOn(history.lastSessionDate()).stream()
                        .sorted(Signal.MOST_URGENT_FIRST)
                        .findFirst())
                .hasValueSatisfying(s -> assertThat(s.code()).isEqualTo(SUICIDE_ITEM));
    }
}
