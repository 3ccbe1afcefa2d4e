package nl.afsluitwijzer.system;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/**
 * Links in pages are written as they are. Spring Boot registers a {@link ResourceUrlEncodingFilter} because the
 * WebJars locator is on the class path; it passed every link of every page (each treatment link, each bar of a chart)
 * through the static-resource resolvers, which looked each one up in four class-path locations of the jar and cached
 * nothing for a link that is no file: thousands of jar lookups for one indicators page at 100,000 treatments, most
 * of its time. The application versions no static file by its content, and the htmx WebJar is served by its
 * version-less path (the WebJars resolver stays on the resource handler), so the filter added nothing. Registering
 * it disabled keeps Spring Boot from registering its own.
 */
@Configuration(proxyBeanMethods = false)
class ResourceLinkConfiguration {

    @Bean
    FilterRegistrationBean<ResourceUrlEncodingFilter> resourceUrlEncodingFilterOff() {
        FilterRegistrationBean<ResourceUrlEncodingFilter> registration =
                new FilterRegistrationBean<>(new ResourceUrlEncodingFilter());
        registration.setEnabled(false);
        return registration;
    }
}
