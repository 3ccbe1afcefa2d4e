package nl.afsluitwijzer.benchmark.practice;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The database a practice is generated into and measured on: a PostgreSQL database (its URL, user and password) or
 * the embedded H2 file in a directory, as the application itself opens it. The data directory holds what belongs
 * with the database outside it: the key of the audit chain, its anchors, and the benchmark's sign-in file.
 */
record TargetDatabase(String url, String user, String password, Path dataDir) {

    static final String CREDENTIALS_FILE = "benchmark-credentials.properties";

    /** The embedded H2 database in the directory, with the application's own URL for it. */
    static TargetDatabase h2(Path directory) {
        return new TargetDatabase(null, "sa", "", directory.toAbsolutePath());
    }

    static TargetDatabase postgres(String url, String user, String password, Path dataDir) {
        return new TargetDatabase(url, user, password, dataDir.toAbsolutePath());
    }

    boolean isPostgres() {
        return url != null;
    }

    /** The JDBC URL: the given one on PostgreSQL (with batched inserts rewritten), else the embedded file. */
    String jdbcUrl() {
        if (isPostgres()) {
            return url;
        }
        return "jdbc:h2:file:" + dataDir.resolve("afsluitwijzer") + ";MODE=PostgreSQL";
    }

    String describe() {
        return isPostgres() ? "PostgreSQL " + url : "H2 " + dataDir.resolve("afsluitwijzer.mv.db");
    }

    /** Command-line properties for the application on this database: no demo, this data directory, the port. */
    String[] applicationArguments(String port) {
        List<String> arguments = new ArrayList<>(List.of(
                "--afsluitwijzer.data-dir=" + dataDir,
                "--afsluitwijzer.demo=false",
                "--server.port=" + port,
                "--logging.level.root=WARN",
                "--logging.level.org.flywaydb=INFO"));
        // always named: a profile's own URL (the test profile's shared in-memory database) must not win
        arguments.add("--spring.datasource.url="
                + (isPostgres() ? url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true" : jdbcUrl()));
        arguments.add("--spring.datasource.username=" + user);
        arguments.add("--spring.datasource.password=" + password);
        return arguments.toArray(String[]::new);
    }

    /** A plain connection (on H2 only while no application has the file open). */
    Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), user, password);
    }

    /**
     * Empties the target: on PostgreSQL the schema public is dropped and created again (so Flyway starts from
     * nothing), on H2 the database file goes; in both the data directory loses the anchors of the former audit chain
     * and the former sign-in files, which belong to the database that is gone. The key files stay.
     */
    void recreate() throws SQLException, IOException {
        if (isPostgres()) {
            try (Connection connection = connect();
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA public CASCADE");
                statement.execute("CREATE SCHEMA public");
            }
        }
        if (!Files.isDirectory(dataDir)) {
            return;
        }
        try (Stream<Path> files = Files.list(dataDir)) {
            for (Path file : files.toList()) {
                String name = file.getFileName().toString();
                boolean database = !isPostgres() && name.startsWith("afsluitwijzer.") && name.endsWith(".db");
                if (database
                        || name.equals("audit-anchors.log")
                        || name.startsWith("first-")
                        || name.equals(CREDENTIALS_FILE)) {
                    Files.delete(file);
                }
            }
        }
    }
}
