package nl.afsluitwijzer.system;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ReloadableResourceBundleMessageSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Every module keeps its texts in its own bundle under messages/ (Dutch, with an _en twin); this loads them all, so a
 * module adds a bundle without touching shared configuration. The bundles are merged once per language (the
 * application speaks two, see {@link LocaleConfiguration}), so a text is one lookup, not one per bundle until a bundle
 * has it: a page of 50 caseload rows looks up some 400 texts. A key is in one bundle only
 * ({@code MessageSourceTest}), so the merge answers every key as the bundles one by one did. A number in a message is
 * written with a number format kept per message ({@link PlainArgumentsMessageSource}).
 */
@Configuration(proxyBeanMethods = false)
class MessageSourceConfiguration {

    @Bean
    MessageSource messageSource() throws IOException {
        ReloadableResourceBundleMessageSource source = new PlainArgumentsMessageSource();
        source.setBasenames(basenames());
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        // kept for as long as the application runs, which also makes the source merge the bundles per language
        source.setCacheMillis(-1);
        return source;
    }

    /** The base name of every module's bundle on the class path, in a fixed order. */
    static String[] basenames() throws IOException {
        return Arrays.stream(new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties"))
                .map(resource -> resource.getFilename())
                .filter(Objects::nonNull)
                .filter(name -> !name.contains("_"))
                .map(name -> "classpath:messages/" + name.substring(0, name.length() - ".properties".length()))
                .distinct()
                .sorted()
                .toArray(String[]::new);
    }
}
