package nl.afsluitwijzer.portal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests on client links are limited per address and minute, so guessing tokens is hopeless and a link
 * cannot be hammered. Counted per node: with several nodes the limit is per node.
 */
@Configuration(proxyBeanMethods = false)
class LinkRateLimit {

    static final int REQUESTS_PER_MINUTE = 60;

    @Bean
    FilterRegistrationBean<Limiter> clientLinkRateLimit(Clock clock) {
        FilterRegistrationBean<Limiter> registration = new FilterRegistrationBean<>(new Limiter(clock));
        registration.addUrlPatterns("/c/*");
        return registration;
    }

    /** A fixed one-minute window per remote address. */
    static final class Limiter extends OncePerRequestFilter {

        private final Clock clock;
        private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
        private volatile long window;

        Limiter(Clock clock) {
            this.clock = clock;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long minute = clock.millis() / 60_000;
            if (minute != window) {
                counts.clear();
                window = minute;
            }
            int count = counts.computeIfAbsent(request.getRemoteAddr(), key -> new AtomicInteger())
                    .incrementAndGet();
            if (count > REQUESTS_PER_MINUTE) {
                response.setHeader("Retry-After", "60");
                response.sendError(429);
                return;
            }
            chain.doFilter(request, response);
        }
    }
}
