package nl.afsluitwijzer.measurement;

import static nl.afsluitwijzer.measurement.TestDefinition.load;
import static nl.afsluitwijzer.measurement.TestDefinition.refused;
import static nl.afsluitwijzer.measurement.TestDefinition.replacing;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The rules a well-formed definition must also keep: bands, ranges, cut-off and reliable change. */
class DefinitionConsistencyTest {

    private static final String VALID_WITHOUT_BANDS =
            TestDefinition.VALID.replaceFirst("(?s)\"bands\": \\[.*?\\n  \\],", "\"bands\": [],");

    @Test
    void overlappingBandsAreRefused() {
        refused(replacing("\"from\": 2, \"to\": 2", "\"from\": 1, \"to\": 2"), "bands[1].from")
                .hasMessageContaining("band 1\u20132 overlaps band 0\u20131");
    }

    @Test
    void aGapBetweenBandsIsRefused() {
        refused(replacing("\"from\": 3, \"to\": 4", "\"from\": 4, \"to\": 4"), "bands[2].from")
                .hasMessageContaining("gap")
                .hasMessageContaining("totals 3\u20133 have no band");
    }

    @Test
    void bandsMustStartAtTheMinimum() {
        refused(replacing("\"from\": 0, \"to\": 1", "\"from\": 1, \"to\": 1"), "bands[0].from");
    }

    @Test
    void bandsMustEndAtTheMaximum() {
        refused(replacing("\"from\": 3, \"to\": 4", "\"from\": 3, \"to\": 3"), "bands[2].to")
                .hasMessageContaining("must end at the maximum 4");
    }

    @Test
    void aBandMustNotEndBeforeItStarts() {
        refused(replacing("\"from\": 2, \"to\": 2", "\"from\": 2, \"to\": 1"), "bands[1].to");
    }

    @Test
    void bandsMustBeListedFromLowToHigh() {
        String json = replacing("\"from\": 2, \"to\": 2", "\"from\": 0, \"to\": 0");
        refused(json, "bands[1].from").hasMessageContaining("from low to high");
    }

    @Test
    void twoBandsMustNotShareACode() {
        refused(replacing("\"code\": \"HIGH\"", "\"code\": \"LOW\""), "bands[2].code");
    }

    @Test
    void anInstrumentWithoutBandsScoresWithoutABand() {
        assertThat(load(VALID_WITHOUT_BANDS).scoreTotal(3).band()).isNull();
    }

    @Test
    void reliableChangeMustBeAtLeastOne() {
        refused(replacing("\"reliableChange\": 2", "\"reliableChange\": 0"), "reliableChange")
                .hasMessageContaining("must be at least 1");
    }

    @Test
    void reliableChangeMustFitInTheRange() {
        refused(replacing("\"reliableChange\": 2", "\"reliableChange\": 5"), "reliableChange");
    }

    @Test
    void theCutoffMustLieWithinTheRange() {
        refused(replacing("\"clinicalCutoff\": 3", "\"clinicalCutoff\": 5"), "clinicalCutoff")
                .hasMessageContaining("must lie in 1\u20134");
    }

    @Test
    void aCutoffThatMakesEveryTotalACaseIsRefused() {
        refused(replacing("\"clinicalCutoff\": 3", "\"clinicalCutoff\": 0"), "clinicalCutoff");
    }

    @Test
    void theMaximumMustBeItemsTimesTheHighestOption() {
        refused(replacing("\"max\": 4", "\"max\": 5"), "max")
                .hasMessageContaining("2 items scored 0\u20132 give totals 0\u20134");
    }

    @Test
    void theMinimumMustBeItemsTimesTheLowestOption() {
        refused(replacing("\"min\": 0", "\"min\": 1"), "min");
    }

    @Test
    void optionValuesMustGoUpByOne() {
        refused(replacing("\"value\": 2", "\"value\": 3"), "options[2].value");
    }

    @Test
    void anInstrumentNeedsItems() {
        String json = VALID_WITHOUT_BANDS.replaceFirst("(?s)\"items\": \\[.*?\\],", "\"items\": [],");
        refused(json, "items").hasMessageContaining("at least one item");
    }

    @Test
    void aPerGoalInstrumentHasOneItem() {
        refused(replacing("\"perGoal\": false", "\"perGoal\": true"), "items").hasMessageContaining("exactly one item");
    }

    @Test
    void theCodeIsCapitalsDigitsAndUnderscores() {
        refused(replacing("\"code\": \"TEST\"", "\"code\": \"test-1\""), "code");
    }

    @Test
    void aLoincCodeHasItsFormat() {
        refused(replacing("\"loinc\": null", "\"loinc\": \"44261\""), "loinc");
    }
}
