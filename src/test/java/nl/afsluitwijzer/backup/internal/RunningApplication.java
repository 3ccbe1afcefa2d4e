package nl.afsluitwijzer.backup.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.afsluitwijzer.Afsluitwijzer;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The whole application started the way an operator starts it, on a data directory of its own: on H2 an
 * embedded file database in that directory, with -Ppostgres a schema of its own in the test database.
 */
final class RunningApplication implements AutoCloseable {

    static final boolean POSTGRES =
            System.getProperty("spring.profiles.active", "").contains("postgres");
    static final String SCHEMA = "backup_roundtrip";
    static final String TEST_DATABASE_URL = System.getenv()
            .getOrDefault("AFSLUITWIJZER_TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/afsluitwijzer_test");

    final ConfigurableApplicationContext context;

    private RunningApplication(ConfigurableApplicationContext context) {
        this.context = context;
    }

    static RunningApplication start(Path dataDir) {
        List<String> args = new ArrayList<>(arguments(dataDir));
        args.add("--server.port=0");
        return new RunningApplication(
                new SpringApplicationBuilder(Afsluitwijzer.class).run(args.toArray(String[]::new)));
    }

    /** What points the application (or the restore command) at this data directory and database. */
    static List<String> arguments(Path dataDir) {
        List<String> args = new ArrayList<>(List.of("--afsluitwijzer.data-dir=" + dataDir));
        if (POSTGRES) {
            args.add("--spring.datasource.url=" + TEST_DATABASE_URL + (TEST_DATABASE_URL.contains("?") ? "&" : "?")
                    + "currentSchema=" + SCHEMA);
            args.add("--spring.flyway.schemas=" + SCHEMA);
            args.add("--spring.flyway.default-schema=" + SCHEMA);
        } else {
            args.add("--spring.datasource.url=jdbc:h2:file:"
                    + dataDir.resolve("afsluitwijzer").toAbsolutePath() + ";MODE=PostgreSQL");
        }
        return args;
    }

    int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** host, port and database name of the PostgreSQL test database, for pg_dump and pg_restore. */
    static URI postgresAddress() {
        String url = TEST_DATABASE_URL.substring("jdbc:".length());
        int query = url.indexOf('?');
        return URI.create(query < 0 ? url : url.substring(0, query));
    }

    @Override
    public void close() {
        context.close();
    }
}
