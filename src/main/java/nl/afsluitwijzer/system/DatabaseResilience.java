package nl.afsluitwijzer.system;

import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.SQLExceptionOverride;
import java.sql.SQLException;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.thymeleaf.ITemplateEngine;

/**
 * A full disk or a lost database is a temporary state: requests fail fast with 503 instead of hanging or
 * giving 500, dead connections leave the pool, and the application recovers by itself when the database
 * or the space returns (see the README, "Storingen en gezondheid").
 */
@Configuration(proxyBeanMethods = false)
class DatabaseResilience {

    /** Before Spring Session (HIGHEST_PRECEDENCE + 50), which reads and writes the session in the database. */
    static final int OUTAGE_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

    /**
     * The pool as Spring Boot would make it from {@code spring.datasource.*} and {@code spring.datasource.hikari.*},
     * but patient while a database server is busy ({@link PatientPool}).
     */
    @Bean
    @ConfigurationProperties("spring.datasource.hikari")
    PatientPool dataSource(DataSourceProperties properties) {
        return properties.initializeDataSourceBuilder().type(PatientPool.class).build();
    }

    @Bean
    FilterRegistrationBean<DatabaseOutageFilter> databaseOutageFilter(
            ApiProblems problems, ITemplateEngine templates, LocaleResolver locales, OutageMonitor monitor) {
        var registration =
                new FilterRegistrationBean<>(new DatabaseOutageFilter(problems, templates, locales, monitor));
        registration.setOrder(OUTAGE_FILTER_ORDER);
        return registration;
    }

    /**
     * PostgreSQL: give up connecting after 2 s; a statement whose server has vanished without closing the
     * connection (a cut network) is given up after 60 s, well above our slowest report, so it never breaks a
     * slow query. Both are defaults: parameters in the JDBC URL win. Every pool: evict a connection whose
     * database H2 has closed (after a full disk), so the next one reopens it.
     */
    @Bean
    static BeanPostProcessor connectionsFailFast() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                if (bean instanceof HikariDataSource pool) {
                    if (pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:postgresql:")) {
                        pool.addDataSourceProperty("connectTimeout", "2");
                        pool.addDataSourceProperty("socketTimeout", "60");
                        pool.addDataSourceProperty("tcpKeepAlive", "true");
                    }
                    pool.setExceptionOverride(new EvictClosedDatabase());
                }
                return bean;
            }
        };
    }

    /** H2 reports a closed database with its own codes, not the SQLState class 08 the pool watches for. */
    static final class EvictClosedDatabase implements SQLExceptionOverride {

        @java.lang.Override
        public SQLExceptionOverride.Override adjudicate(SQLException e) {
            return DatabaseOutage.of(e).isPresent()
                    ? SQLExceptionOverride.Override.MUST_EVICT
                    : SQLExceptionOverride.Override.CONTINUE_EVICT;
        }
    }
}
