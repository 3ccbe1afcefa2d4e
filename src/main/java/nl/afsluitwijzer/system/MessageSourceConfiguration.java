package nl.afsluitwijzer.system;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module keeps its texts in its own bundle under messages/ (Dutch, with an _en twin); this loads
 * them all, so a module adds a bundle without touching shared configuration.
 */
@Configuration(proxyBeanMethods = false)
class MessageSourceConfiguration {

    @Bean
    MessageSource messageSource() throws IOException {
        String[] basenames = Arrays.stream(
                        new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties"))
                .map(resource -> resource.getFilename())
                .filter(Objects::nonNull)
                .filter(name -> !name.contains("_"))
                .map(name -> "messages/" + name.substring(0, name.length() - ".properties".length()))
                .distinct()
                .sorted()
                .toArray(String[]::new);
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(basenames);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }
}
