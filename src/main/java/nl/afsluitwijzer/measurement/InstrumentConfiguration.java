package nl.afsluitwijzer.measurement;

import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The instrument catalog of this installation: the shipped definitions plus those a practice puts
 * in {@code <data-dir>/instruments/}. It is read once at start-up, so a broken file stops the
 * start instead of failing the first measurement.
 */
@Configuration(proxyBeanMethods = false)
class InstrumentConfiguration {

    private static final Logger log = LoggerFactory.getLogger(InstrumentConfiguration.class);

    private final Path directory;

    InstrumentConfiguration(@Value("${afsluitwijzer.data-dir}") Path dataDirectory) {
        this.directory = dataDirectory.resolve("instruments");
    }

    @Bean
    InstrumentCatalog instrumentCatalog() {
        InstrumentCatalog catalog = InstrumentCatalog.loadFromClasspathAnd(directory);
        log.info(
                "Instruments {} (own definitions are read from {})",
                catalog.all().stream().map(Instrument::code).toList(),
                directory.toAbsolutePath().normalize());
        return catalog;
    }
}
