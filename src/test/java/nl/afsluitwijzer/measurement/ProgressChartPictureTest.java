package nl.afsluitwijzer.measurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Writes example charts to target/charts/ as SVG and, when rsvg-convert is installed
 * (Debian: librsvg2-bin), as PNG, so that a person can look at them.
 */
class ProgressChartPictureTest {

    private static final Path CHARTS = Path.of("target", "charts");

    @Test
    void writesAPhq9ExampleChartForPeopleToLookAt() throws Exception {
        Path svg = write("phq9-example", ChartExamples.CHART.render(ChartExamples.phq9(ChartExamples.DUTCH)));

        assertThat(svg).isNotEmptyFile();
        toPng(svg);
    }

    @Test
    void writesTheSameChartInEnglishAndEmptyAndForGoals() throws Exception {
        ProgressChartData english = ChartExamples.phq9(Locale.ENGLISH);
        toPng(write("phq9-example-en", ChartExamples.CHART.render(english)));
        toPng(write(
                "phq9-empty",
                ChartExamples.CHART.render(
                        new ProgressChartData(english.instrument(), List.of(), List.of(), ChartExamples.DUTCH))));
        toPng(write(
                "gad7-deteriorating",
                ChartExamples.CHART.render(new ProgressChartData(
                        ChartExamples.instrument("GAD7"),
                        List.of(
                                ChartExamples.score("2026-01-05", 7),
                                ChartExamples.score("2026-02-02", 9),
                                ChartExamples.score("2026-03-02", 13)),
                        ChartExamples.weekly("2026-01-05", 9, 0),
                        ChartExamples.DUTCH))));
        toPng(write(
                "gbo-goal",
                ChartExamples.CHART.renderGoalChart(ChartExamples.goal(
                        "Weer twee dagen per week werken en daarna met collega's lunchen", 2, 4, 5, 7))));
    }

    private static Path write(String name, String svg) throws IOException {
        Files.createDirectories(CHARTS);
        return Files.writeString(CHARTS.resolve(name + ".svg"), svg);
    }

    private static void toPng(Path svg) throws IOException, InterruptedException {
        if (!Files.isExecutable(Path.of("/usr/bin/rsvg-convert"))) {
            return;
        }
        Path png = svg.resolveSibling(svg.getFileName().toString().replace(".svg", ".png"));
        Process process = new ProcessBuilder(
                        "/usr/bin/rsvg-convert",
                        "--zoom=2",
                        "--background-color=white",
                        "-o",
                        png.toString(),
                        svg.toString())
                .inheritIO()
                .start();
        assertThat(process.waitFor()).as("rsvg-convert " + svg).isZero();
        assertThat(png).isNotEmptyFile();
    }
}
