package nl.afsluitwijzer.system;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.Locale;
import nl.afsluitwijzer.shared.SpokenLanguages;
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
 * Dutch by default; "?lang=en" switches to English and a cookie remembers the choice. Any other language asked for,
 * by the address or a cookie, is read as one the application speaks ({@link SpokenLanguages}).
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new SpokenLanguageResolver("AFSLUITWIJZER_LANG");
        resolver.setDefaultLocale(SpokenLanguages.DUTCH);
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
            return parsed == null ? null : SpokenLanguages.of(parsed);
        }

        @Override
        public void setLocaleContext(
                HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable LocaleContext context) {
            Locale asked = context == null ? null : context.getLocale();
            super.setLocaleContext(
                    request, response, asked == null ? null : new SimpleLocaleContext(SpokenLanguages.of(asked)));
        }
    }
}
