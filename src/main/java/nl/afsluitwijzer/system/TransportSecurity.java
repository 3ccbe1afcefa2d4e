package nl.afsluitwijzer.system;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.session.web.http.CookieSerializer;

/**
 * Cookies and headers that depend on TLS. A request counts as secure when it came over HTTPS, or with
 * X-Forwarded-Proto: https when server.forward-headers-strategy=framework; afsluitwijzer.secure-cookies
 * makes every cookie Secure regardless (a TLS proxy that does not forward the scheme).
 */
@Configuration(proxyBeanMethods = false)
class TransportSecurity {

    /** Right after Spring's ForwardedHeaderFilter (HIGHEST_PRECEDENCE), which sets the scheme it reads. */
    static final int FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

    @Bean
    FilterRegistrationBean<SecureTransportFilter> secureTransportFilter(
            @Value("${afsluitwijzer.secure-cookies}") boolean alwaysSecure) {
        var registration = new FilterRegistrationBean<>(new SecureTransportFilter(alwaysSecure));
        registration.setOrder(FILTER_ORDER);
        return registration;
    }

    @Bean
    CookieSerializer sessionCookie(
            @Value("${server.servlet.session.cookie.name}") String name,
            @Value("${afsluitwijzer.secure-cookies}") boolean alwaysSecure) {
        return new SessionCookie(name, alwaysSecure);
    }
}
