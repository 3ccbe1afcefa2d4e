package nl.afsluitwijzer.benchmark.practice;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Properties;

/**
 * How the benchmark signs in to the generated practice: the database, and for the manager and one therapist the
 * user name, password, TOTP secret (base32) and personal API token. Written to the data directory, readable by the
 * owner only; it is a test practice's file and holds nothing of a real one.
 */
record BenchmarkCredentials(
        String url, String databaseUser, String databasePassword, Long practiceId, User manager, User therapist) {

    /** One user's ways in. */
    record User(Long id, String username, String password, String totpSecret, String token) {}

    Path write(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        Path file = dataDir.resolve(TargetDatabase.CREDENTIALS_FILE);
        Properties properties = new Properties();
        properties.setProperty("database.url", url);
        properties.setProperty("database.user", databaseUser);
        properties.setProperty("database.password", databasePassword);
        properties.setProperty("practice.id", practiceId.toString());
        put(properties, "manager", manager);
        put(properties, "therapist", therapist);
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        try (Writer writer = Files.newBufferedWriter(file)) {
            properties.store(writer, "sign-in of the generated practice for scripts/http-benchmark.sh");
        }
        return file;
    }

    static BenchmarkCredentials read(Path dataDir) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(dataDir.resolve(TargetDatabase.CREDENTIALS_FILE))) {
            properties.load(reader);
        }
        return new BenchmarkCredentials(
                properties.getProperty("database.url"),
                properties.getProperty("database.user"),
                properties.getProperty("database.password"),
                Long.valueOf(properties.getProperty("practice.id")),
                user(properties, "manager"),
                user(properties, "therapist"));
    }

    private static void put(Properties properties, String prefix, User user) {
        properties.setProperty(prefix + ".id", user.id().toString());
        properties.setProperty(prefix + ".username", user.username());
        properties.setProperty(prefix + ".password", user.password());
        properties.setProperty(prefix + ".totp", user.totpSecret());
        properties.setProperty(prefix + ".token", user.token());
    }

    private static User user(Properties properties, String prefix) {
        return new User(
                Long.valueOf(properties.getProperty(prefix + ".id")),
                properties.getProperty(prefix + ".username"),
                properties.getProperty(prefix + ".password"),
                properties.getProperty(prefix + ".totp"),
                properties.getProperty(prefix + ".token"));
    }
}
