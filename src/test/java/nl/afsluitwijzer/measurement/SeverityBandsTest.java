package nl.afsluitwijzer.measurement;

import static nl.afsluitwijzer.measurement.ShippedInstrumentsTest.CATALOG;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The severity band of a total, on both sides of every boundary. */
class SeverityBandsTest {

    @ParameterizedTest(name = "{0} total {1} is {2}")
    @CsvSource({
        "PHQ9, 0, MINIMAL",
        "PHQ9, 4, MINIMAL",
        "PHQ9, 5, MILD",
        "PHQ9, 9, MILD",
        "PHQ9, 10, MODERATE",
        "PHQ9, 14, MODERATE",
        "PHQ9, 15, MODERATELY_SEVERE",
        "PHQ9, 19, MODERATELY_SEVERE",
        "PHQ9, 20, SEVERE",
        "PHQ9, 27, SEVERE",
        "GAD7, 0, MINIMAL",
        "GAD7, 4, MINIMAL",
        "GAD7, 5, MILD",
        "GAD7, 9, MILD",
        "GAD7, 10, MODERATE",
        "GAD7, 14, MODERATE",
        "GAD7, 15, SEVERE",
        "GAD7, 21, SEVERE",
        "GBO, 0, FAR",
        "GBO, 3, FAR",
        "GBO, 4, ON_THE_WAY",
        "GBO, 6, ON_THE_WAY",
        "GBO, 7, CLOSE",
        "GBO, 10, CLOSE"
    })
    void aTotalFallsInItsBand(String code, int total, String band) {
        Instrument instrument = CATALOG.get(code);

        assertThat(instrument.bandFor(total))
                .hasValueSatisfying(found -> assertThat(found.code()).isEqualTo(band));
        assertThat(instrument.scoreTotal(total).band())
                .extracting(SeverityBand::code)
                .isEqualTo(band);
    }

    @Test
    void everyTotalOfEveryShippedInstrumentHasExactlyOneBand() {
        for (Instrument instrument : CATALOG.all()) {
            for (int total = instrument.min(); total <= instrument.max(); total++) {
                int score = total;
                assertThat(instrument.bands())
                        .filteredOn(band -> band.contains(score))
                        .hasSize(1);
            }
        }
    }

    @Test
    void answersAreSummedAndBanded() {
        Score score = CATALOG.get("PHQ9").score(List.of(0, 1, 2, 3, 0, 1, 2, 3, 1));

        assertThat(score.instrument()).isEqualTo("PHQ9");
        assertThat(score.total()).isEqualTo(13);
        assertThat(score.band()).extracting(SeverityBand::code).isEqualTo("MODERATE");
    }
}
