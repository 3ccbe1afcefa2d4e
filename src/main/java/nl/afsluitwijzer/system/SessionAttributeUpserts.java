package nl.afsluitwijzer.system;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * Two requests of one session at the same moment (a double tap on a phone) may both store the same new session
 * attribute. Spring Session's plain INSERT then fails the second with a duplicate key, a 500 page. On PostgreSQL
 * the insert becomes an upsert (Spring Session's own customizer); on H2 a MERGE with the same key.
 */
@Configuration(proxyBeanMethods = false)
class SessionAttributeUpserts {

    static final String H2_MERGE = "MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, "
            + "ATTRIBUTE_BYTES) KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> upsertSessionAttributes(
            @Value("${spring.datasource.url:}") String url) {
        String vendor = url.toLowerCase(Locale.ROOT);
        if (vendor.startsWith("jdbc:postgresql:")) {
            return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
        }
        if (vendor.startsWith("jdbc:h2:")) {
            return repository -> repository.setCreateSessionAttributeQuery(H2_MERGE);
        }
        return repository -> {};
    }
}
