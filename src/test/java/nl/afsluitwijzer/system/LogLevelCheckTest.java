package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A check of a log level stays a field read: no turbo filter of the logging system runs on every check (Micrometer's
 * counter of log events did, thousands of times per page the template engine renders, for a metric nobody reads).
 */
@IntegrationTest
class LogLevelCheckTest {

    @Test
    void noFilterRunsOnEveryCheckOfALogLevel() {
        LoggerContext logging = (LoggerContext) LoggerFactory.getILoggerFactory();

        assertThat(logging.getTurboFilterList()).isEmpty();
    }
}
