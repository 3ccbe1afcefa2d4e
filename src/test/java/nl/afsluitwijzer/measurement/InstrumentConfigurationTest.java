package nl.afsluitwijzer.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** The catalog of an installation: the shipped definitions plus a practice's own in {@code <data-dir>/instruments/}. */
class InstrumentConfigurationTest {

    @TempDir
    Path dataDirectory;

    @Test
    void withoutAnInstrumentsDirectoryHoldsTheShippedInstruments() {
        assertThat(codes()).containsExactly("GAD7", "GBO", "PHQ9");
    }

    @Test
    void addsTheDefinitionsInTheInstrumentsDirectory() throws IOException {
        write("test.json", TestDefinition.VALID);
        write("notes.txt", "not a definition");

        assertThat(codes()).containsExactly("GAD7", "GBO", "PHQ9", "TEST");
    }

    @Test
    void readsADirectoryWhosePathHasASpace() throws IOException {
        dataDirectory = dataDirectory.resolve("praktijk data");
        write("test.json", TestDefinition.VALID);

        assertThat(codes()).contains("TEST");
    }

    @Test
    void aBrokenFileStopsTheStartNamingTheFileAndTheField() throws IOException {
        write("test.json", TestDefinition.replacing("\"reliableChange\": 2", "\"reliableChange\": 0"));

        assertThatThrownBy(this::codes).isInstanceOfSatisfying(InstrumentDefinitionException.class, e -> {
            assertThat(e.source())
                    .hasValueSatisfying(source -> assertThat(source).endsWith("instruments/test.json"));
            assertThat(e.field()).hasValue("reliableChange");
            assertThat(e.getMessage())
                    .startsWith(dataDirectory
                            .resolve("instruments")
                            .toAbsolutePath()
                            .toString());
        });
    }

    @Test
    void aFileMayNotRedefineAShippedInstrument() throws IOException {
        write("phq9.json", TestDefinition.replacing("\"code\": \"TEST\"", "\"code\": \"PHQ9\""));

        assertThatThrownBy(this::codes)
                .isInstanceOf(InstrumentDefinitionException.class)
                .hasMessageContaining("'PHQ9' is already defined in instruments/phq9.json");
    }

    @Test
    void refusesAnInstrumentsPathThatIsAFile() throws IOException {
        Files.writeString(dataDirectory.resolve("instruments"), "");

        assertThatThrownBy(this::codes)
                .isInstanceOf(InstrumentDefinitionException.class)
                .hasMessageContaining("must be a directory");
    }

    @Test
    void theStartUpReportNamesTheProblemAndPointsToTheFormat() {
        InstrumentDefinitionException problem = new InstrumentDefinitionException(
                "/srv/aw/instruments/k10.json", "reliableChange", "must be at least 1 but is 0", null);

        FailureAnalysis analysis =
                new InstrumentDefinitionFailureAnalyzer().analyze(new IllegalStateException("context failed", problem));

        assertThat(analysis.getDescription())
                .contains("/srv/aw/instruments/k10.json: field 'reliableChange': must be at least 1 but is 0");
        assertThat(analysis.getAction()).contains("docs/instruments.md");
    }

    private java.util.List<String> codes() {
        return new InstrumentConfiguration(dataDirectory)
                .instrumentCatalog().all().stream().map(Instrument::code).toList();
    }

    private void write(String name, String content) throws IOException {
        Path directory = Files.createDirectories(dataDirectory.resolve("instruments"));
        Files.writeString(directory.resolve(name), content);
    }
}
