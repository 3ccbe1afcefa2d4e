package nl.afsluitwijzer.signal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** The engine and its rules are a pure function: no Spring, no clock (a plain source check, no ArchUnit). */
class SignalPackagePurityTest {

    private static final Path SOURCES = Path.of("src/main/java/nl/afsluitwijzer/signal");
    /** The engine's own types; the module's Spring services beside them feed it and are not checked here. */
    private static final List<String> ENGINE = List.of("SignalEngine.java", "Signal.java", "SignalCode.java",
            "Severity.java", "SignalPolicy.java", "TreatmentHistory.java", "TreatmentPhase.java");

    @Test
    void theEngineAndTheRulesImportNothingFromSpringAndReadNoClock() throws IOException {
        List<Path> files = javaFiles();

        assertThat(files).hasSizeGreaterThan(20);
        for (Path file : files) {
            String source = Files.readString(file, StandardCharsets.UTF_8);
            assertThat(source).as(file.toString())
                    .doesNotContain("org.springframework")
                    .doesNotContain(".now(")
                    .doesNotContain("java.time.Clock")
                    .doesNotContain("System.currentTimeMillis");
        }
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> paths = Files.walk(SOURCES)) {
            return paths.filter(path -> path.toString().endsWith(".java"))
                    .filter(path -> path.getParent().endsWith("rules")
                            || ENGINE.contains(path.getFileName().toString()))
                    .toList();
        }
    }
}
