package nl.afsluitwijzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.docs.Documenter;

/**
 * The module diagrams committed in {@code docs/modules/} are the ones Spring Modulith's {@link Documenter} draws from
 * the code today (docs/architecture.md, Modules). The test draws them into {@code target/spring-modulith-docs/} and
 * fails when a committed diagram differs, is missing or is left over; with {@value #REFRESH} set it first writes the
 * new ones into {@code docs/modules/}.
 */
class ModuleDiagramTest {

    static final String REFRESH = "afsluitwijzer.refresh-module-diagrams";
    private static final Path DRAWN = Path.of("target", "spring-modulith-docs");
    private static final Path COMMITTED = Path.of("docs", "modules");
    private static final String HOW_TO_REFRESH = "the module diagrams in docs/modules/ are stale; refresh them with "
            + "`./mvnw -q test -Dtest=ModuleDiagramTest -D" + REFRESH + "=true` and commit docs/modules/";

    @Test
    void theCommittedModuleDiagramsAreTheOnesTheCodeDrawsToday() throws IOException {
        new Documenter(ModularityTests.MODULES, Documenter.Options.defaults().withOutputFolder(DRAWN.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
        List<String> drawn = diagrams(DRAWN);
        assertThat(drawn).as("diagrams drawn").contains("components.puml").hasSizeGreaterThan(10);
        if (Boolean.getBoolean(REFRESH)) {
            refresh(drawn);
        }

        assertThat(diagrams(COMMITTED)).as(HOW_TO_REFRESH).containsExactlyElementsOf(drawn);
        for (String diagram : drawn) {
            assertThat(lines(COMMITTED.resolve(diagram)))
                    .as(diagram + ": " + HOW_TO_REFRESH)
                    .containsExactlyElementsOf(lines(DRAWN.resolve(diagram)));
        }
    }

    private static void refresh(List<String> drawn) throws IOException {
        Files.createDirectories(COMMITTED);
        for (String stale : diagrams(COMMITTED)) {
            Files.delete(COMMITTED.resolve(stale));
        }
        for (String diagram : drawn) {
            Files.copy(DRAWN.resolve(diagram), COMMITTED.resolve(diagram), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static List<String> diagrams(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith(".puml"))
                    .sorted()
                    .toList();
        }
    }

    /**
     * The diagram's lines, sorted: the Documenter may list the same modules and relations in another order, which
     * changes nothing in the picture; a module or relation added, removed or renamed changes the lines.
     */
    private static List<String> lines(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                .map(String::stripTrailing)
                .sorted()
                .toList();
    }
}
