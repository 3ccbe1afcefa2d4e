package nl.afsluitwijzer.system;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * An acknowledged write on the embedded H2 database survives the process being killed, the operating system
 * crashing and the power failing. H2 keeps committed changes in memory and writes them to the file up to
 * WRITE_DELAY (500 ms) later; with WRITE_DELAY=0 every commit writes its changes to the file before it returns.
 * That setting is added to every persistent H2 URL, also one given by the operator, unless that URL chooses a
 * WRITE_DELAY itself. A database in a file on this machine is moreover opened through {@link SyncedFiles}, so
 * that those writes are on the disk, not only in the operating system's cache, when the commit returns; a URL
 * that names another H2 file system (nio:, split:, …) or a server keeps it.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseDurability {

    static final String SETTING = "WRITE_DELAY=0";
    private static final String PREFIX = "jdbc:h2:";
    private static final String FILE = "file:";
    /** An absolute, home-relative or ./-relative path, or a Windows drive: no H2 file-system or server prefix. */
    private static final Pattern PLAIN_PATH = Pattern.compile("/|\\\\|\\./|\\.\\.|~|[A-Za-z]:[\\\\/]");

    /** The transaction manager: patient while the database is busy, checked after each commit on H2. */
    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new ResilientTransactions(dataSource);
    }

    /** Runs after the pool's properties are bound and before anyone takes a connection from it. */
    @Bean
    static BeanPostProcessor writeEveryCommitToTheFile() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
                    pool.setJdbcUrl(durable(pool.getJdbcUrl()));
                }
                return bean;
            }
        };
    }

    /** The URL with WRITE_DELAY=0 and synchronous files for a persistent H2 database; any other URL as it is. */
    static String durable(String url) {
        String upper = url.toUpperCase(Locale.ROOT);
        boolean persistentH2 = upper.startsWith("JDBC:H2:") && !upper.startsWith("JDBC:H2:MEM:");
        if (!persistentH2) {
            return url;
        }
        String synced = synced(url);
        if (upper.contains(";WRITE_DELAY=")) {
            return synced;
        }
        return synced.endsWith(";") ? synced + SETTING : synced + ";" + SETTING;
    }

    /** {@code jdbc:h2:[file:]<path>} becomes {@code jdbc:h2:[file:]synced:<path>} for a plain file path. */
    private static String synced(String url) {
        int name = PREFIX.length();
        if (url.regionMatches(true, name, FILE, 0, FILE.length())) {
            name += FILE.length();
        }
        String path = url.substring(name);
        if (!PLAIN_PATH.matcher(path).lookingAt()) {
            return url;
        }
        return url.substring(0, name) + SyncedFiles.prefix() + path;
    }
}
