package nl.afsluitwijzer.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The instruments that ship with the application, read from the classpath. */
class ShippedInstrumentsTest {

    static final InstrumentCatalog CATALOG = InstrumentCatalog.loadFromClasspath();

    @Test
    void theCatalogHoldsPhq9Gad7AndGboInCodeOrder() {
        assertThat(CATALOG.all()).extracting(Instrument::code).containsExactly("GAD7", "GBO", "PHQ9");
    }

    @ParameterizedTest(name = "{0}: {1} items, total {2}\u2013{3}")
    @CsvSource({"PHQ9, 9, 0, 27", "GAD7, 7, 0, 21", "GBO, 1, 0, 10"})
    void theLowestAnswersScoreTheMinimumAndTheHighestTheMaximum(String code, int items, int min, int max) {
        Instrument instrument = CATALOG.get(code);

        assertThat(instrument.items()).hasSize(items);
        assertThat(instrument
                        .score(Collections.nCopies(items, instrument.lowestOption()))
                        .total())
                .isEqualTo(min);
        assertThat(instrument
                        .score(Collections.nCopies(items, instrument.highestOption()))
                        .total())
                .isEqualTo(max);
        assertThat(List.of(instrument.min(), instrument.max())).containsExactly(min, max);
    }

    @Test
    void phq9IsScoredZeroToThreeAndCarriesTheLoincCodeOfItsTotal() {
        Instrument phq9 = CATALOG.get("PHQ9");

        assertThat(phq9.loinc()).isEqualTo("44261-6");
        assertThat(phq9.perGoal()).isFalse();
        assertThat(phq9.options()).extracting(AnswerOption::value).containsExactly(0, 1, 2, 3);
        assertThat(phq9.thresholds()).isEqualTo(new OutcomeThresholds(6, 10, Direction.LOWER_IS_BETTER));
    }

    @Test
    void phq9AsksAboutThoughtsOfDeathOrSelfHarmAsItsLastItem() {
        Item last = CATALOG.get("PHQ9").items().get(8);

        assertThat(last.number()).isEqualTo(9);
        assertThat(last.text().en()).contains("better off dead").contains("hurting yourself");
        assertThat(last.text().nl()).isNotBlank();
    }

    @Test
    void phq9FlagsItsNinthItemAsARiskItemAboveZeroAndNoOtherInstrumentHasOne() {
        Instrument phq9 = CATALOG.get("PHQ9");

        assertThat(phq9.riskItems()).extracting(Item::number).containsExactly(9);
        assertThat(phq9.riskItems().get(0).riskAbove()).isZero();
        assertThat(phq9.raisesRisk(java.util.List.of(3, 3, 3, 3, 3, 3, 3, 3, 0)))
                .isFalse();
        assertThat(phq9.raisesRisk(java.util.List.of(0, 0, 0, 0, 0, 0, 0, 0, 1)))
                .isTrue();
        assertThat(CATALOG.get("GAD7").riskItems()).isEmpty();
        assertThat(CATALOG.get("GBO").riskItems()).isEmpty();
    }

    @Test
    void gad7IsScoredZeroToThreeAndCarriesTheLoincCodeOfItsTotal() {
        Instrument gad7 = CATALOG.get("GAD7");

        assertThat(gad7.loinc()).isEqualTo("70274-6");
        assertThat(gad7.options()).extracting(AnswerOption::value).containsExactly(0, 1, 2, 3);
        assertThat(gad7.thresholds()).isEqualTo(new OutcomeThresholds(4, 8, Direction.LOWER_IS_BETTER));
    }

    @Test
    void gboRatesEachGoalFromZeroToTenWithHigherIsBetter() {
        Instrument gbo = CATALOG.get("GBO");

        assertThat(gbo.perGoal()).isTrue();
        assertThat(gbo.loinc()).isNull();
        assertThat(gbo.options()).extracting(AnswerOption::value).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10);
        assertThat(gbo.thresholds()).isEqualTo(new OutcomeThresholds(3, null, Direction.HIGHER_IS_BETTER));
    }

    @Test
    void phq9AndGad7ShareTheirAnswerOptions() {
        assertThat(CATALOG.get("PHQ9").options()).isEqualTo(CATALOG.get("GAD7").options());
    }

    @Test
    void definitionsAreReadAsUtf8() {
        String irritable = CATALOG.get("GAD7").items().get(5).text().nl();

        assertThat(irritable).contains("\u00EB").contains("\u00EF").doesNotContain("\uFFFD");
    }

    @Test
    void textsAreShownInEnglishForEnglishAndInDutchOtherwise() {
        LocalizedText name = CATALOG.get("PHQ9").name();

        assertThat(name.in(Locale.ENGLISH)).isEqualTo(name.en());
        assertThat(name.in(Locale.UK)).isEqualTo(name.en());
        assertThat(name.in(Locale.forLanguageTag("nl-NL"))).isEqualTo(name.nl());
        assertThat(name.in(Locale.GERMAN)).isEqualTo(name.nl());
    }

    @Test
    void anUnknownCodeIsNotFound() {
        assertThat(CATALOG.find("SCL90")).isEmpty();
        assertThatThrownBy(() -> CATALOG.get("SCL90"))
                .isInstanceOfSatisfying(UnknownInstrumentException.class, e -> {
                    assertThat(e.code()).isEqualTo("SCL90");
                    assertThat(e.messageKey()).isEqualTo("measurement.instrument.unknown");
                })
                .hasMessageContaining("GAD7, GBO, PHQ9");
    }

    @Test
    void codesAreMatchedExactly() {
        assertThat(CATALOG.find("phq9")).isEmpty();
    }
}
