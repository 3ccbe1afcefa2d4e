package nl.afsluitwijzer.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Dutch by default; "?lang=en" switches to English and a cookie remembers the choice. The application speaks these
 * two languages only: any other language asked for, by the address or a cookie, is read as Dutch, and a regional
 * English as English. So the texts, dates and numbers of a page are always in one of the two, and whatever is kept
 * per language (the message formats, the signal texts) stays bounded however many languages a client names.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final Locale DUTCH = Locale.forLanguageTag("nl");

    /** Dutch, or English when that is the language asked for. */
    static Locale spoken(Locale asked) {
        return asked.getLanguage().equals(Locale.ENGLISH.getLanguage()) ? Locale.ENGLISH : DUTCH;
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new SpokenLanguageResolver("AFSLUITWIJZER_LANG");
        resolver.setDefaultLocale(DUTCH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setCookieSameSite("Lax");
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** The cookie resolver, reading and writing only the languages the application speaks. */
    private static final class SpokenLanguageResolver extends CookieLocaleResolver {

        SpokenLanguageResolver(String cookieName) {
            super(cookieName);
        }

        @Override
        protected @Nullable Locale parseLocaleValue(String value) {
            Locale parsed = super.parseLocaleValue(value);
            return parsed == null ? null : spoken(parsed);
        }

        @Override
        public void setLocaleContext(
                HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable LocaleContext context) {
            Locale asked = context == null ? null : context.getLocale();
            super.setLocaleContext(request, response, asked == null ? null : new SimpleLocaleContext(spoken(asked)));
        }
    }
}
