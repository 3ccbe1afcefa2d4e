package nl.afsluitwijzer.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Stream;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.internal.PhaseTransitionRefused;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every pair of phases: allowed exactly as docs/signals.md lists, refused otherwise, by the aggregate itself. */
class PhaseTest {

    private static final Set<String> ALLOWED = Set.of(
            "REFERRED>INTAKE",
            "INTAKE>TREATMENT",
            "TREATMENT>CLOSING",
            "CLOSING>CLOSED",
            "INTAKE>TRANSFERRED",
            "TREATMENT>TRANSFERRED",
            "CLOSING>TRANSFERRED",
            "INTAKE>DROPPED_OUT",
            "TREATMENT>DROPPED_OUT",
            "CLOSING>DROPPED_OUT");
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    static Stream<Arguments> everyPair() {
        return EnumSet.allOf(Phase.class).stream()
                .flatMap(from -> EnumSet.allOf(Phase.class).stream().map(to -> Arguments.of(from, to)));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("everyPair")
    void onlyTheTransitionsOfTheDesignAreAllowed(Phase from, Phase to) {
        boolean allowed = ALLOWED.contains(from + ">" + to);
        Treatment treatment = treatmentIn(from);
        if (allowed) {
            treatment.moveTo(to, DAY.plusDays(10), null, 1L);
            assertThat(treatment.getPhase()).isEqualTo(to);
        } else {
            assertThatThrownBy(() -> treatment.moveTo(to, DAY.plusDays(10), null, 1L))
                    .isInstanceOf(PhaseTransitionRefused.class)
                    .extracting(e -> ((DomainException) e).kind())
                    .isEqualTo(DomainException.Kind.CONFLICT);
            assertThat(treatment.getPhase()).isEqualTo(from);
        }
    }

    @Test
    void aRefusalSaysWhatIsAllowedInstead() {
        PhaseTransitionRefused refused = new PhaseTransitionRefused(Phase.TREATMENT, Phase.CLOSED);
        assertThat(refused.messageKey()).isEqualTo("treatment.phase.refused");
        assertThat(refused.arguments()).containsExactly("TREATMENT", "CLOSED", "CLOSING, TRANSFERRED, DROPPED_OUT");
    }

    @Test
    void endedTreatmentsAreReadOnly() {
        Treatment closed = treatmentIn(Phase.CLOSED);
        assertThatThrownBy(closed::requireOpen).hasMessage("treatment.ended");
        assertThatThrownBy(() -> closed.changeExpectedSessionsAtEvaluation(14, DAY))
                .hasMessage("treatment.ended");
    }

    @Test
    void aPhaseChangeCannotBeDatedBeforeThePreviousOne() {
        Treatment treatment = treatmentIn(Phase.REFERRED);
        assertThatThrownBy(() -> treatment.moveTo(Phase.INTAKE, DAY.minusDays(1), null, 1L))
                .hasMessage("treatment.phase.date-before-previous");
    }

    @Test
    void phaseDatesAreRecordedAndTheHistoryKeepsReasons() {
        Treatment treatment = treatmentIn(Phase.REFERRED);
        treatment.moveTo(Phase.INTAKE, DAY.plusDays(7), null, 1L);
        treatment.moveTo(Phase.TREATMENT, DAY.plusDays(14), null, 1L);
        treatment.moveTo(Phase.DROPPED_OUT, DAY.plusDays(40), "verhuisd", 1L);
        assertThat(treatment.getIntakeDate()).isEqualTo(DAY.plusDays(7));
        assertThat(treatment.getStartDate()).isEqualTo(DAY.plusDays(14));
        assertThat(treatment.getEndDate()).isEqualTo(DAY.plusDays(40));
        assertThat(treatment.phaseHistory())
                .extracting(PhaseChange::phase)
                .containsExactly(Phase.REFERRED, Phase.INTAKE, Phase.TREATMENT, Phase.DROPPED_OUT);
        assertThat(treatment.phaseHistory().get(3).reason()).isEqualTo("verhuisd");
    }

    @Test
    void expectedSessionsMustLieBetweenOneAndAHundred() {
        Treatment treatment = treatmentIn(Phase.TREATMENT);
        assertThatThrownBy(() -> treatment.changeExpectedSessionsAtEvaluation(0, DAY))
                .hasMessage("treatment.expected.range");
        assertThatThrownBy(() -> treatment.changeExpectedSessionsAtEvaluation(101, DAY))
                .hasMessage("treatment.expected.range");
        treatment.changeExpectedSessionsAtEvaluation(1, DAY);
        treatment.changeExpectedSessionsAtEvaluation(100, DAY);
        assertThat(treatment.expectedSessions()).contains(100);
    }

    @Test
    void halfwayIsTheCeilingOfHalfOfE() {
        Treatment treatment = treatmentIn(Phase.TREATMENT);
        treatment.changeExpectedSessionsAtEvaluation(13, DAY);
        assertThat(treatment.halfwaySession()).contains(7);
        treatment.changeExpectedSessionsAtEvaluation(12, DAY);
        assertThat(treatment.halfwaySession()).contains(6);
    }

    static Treatment treatmentIn(Phase phase) {
        Treatment treatment = Treatment.referral(1L, 1L, 1L, DAY, "vraag", false, 1L, Instant.EPOCH);
        Phase[] path = switch (phase) {
            case REFERRED -> new Phase[] {};
            case INTAKE -> new Phase[] {Phase.INTAKE};
            case TREATMENT -> new Phase[] {Phase.INTAKE, Phase.TREATMENT};
            case CLOSING -> new Phase[] {Phase.INTAKE, Phase.TREATMENT, Phase.CLOSING};
            case CLOSED -> new Phase[] {Phase.INTAKE, Phase.TREATMENT, Phase.CLOSING, Phase.CLOSED};
            case TRANSFERRED -> new Phase[] {Phase.INTAKE, Phase.TRANSFERRED};
            case DROPPED_OUT -> new Phase[] {Phase.INTAKE, Phase.DROPPED_OUT};
        };
        for (Phase step : path) {
            treatment.moveTo(step, DAY, null, 1L);
        }
        return treatment;
    }
}
