package nl.afsluitwijzer.benchmark.practice;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application (target/afsluitwijzer.jar) in a process of its own, started on the generated database
 * with its data directory (the audit key), ready once /actuator/health says UP. Stopped with SIGTERM.
 */
final class PackagedApplication implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final Process process;
    private final int port;

    private PackagedApplication(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static PackagedApplication start(
            Path jar, TargetDatabase target, int port, Path log, String heap, List<String> extraArguments)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + heap,
                // as the README asks of every start: an OutOfMemoryError ends the process instead of a deaf server
                "-XX:+ExitOnOutOfMemoryError",
                "-jar",
                jar.toString()));
        command.addAll(List.of(target.applicationArguments(Integer.toString(port))));
        command.removeIf(argument -> argument.startsWith("--logging.level"));
        command.addAll(extraArguments);
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        PackagedApplication application = new PackagedApplication(process, port);
        application.awaitHealthy(log);
        return application;
    }

    private void awaitHealthy(Path log) throws IOException, InterruptedException {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest health = HttpRequest.newBuilder(URI.create(base() + "/actuator/health"))
                .timeout(Duration.ofSeconds(5))
                .build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped while starting:\n" + tail(log));
            }
            try {
                HttpResponse<String> answer = http.send(health, HttpResponse.BodyHandlers.ofString());
                if (answer.statusCode() == 200 && answer.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        close();
        throw new IllegalStateException("the application was not healthy within " + START_TIMEOUT + ":\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    String base() {
        return "http://localhost:" + port;
    }

    int port() {
        return port;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
