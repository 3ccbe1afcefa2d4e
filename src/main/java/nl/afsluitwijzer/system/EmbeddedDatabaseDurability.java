package nl.afsluitwijzer.system;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * An acknowledged write on the embedded H2 database survives the process being killed. H2 keeps committed
 * changes in memory and writes them to the file up to WRITE_DELAY (500 ms) later; with WRITE_DELAY=0 every
 * commit writes its changes to the file before it returns. The setting is added to every persistent H2 URL,
 * also one given by the operator, unless that URL chooses a WRITE_DELAY itself.
 */
@Configuration(proxyBeanMethods = false)
class EmbeddedDatabaseDurability {

    static final String SETTING = "WRITE_DELAY=0";

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

    /** The URL with WRITE_DELAY=0 for a persistent H2 database; any other URL as it is. */
    static String durable(String url) {
        String upper = url.toUpperCase(Locale.ROOT);
        boolean persistentH2 = upper.startsWith("JDBC:H2:") && !upper.startsWith("JDBC:H2:MEM:");
        if (!persistentH2 || upper.contains(";WRITE_DELAY=")) {
            return url;
        }
        return url.endsWith(";") ? url + SETTING : url + ";" + SETTING;
    }
}
