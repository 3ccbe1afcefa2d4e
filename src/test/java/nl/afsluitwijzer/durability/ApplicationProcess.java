package nl.afsluitwijzer.durability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The application in a child JVM on this JVM's class path, started with the given properties. */
public final class ApplicationProcess implements AutoCloseable {

    private static final String AUDIT = "auditIntact=(\\w+) auditChecked=(\\d+) firstBreak=(.*)";
    private static final Pattern READY = Pattern.compile(ChildApplication.READY + " port=(\\d+) " + AUDIT);
    private static final Pattern VERIFIED = Pattern.compile(ChildApplication.VERIFIED + " " + AUDIT);

    private final Process process;
    private final Path output;
    private final Matcher ready;

    private ApplicationProcess(Process process, Path output, Matcher ready) {
        this.process = process;
        this.output = output;
        this.ready = ready;
    }

    /** Starts the child and waits until it serves requests; its output goes to the given (new) file. */
    public static ApplicationProcess start(
            Map<String, String> properties, Path output, Duration timeout, String... jvmOptions)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.add("-XX:+ExitOnOutOfMemoryError");
        command.addAll(List.of(jvmOptions));
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        command.add(ChildApplication.class.getName());
        properties.forEach((name, value) -> command.add("--" + name + "=" + value));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Matcher> ready = readyLine(output);
            if (ready.isPresent()) {
                return new ApplicationProcess(process, output, ready.get());
            }
            if (!process.isAlive()) {
                throw new IllegalStateException("the application stopped while starting:\n" + tail(output));
            }
            Thread.sleep(200);
        }
        process.destroyForcibly().waitFor();
        throw new IllegalStateException("the application did not start within " + timeout + ":\n" + tail(output));
    }

    private static String tail(Path output) throws IOException {
        List<String> lines = Files.exists(output) ? Files.readAllLines(output) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static Optional<Matcher> readyLine(Path output) throws IOException {
        if (!Files.exists(output)) {
            return Optional.empty();
        }
        for (String line : Files.readAllLines(output)) {
            Matcher matcher = READY.matcher(line);
            if (matcher.find()) {
                return Optional.of(matcher);
            }
        }
        return Optional.empty();
    }

    /** Has the running application check its audit chain now, and describes what it found. */
    public String verifyAuditChain(Duration timeout) throws IOException, InterruptedException {
        process.getOutputStream().write('\n');
        process.getOutputStream().flush();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            for (String line : Files.readAllLines(output)) {
                Matcher matcher = VERIFIED.matcher(line);
                if (matcher.find()) {
                    return "intact=" + matcher.group(1) + ", " + matcher.group(2) + " entries checked, first break "
                            + matcher.group(3);
                }
            }
            Thread.sleep(200);
        }
        return "no answer within " + timeout;
    }

    public int port() {
        return Integer.parseInt(ready.group(1));
    }

    /** Whether the audit chain verified when this process started. */
    public boolean auditIntact() {
        return Boolean.parseBoolean(ready.group(2));
    }

    public long auditChecked() {
        return Long.parseLong(ready.group(3));
    }

    public String auditFirstBreak() {
        return ready.group(4);
    }

    public Path output() {
        return output;
    }

    /** SIGKILL on Linux, sent without waiting for the process to end. */
    public void killNow() {
        process.destroyForcibly();
    }

    public void awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the application is still running after " + timeout);
        }
    }

    /** SIGKILL on Linux: no shutdown hook runs, nothing is flushed. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** SIGTERM: the application shuts down in order and closes the database. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            kill();
        }
    }
}
