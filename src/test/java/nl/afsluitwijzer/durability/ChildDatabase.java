package nl.afsluitwijzer.durability;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

/**
 * The database a child application writes to: the embedded H2 file in its data directory (the default, with
 * the URL the application builds itself), or a schema of its own in the PostgreSQL test database, made here
 * and dropped afterwards so the rest of the suite never sees it.
 */
public final class ChildDatabase implements AutoCloseable {

    private final Path dataDir;
    private final String url;
    private final String user;
    private final String password;
    private final String schema;

    private ChildDatabase(Path dataDir, String url, String user, String password, String schema) {
        this.dataDir = dataDir;
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
    }

    /** The database of the suite being run: PostgreSQL when the profile says so (-Ppostgres), else H2. */
    public static ChildDatabase forSuite(Path dataDir) throws IOException, SQLException {
        return System.getProperty("spring.profiles.active", "").contains("postgres") ? postgres(dataDir) : h2(dataDir);
    }

    public static ChildDatabase h2(Path dataDir) {
        return new ChildDatabase(dataDir, null, "sa", "", null);
    }

    /** A fresh schema in the PostgreSQL test database (AFSLUITWIJZER_TEST_DATABASE_URL and friends). */
    public static ChildDatabase postgres(Path dataDir) throws IOException, SQLException {
        Properties settings =
                PropertiesLoaderUtils.loadProperties(new ClassPathResource("application-postgres.properties"));
        StandardEnvironment environment = new StandardEnvironment();
        String database = environment.resolvePlaceholders(settings.getProperty("spring.datasource.url"));
        String user = environment.resolvePlaceholders(settings.getProperty("spring.datasource.username"));
        String password = environment.resolvePlaceholders(settings.getProperty("spring.datasource.password"));
        String schema =
                "durability_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection connection = DriverManager.getConnection(database, user, password);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
        String url = database + (database.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return new ChildDatabase(dataDir, url, user, password, schema);
    }

    public boolean isPostgres() {
        return schema != null;
    }

    /** The properties for the child: its data directory, demo users, any free port, and this database. */
    public Map<String, String> applicationProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("afsluitwijzer.data-dir", dataDir.toString());
        properties.put("afsluitwijzer.demo", "true");
        properties.put("server.port", "0");
        if (isPostgres()) {
            properties.put("spring.datasource.url", url);
            properties.put("spring.datasource.username", user);
            properties.put("spring.datasource.password", password);
        }
        return properties;
    }

    /** A connection for checks; on H2 only while no child has the database open. */
    public Connection connect() throws SQLException {
        if (isPostgres()) {
            return DriverManager.getConnection(url, user, password);
        }
        return DriverManager.getConnection(
                "jdbc:h2:file:" + dataDir.resolve("afsluitwijzer") + ";MODE=PostgreSQL", user, password);
    }

    @Override
    public void close() throws SQLException {
        if (isPostgres()) {
            try (Connection connection = connect();
                    Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
