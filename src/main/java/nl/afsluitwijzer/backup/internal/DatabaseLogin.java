package nl.afsluitwijzer.backup.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The configured database URL and login, for opening a copy of the embedded database on its own. */
@Component
record DatabaseLogin(
        @Value("${spring.datasource.url:}") String url,
        @Value("${spring.datasource.username:sa}") String username,
        @Value("${spring.datasource.password:}") String password) {}
