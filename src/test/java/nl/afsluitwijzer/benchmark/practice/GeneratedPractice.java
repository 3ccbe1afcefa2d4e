package nl.afsluitwijzer.benchmark.practice;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A small generated practice for tests of other packages that compare computations on realistic data: the
 * application started on a database of its own with the generator's practice in it. On the PostgreSQL suite
 * (profile postgres) it is a schema of its own in the test database, dropped and created again first, so the
 * suite's shared tables are left alone; otherwise an H2 file in the given directory. Close the context when done.
 */
public final class GeneratedPractice {

    private static final String SCHEMA = "generated_practice";

    private GeneratedPractice() {}

    /** Starts the application on a fresh database and writes a practice of that many treatments into it. */
    public static ConfigurableApplicationContext start(Path directory, int treatments, int therapists, long seed)
            throws Exception {
        TargetDatabase target = onTestDatabase() ? postgresSchema(directory) : TargetDatabase.h2(directory);
        GeneratorOptions options = GeneratorOptions.parse(
                "--treatments",
                String.valueOf(treatments),
                "--therapists",
                String.valueOf(therapists),
                "--waiting",
                String.valueOf(Math.max(1, treatments / 20)),
                "--seed",
                String.valueOf(seed),
                "--h2",
                directory.toString());
        ConfigurableApplicationContext application = PracticeGenerator.start(target);
        try {
            PracticeGenerator.generate(application, target, options);
        } catch (Exception | Error failure) {
            application.close();
            throw failure;
        }
        return application;
    }

    private static boolean onTestDatabase() {
        return System.getProperty("spring.profiles.active", "").contains("postgres");
    }

    private static TargetDatabase postgresSchema(Path directory) throws Exception {
        String base = env("AFSLUITWIJZER_TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/afsluitwijzer_test");
        String user = env("AFSLUITWIJZER_TEST_DATABASE_USER", "afsluitwijzer");
        String password = env("AFSLUITWIJZER_TEST_DATABASE_PASSWORD", "afsluitwijzer");
        try (Connection connection = DriverManager.getConnection(base, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE");
            statement.execute("CREATE SCHEMA " + SCHEMA);
        }
        String url = base + (base.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
        return TargetDatabase.postgres(url, user, password, directory);
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }
}
