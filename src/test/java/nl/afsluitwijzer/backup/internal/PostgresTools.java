package nl.afsluitwijzer.backup.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The README's PostgreSQL procedure, as the test runs it: pg_dump -Fc of the application's schema and a copy of
 * the key files; for the restore the current schema is renamed aside (never dropped) and pg_restore recreates it.
 */
final class PostgresTools {

    private static final String ASIDE = RunningApplication.SCHEMA + "_before_restore";
    private static final String USER =
            System.getenv().getOrDefault("AFSLUITWIJZER_TEST_DATABASE_USER", "afsluitwijzer");
    private static final String PASSWORD =
            System.getenv().getOrDefault("AFSLUITWIJZER_TEST_DATABASE_PASSWORD", "afsluitwijzer");

    private final Path dataDir;
    private final Path dump;
    private final Path keys;

    PostgresTools(Path dataDir) throws IOException {
        this.dataDir = dataDir;
        Path elsewhere = Files.createTempDirectory("afsluitwijzer-pgdump");
        this.dump = elsewhere.resolve("afsluitwijzer.dump");
        this.keys = Files.createDirectories(elsewhere.resolve("keys"));
    }

    void dropSchemas() throws SQLException {
        execute(
                "DROP SCHEMA IF EXISTS " + RunningApplication.SCHEMA + " CASCADE",
                "DROP SCHEMA IF EXISTS " + ASIDE + " CASCADE");
    }

    Map<String, Long> counts() throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute("SET search_path TO " + RunningApplication.SCHEMA);
            return RowCounts.of(connection);
        }
    }

    void dumpWithKeys() throws Exception {
        run("pg_dump", "-Fc", "-n", RunningApplication.SCHEMA, "-f", dump.toString());
        for (Path key : DataDirectory.keyFiles(dataDir)) {
            Files.copy(key, keys.resolve(key.getFileName()));
        }
    }

    void restoreWithKeys() throws Exception {
        execute("ALTER SCHEMA " + RunningApplication.SCHEMA + " RENAME TO " + ASIDE);
        run("pg_restore", "--no-owner", "--exit-on-error", dump.toString());
        try (var files = Files.list(keys)) {
            for (Path key : files.toList()) {
                Files.copy(key, dataDir.resolve(key.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private void run(String program, String... args) throws Exception {
        URI address = RunningApplication.postgresAddress();
        List<String> command = new ArrayList<>(List.of(
                program,
                "-h",
                address.getHost(),
                "-p",
                String.valueOf(address.getPort()),
                "-U",
                USER,
                "-d",
                address.getPath().substring(1)));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("PGPASSWORD", PASSWORD);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(program + ": " + output).isZero();
    }

    private static void execute(String... statements) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(RunningApplication.TEST_DATABASE_URL, USER, PASSWORD);
    }
}
