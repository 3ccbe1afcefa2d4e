package nl.afsluitwijzer.treatment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/**
 * The phases of a scope are written into its SQL as literals in a fixed order, so that one set of phases is always
 * the same statement (PostgreSQL then keeps one plan for it), and only ids are bound.
 */
class TreatmentScopeTest {

    @Test
    void thePhasesAreLiteralsInAFixedOrderWhateverTheOrderOfTheSet() {
        assertThat(TreatmentScope.inText(EnumSet.of(Phase.TREATMENT, Phase.CLOSING, Phase.INTAKE)))
                .isEqualTo("('CLOSING', 'INTAKE', 'TREATMENT')");
        assertThat(TreatmentScope.inText(EnumSet.of(Phase.REFERRED))).isEqualTo("('REFERRED')");
    }

    @Test
    void noPhaseMatchesNoTreatment() {
        assertThat(TreatmentScope.inText(EnumSet.noneOf(Phase.class))).isEqualTo("(NULL)");
    }

    @Test
    void aTherapistsScopeBindsOnlyThePracticeAndTheTherapist() {
        TreatmentScope scope = TreatmentScope.therapist(1L, 3L, EnumSet.of(Phase.INTAKE, Phase.REFERRED));

        assertThat(scope.parameters()).containsOnlyKeys("practiceId", "userId");
        assertThat(scope.condition())
                .contains("t.phase IN ('INTAKE', 'REFERRED')")
                .contains("o.phase IN ('INTAKE', 'REFERRED')");
    }

    @Test
    void aManagersScopeBindsThePracticeAndTheTherapistFilter() {
        TreatmentScope scope = TreatmentScope.practice(1L, EnumSet.of(Phase.CLOSING), 7L);

        assertThat(scope.parameters()).containsOnlyKeys("practiceId", "therapistId");
        assertThat(scope.condition()).contains("t.phase IN ('CLOSING')").endsWith("t.therapist_id = :therapistId");
    }
}
