package nl.afsluitwijzer.treatment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.internal.ExtensionNeedsEvaluation;
import org.junit.jupiter.api.Test;

/**
 * After the agreements, raising E is an extension: only an evaluation records it. The agreements may lower E, and
 * on the day they were set a changed number is a correction; the aggregate itself refuses the rest.
 */
class ExtensionRuleTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void theFirstAgreedNumberStartsE() {
        Treatment treatment = agreed(12, DAY);
        assertThat(treatment.expectedSessionsHistory())
                .extracting(ExpectedSessions::origin)
                .containsExactly(ExpectedSessionsOrigin.AGREED);
        assertThat(treatment.getAgreementsSetOn()).isEqualTo(DAY);
    }

    @Test
    void raisingEOnTheDayTheAgreementsWereSetIsACorrection() {
        Treatment treatment = agreed(12, DAY);
        treatment.agree(agreements(20), DAY);
        assertThat(treatment.expectedSessions()).contains(20);
        assertThat(treatment.latestExpectedSessions().orElseThrow().origin())
                .isEqualTo(ExpectedSessionsOrigin.CORRECTED);
        assertThat(treatment.firstAgreedExpectedSessions())
                .as("the corrected number is what was agreed")
                .contains(20);
        treatment.agree(agreements(14), DAY);
        assertThat(treatment.latestExpectedSessions().orElseThrow().origin())
                .isEqualTo(ExpectedSessionsOrigin.CORRECTED);
        assertThat(treatment.firstAgreedExpectedSessions()).contains(14);
    }

    @Test
    void raisingEADayLaterIsRefusedWithAPointerToTheEvaluation() {
        Treatment treatment = agreed(12, DAY);
        assertThatThrownBy(() -> treatment.agree(agreements(20), DAY.plusDays(1)))
                .isInstanceOfSatisfying(ExtensionNeedsEvaluation.class, refused -> {
                    assertThat(refused.kind()).isEqualTo(DomainException.Kind.CONFLICT);
                    assertThat(refused.messageKey()).isEqualTo("treatment.expected.raise-needs-evaluation");
                    assertThat(refused.arguments()).containsExactly(12, 20, DAY);
                });
        assertThat(treatment.expectedSessions()).contains(12);
        assertThat(treatment.getHelpQuestion())
                .as("nothing of the refused agreements is taken")
                .isEqualTo("vraag");
        assertThatThrownBy(() -> treatment.agree(agreements(13), DAY.plusDays(1)))
                .as("one above is a raise too")
                .isInstanceOf(ExtensionNeedsEvaluation.class);
    }

    @Test
    void theSameNumberADayLaterChangesNothingAboutE() {
        Treatment treatment = agreed(12, DAY);
        treatment.agree(new Agreements(10, 12, 12, true, false, "PHQ9", "andere vraag", null), DAY.plusDays(1));
        assertThat(treatment.expectedSessionsHistory()).hasSize(1);
        assertThat(treatment.getHelpQuestion()).isEqualTo("andere vraag");
    }

    @Test
    void loweringEStaysAllowedAndIsNoExtension() {
        Treatment treatment = agreed(12, DAY);
        treatment.agree(agreements(11), DAY.plusDays(1));
        assertThat(treatment.expectedSessions()).contains(11);
        assertThat(treatment.latestExpectedSessions().orElseThrow().origin()).isEqualTo(ExpectedSessionsOrigin.LOWERED);
        assertThat(treatment.firstAgreedExpectedSessions()).contains(12);
        assertThatThrownBy(() -> treatment.agree(agreements(12), DAY.plusDays(2)))
                .as("raising back after a lowering is an extension")
                .isInstanceOf(ExtensionNeedsEvaluation.class);
    }

    @Test
    void anEvaluationRaisesEAndEndsTheCorrectionDay() {
        Treatment treatment = agreed(12, DAY);
        treatment.changeExpectedSessionsAtEvaluation(16, DAY);
        assertThat(treatment.latestExpectedSessions().orElseThrow().origin())
                .isEqualTo(ExpectedSessionsOrigin.EVALUATION);
        assertThat(treatment.isCorrectionDay(DAY)).isFalse();
        assertThatThrownBy(() -> treatment.agree(agreements(20), DAY)).isInstanceOf(ExtensionNeedsEvaluation.class);
        assertThat(treatment.firstAgreedExpectedSessions()).contains(12);
    }

    @Test
    void aLoweringEndsTheCorrectionDayToo() {
        Treatment treatment = agreed(12, DAY);
        treatment.agree(agreements(10), DAY.plusDays(3));
        assertThat(treatment.isCorrectionDay(DAY)).isFalse();
        assertThat(treatment.isCorrectionDay(DAY.plusDays(3))).isFalse();
    }

    private static Treatment agreed(int expected, LocalDate on) {
        Treatment treatment = PhaseTest.treatmentIn(Phase.TREATMENT);
        treatment.agree(agreements(expected), on);
        return treatment;
    }

    private static Agreements agreements(int expected) {
        return new Agreements(10, 12, expected, true, false, "PHQ9", "vraag", null);
    }
}
