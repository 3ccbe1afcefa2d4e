package nl.afsluitwijzer.system;

import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's body size limit runs before the security filters, so no one can make the server hold a large body; so
 * does the check for control characters in parameters.
 */
@Configuration(proxyBeanMethods = false)
class ApiLimitsConfiguration {

    @Bean
    FilterRegistrationBean<ApiBodyLimit> apiBodyLimit(ApiProblems problems) {
        FilterRegistrationBean<ApiBodyLimit> registration = new FilterRegistrationBean<>(new ApiBodyLimit(problems));
        registration.addUrlPatterns("/api/*");
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        return registration;
    }

    /** Control characters in any parameter are stopped before the security filters (the sign-in form included). */
    @Bean
    FilterRegistrationBean<ControlCharacterFilter> controlCharacterFilter(ApiProblems problems) {
        FilterRegistrationBean<ControlCharacterFilter> registration =
                new FilterRegistrationBean<>(new ControlCharacterFilter(problems));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 2);
        return registration;
    }
}
