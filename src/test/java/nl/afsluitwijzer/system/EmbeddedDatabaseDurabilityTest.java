package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every persistent H2 database the application opens writes each commit to the disk before returning. */
class EmbeddedDatabaseDurabilityTest {

    @TempDir
    Path dataDir;

    @Test
    void theDatabaseBehindThePoolWritesEveryCommitAtOnce() throws Exception {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:file:" + dataDir.resolve("afsluitwijzer") + ";MODE=PostgreSQL");
        pool.setUsername("sa");
        Object processed = EmbeddedDatabaseDurability.writeEveryCommitToTheFile()
                .postProcessAfterInitialization(pool, "dataSource");
        try (HikariDataSource durable = (HikariDataSource) processed;
                Connection connection = durable.getConnection();
                Statement statement = connection.createStatement();
                ResultSet setting = statement.executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertThat(setting.next()).isTrue();
            assertThat(setting.getString(1)).isEqualTo("0");
        }
    }

    /**
     * The commit must be on the disk, not only in the operating system's cache: Linux shows the flags of every
     * open file in /proc/self/fdinfo, and the database file must carry O_DSYNC (octal 010000).
     */
    @Test
    void theDatabaseFileIsOpenedForSynchronousWrites() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(Path.of("/proc/self/fdinfo")), "needs Linux's /proc");
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl("jdbc:h2:file:" + dataDir.resolve("afsluitwijzer") + ";MODE=PostgreSQL");
        pool.setUsername("sa");
        Object processed = EmbeddedDatabaseDurability.writeEveryCommitToTheFile()
                .postProcessAfterInitialization(pool, "dataSource");
        try (HikariDataSource durable = (HikariDataSource) processed;
                Connection connection = durable.getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE note (id INT PRIMARY KEY)");
            statement.execute("INSERT INTO note VALUES (1)");
            assertThat(openFlags(dataDir.resolve("afsluitwijzer.mv.db")))
                    .isNotEmpty()
                    .allSatisfy(flags -> assertThat(flags & O_DSYNC)
                            .as("O_DSYNC in %o", flags)
                            .isEqualTo(O_DSYNC));
        }
    }

    @Test
    void anOperatorsFileOrServerUrlGetsTheSettingToo() {
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:h2:file:/srv/data/afsluitwijzer;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:file:synced:/srv/data/afsluitwijzer;MODE=PostgreSQL;WRITE_DELAY=0");
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:h2:./data/db;"))
                .isEqualTo("jdbc:h2:synced:./data/db;WRITE_DELAY=0");
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:h2:~/afsluitwijzer"))
                .isEqualTo("jdbc:h2:synced:~/afsluitwijzer;WRITE_DELAY=0");
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:h2:FILE:C:\\data\\db;write_delay=0"))
                .isEqualTo("jdbc:h2:FILE:synced:C:\\data\\db;write_delay=0");
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:h2:tcp://db:9092/afsluitwijzer"))
                .isEqualTo("jdbc:h2:tcp://db:9092/afsluitwijzer;WRITE_DELAY=0");
    }

    @Test
    void aUrlThatChoosesAnotherH2FileSystemKeepsIt() {
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:h2:nio:/srv/db"))
                .isEqualTo("jdbc:h2:nio:/srv/db;WRITE_DELAY=0");
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:h2:file:split:/srv/db"))
                .isEqualTo("jdbc:h2:file:split:/srv/db;WRITE_DELAY=0");
    }

    private static final int O_DSYNC = 010000;

    /** The flags of every descriptor this process holds open on the file. */
    private static List<Integer> openFlags(Path file) throws IOException {
        List<Integer> flags = new ArrayList<>();
        try (DirectoryStream<Path> descriptors = Files.newDirectoryStream(Path.of("/proc/self/fd"))) {
            for (Path descriptor : descriptors) {
                Path target;
                try {
                    target = Files.readSymbolicLink(descriptor);
                } catch (IOException gone) {
                    continue;
                }
                if (target.equals(file.toRealPath())) {
                    for (String line : Files.readAllLines(Path.of(
                            "/proc/self/fdinfo", descriptor.getFileName().toString()))) {
                        if (line.startsWith("flags:")) {
                            flags.add(Integer.parseInt(
                                    line.substring("flags:".length()).strip(), 8));
                        }
                    }
                }
            }
        }
        return flags;
    }

    @Test
    void anExplicitWriteDelayAnInMemoryDatabaseAndPostgresqlAreLeftAsTheyAre() {
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:h2:file:/srv/db;write_delay=500"))
                .isEqualTo("jdbc:h2:file:synced:/srv/db;write_delay=500");
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1"))
                .isEqualTo("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1");
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:postgresql://127.0.0.1/afsluitwijzer"))
                .isEqualTo("jdbc:postgresql://127.0.0.1/afsluitwijzer");
    }
}
