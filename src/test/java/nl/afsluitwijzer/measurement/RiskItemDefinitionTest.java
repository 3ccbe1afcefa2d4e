package nl.afsluitwijzer.measurement;

import static nl.afsluitwijzer.measurement.TestDefinition.load;
import static nl.afsluitwijzer.measurement.TestDefinition.refused;
import static nl.afsluitwijzer.measurement.TestDefinition.replacing;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A risk item in a definition file: "riskAbove" on an item, the highest answer that is not a risk (answers 0–2). */
class RiskItemDefinitionTest {

    private static final String SECOND = "{ \"text\": { \"nl\": \"Two\", \"en\": \"Two\" } }";

    private static String secondItemRiskAbove(String value) {
        return replacing(SECOND, "{ \"text\": { \"nl\": \"Two\", \"en\": \"Two\" }, \"riskAbove\": " + value + " }");
    }

    @Test
    void withoutRiskAboveAnItemIsNoRiskItem() {
        Instrument instrument = load(TestDefinition.VALID);

        assertThat(instrument.riskItems()).isEmpty();
        assertThat(instrument.raisesRisk(List.of(2, 2))).isFalse();
    }

    @Test
    void anAnswerAboveTheThresholdIsARiskAndOneOnItIsNot() {
        Instrument instrument = load(secondItemRiskAbove("1"));

        assertThat(instrument.riskItems()).extracting(Item::number).containsExactly(2);
        assertThat(instrument.raisesRisk(List.of(2, 1))).isFalse();
        assertThat(instrument.raisesRisk(List.of(0, 2))).isTrue();
        assertThat(instrument.items().get(1).isRisk(0)).isFalse();
    }

    @Test
    void theLowestAnswerIsAllowedAsThreshold() {
        Instrument instrument = load(secondItemRiskAbove("0"));

        assertThat(instrument.raisesRisk(List.of(0, 0))).isFalse();
        assertThat(instrument.raisesRisk(List.of(0, 1))).isTrue();
    }

    @Test
    void aThresholdAtTheHighestAnswerIsRefusedBecauseNothingLiesAbove() {
        refused(secondItemRiskAbove("2"), "items[1].riskAbove").hasMessageContaining("must lie in 0\u20131");
    }

    @Test
    void aThresholdBelowTheLowestAnswerIsRefused() {
        refused(secondItemRiskAbove("-1"), "items[1].riskAbove");
    }

    @Test
    void aThresholdThatIsNotAWholeNumberIsRefused() {
        refused(secondItemRiskAbove("\"0\""), "items[1].riskAbove");
    }
}
