package nl.afsluitwijzer.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import nl.afsluitwijzer.durability.ApplicationProcess;
import nl.afsluitwijzer.durability.ChildDatabase;
import nl.afsluitwijzer.durability.TreatmentWriters;

/**
 * Parallel API writers over real HTTP against the application in a child process, on PostgreSQL (a schema
 * of its own, dropped afterwards) or on the embedded H2 file. Run with scripts/load-benchmark.sh; prints
 * figures, asserts nothing.
 */
public final class LoadBenchmark {

    private static final int WRITERS = Integer.getInteger("writers", 32);
    private static final int SECONDS = Integer.getInteger("seconds", 30);
    private static final String DATABASE = System.getProperty("database", "postgres");
    // Only for H2: an explicit WRITE_DELAY (the application leaves one given in the URL alone), e.g. 500.
    private static final String WRITE_DELAY = System.getProperty("writeDelay", "");
    // Only for H2: commits written to the operating system's cache only (no O_DSYNC), to measure what that costs.
    private static final boolean CACHE_ONLY = Boolean.getBoolean("cacheOnly");

    private LoadBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path dataDir = Files.createTempDirectory("load-benchmark");
        try (ChildDatabase database =
                "h2".equals(DATABASE) ? ChildDatabase.h2(dataDir) : ChildDatabase.postgres(dataDir)) {
            Map<String, String> properties = database.applicationProperties();
            if (!database.isPostgres() && (!WRITE_DELAY.isEmpty() || CACHE_ONLY)) {
                properties.put(
                        "spring.datasource.url",
                        "jdbc:h2:" + (CACHE_ONLY ? "nio:" : "file:")
                                + dataDir.resolve("afsluitwijzer") + ";MODE=PostgreSQL"
                                + (WRITE_DELAY.isEmpty() ? "" : ";WRITE_DELAY=" + WRITE_DELAY));
            }
            try (ApplicationProcess application =
                    ApplicationProcess.start(properties, dataDir.resolve("app.log"), Duration.ofMinutes(5), "-Xmx1g")) {
                run(database, application, dataDir);
            }
        }
    }

    private static void run(ChildDatabase database, ApplicationProcess application, Path dataDir) throws Exception {
        long deadlocksBefore = deadlocks(database);
        TreatmentWriters writers = TreatmentWriters.asDemoTherapist(application.port());
        long started = System.nanoTime();
        writers.start(WRITERS);
        Thread.sleep(SECONDS * 1000L);
        writers.stop();
        double elapsed = (System.nanoTime() - started) / 1e9;
        Thread.sleep(1500); // PostgreSQL publishes its statistics up to a second late
        long[] latencies = writers.latencies();
        System.out.printf(
                "database:        %s%n",
                database.isPostgres()
                        ? "PostgreSQL"
                        : "H2 (WRITE_DELAY=" + (WRITE_DELAY.isEmpty() ? "0, the application's setting" : WRITE_DELAY)
                                + ")");
        System.out.printf("writers:         %d for %.1f s (POST /api/v1/treatments)%n", WRITERS, elapsed);
        System.out.printf("requests:        %d%n", latencies.length);
        System.out.printf(
                "errors:          %d (other answers) + %d (broken connections)%n",
                writers.errors().size(), writers.broken());
        writers.errors().stream().limit(5).forEach(error -> System.out.println("  " + error));
        System.out.printf("writes/s:        %.1f%n", writers.acks().size() / elapsed);
        System.out.printf(
                "latency ms:      median %.0f, p95 %.0f, p99 %.0f, max %.0f%n",
                percentile(latencies, 50),
                percentile(latencies, 95),
                percentile(latencies, 99),
                percentile(latencies, 100));
        if (database.isPostgres()) {
            System.out.printf(
                    "deadlocks:       %d (pg_stat_database, whole database)%n", deadlocks(database) - deadlocksBefore);
        } else {
            System.out.printf("database file:   %.1f MB%n", Files.size(dataDir.resolve("afsluitwijzer.mv.db")) / 1e6);
        }
        System.out.printf("audit chain:     %s%n", application.verifyAuditChain(Duration.ofMinutes(2)));
    }

    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static long deadlocks(ChildDatabase database) throws Exception {
        if (!database.isPostgres()) {
            return 0;
        }
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()")) {
            row.next();
            return row.getLong(1);
        }
    }
}
