package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every persistent H2 database the application opens writes each commit to its file before returning. */
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
        try (HikariDataSource durable = (HikariDataSource) processed; Connection connection = durable.getConnection();
                Statement statement = connection.createStatement();
                ResultSet setting = statement.executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertThat(setting.next()).isTrue();
            assertThat(setting.getString(1)).isEqualTo("0");
        }
    }

    @Test
    void anOperatorsFileOrServerUrlGetsTheSettingToo() {
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:h2:file:/srv/data/afsluitwijzer;MODE=PostgreSQL"))
                .isEqualTo("jdbc:h2:file:/srv/data/afsluitwijzer;MODE=PostgreSQL;WRITE_DELAY=0");
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:h2:./data/db;"))
                .isEqualTo("jdbc:h2:./data/db;WRITE_DELAY=0");
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:h2:tcp://db:9092/afsluitwijzer"))
                .isEqualTo("jdbc:h2:tcp://db:9092/afsluitwijzer;WRITE_DELAY=0");
    }

    @Test
    void anExplicitWriteDelayAnInMemoryDatabaseAndPostgresqlAreLeftAsTheyAre() {
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:h2:file:/srv/db;write_delay=500"))
                .isEqualTo("jdbc:h2:file:/srv/db;write_delay=500");
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1"))
                .isEqualTo("jdbc:h2:mem:test;DB_CLOSE_DELAY=-1");
        assertThat(EmbeddedDatabaseDurability.durable("jdbc:postgresql://127.0.0.1/afsluitwijzer"))
                .isEqualTo("jdbc:postgresql://127.0.0.1/afsluitwijzer");
    }
}
