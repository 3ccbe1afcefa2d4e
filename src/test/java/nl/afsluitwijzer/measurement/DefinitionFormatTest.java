package nl.afsluitwijzer.measurement;

import static nl.afsluitwijzer.measurement.TestDefinition.FILE;
import static nl.afsluitwijzer.measurement.TestDefinition.VALID;
import static nl.afsluitwijzer.measurement.TestDefinition.load;
import static nl.afsluitwijzer.measurement.TestDefinition.refused;
import static nl.afsluitwijzer.measurement.TestDefinition.replacing;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The file format: what a definition file must hold, and how a mistake in it is reported. */
class DefinitionFormatTest {

    @Test
    void theTestDefinitionLoads() {
        Instrument instrument = load(VALID);

        assertThat(instrument.items()).extracting(Item::number).containsExactly(1, 2);
        assertThat(instrument.thresholds()).isEqualTo(new OutcomeThresholds(2, 3, Direction.LOWER_IS_BETTER));
    }

    @Test
    void theExampleInTheDocumentationLoads() throws IOException {
        String doc = Files.readString(Path.of("docs/instruments.md"));
        int start = doc.indexOf("```json") + "```json".length();
        String example = doc.substring(start, doc.indexOf("```", start));

        Instrument instrument = InstrumentCatalog.fromJson(Map.of("docs/instruments.md", example))
                .get("EXAMPLE");

        assertThat(instrument.score(List.of(2, 1)).band())
                .extracting(SeverityBand::code)
                .isEqualTo("HIGH");
    }

    @Test
    void anUnknownFieldIsRefused() {
        refused(replacing("\"code\": \"TEST\",", "\"code\": \"TEST\", \"colour\": \"red\","), "colour")
                .hasMessageContaining("not a known field")
                .hasMessageContaining("reliableChange");
    }

    @Test
    void anUnknownFieldInsideABandIsRefused() {
        refused(replacing("\"code\": \"MIDDLE\",", "\"code\": \"MIDDLE\", \"colour\": \"red\","), "bands[1].colour");
    }

    @Test
    void aMissingFieldIsRefused() {
        refused(replacing("\"reliableChange\": 2,", ""), "reliableChange").hasMessageContaining("required but missing");
    }

    @Test
    void aMissingTranslationIsRefused() {
        refused(replacing("{ \"nl\": \"Two\", \"en\": \"Two\" }", "{ \"nl\": \"Two\" }"), "items[1].text.en");
    }

    @Test
    void anEmptyTextIsRefused() {
        refused(replacing("\"licence\": \"Test only.\"", "\"licence\": \" \""), "licence")
                .hasMessageContaining("empty");
    }

    @Test
    void aDirectionThatDoesNotExistIsRefused() {
        refused(replacing("\"LOWER_IS_BETTER\"", "\"SIDEWAYS\""), "direction")
                .hasMessageContaining("'SIDEWAYS'")
                .hasMessageContaining("LOWER_IS_BETTER, HIGHER_IS_BETTER");
    }

    @Test
    void aScoringMethodThatDoesNotExistIsRefused() {
        refused(replacing("\"SUM\"", "\"AVERAGE\""), "scoring").hasMessageContaining("'AVERAGE'");
    }

    @Test
    void textWhereANumberBelongsIsRefused() {
        refused(replacing("\"min\": 0", "\"min\": \"zero\""), "min").hasMessageContaining("a whole number");
    }

    @Test
    void aNumberInQuotesIsRefused() {
        refused(replacing("\"from\": 2, \"to\": 2", "\"from\": 2, \"to\": \"2\""), "bands[1].to")
                .hasMessageContaining("a whole number");
    }

    @Test
    void aFractionIsRefused() {
        refused(replacing("\"reliableChange\": 2", "\"reliableChange\": 2.5"), "reliableChange");
    }

    @Test
    void aFieldGivenTwiceIsRefused() {
        assertThatThrownBy(() -> load(replacing("\"min\": 0,", "\"min\": 0, \"min\": 1,")))
                .isInstanceOf(InstrumentDefinitionException.class)
                .hasMessageStartingWith(FILE + ": ")
                .hasMessageContaining("min");
    }

    @Test
    void invalidJsonIsReportedWithItsLine() {
        assertThatThrownBy(() -> load(replacing("\"max\": 4,", "\"max\": 4")))
                .isInstanceOf(InstrumentDefinitionException.class)
                .hasMessageStartingWith(FILE + ": ")
                .hasMessageContaining("not valid JSON (line 20,");
    }

    @Test
    void aFileMustHoldOneObject() {
        for (String json : new String[] {"[]", "null", "", VALID + " {}"}) {
            assertThatThrownBy(() -> load(json))
                    .isInstanceOf(InstrumentDefinitionException.class)
                    .hasMessageStartingWith(FILE + ": the file must hold exactly one JSON object");
        }
    }

    @Test
    void aSecondDefinitionOfTheSameCodeIsRefused() {
        Map<String, String> files = Map.of("instruments/a.json", VALID, "instruments/b.json", VALID);

        assertThatThrownBy(() -> InstrumentCatalog.fromJson(files))
                .isInstanceOf(InstrumentDefinitionException.class)
                .hasMessage("instruments/b.json: field 'code': 'TEST' is already defined in instruments/a.json");
    }

    @Test
    void theExceptionTellsFileFieldAndProblemApart() {
        assertThatThrownBy(() -> load(replacing("\"reliableChange\": 2", "\"reliableChange\": 0")))
                .isInstanceOfSatisfying(InstrumentDefinitionException.class, e -> {
                    assertThat(e.source()).contains(FILE);
                    assertThat(e.field()).contains("reliableChange");
                    assertThat(e.problem()).isEqualTo("must be at least 1 but is 0");
                });
    }
}
