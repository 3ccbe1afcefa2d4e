package nl.afsluitwijzer.intervision.web;

import nl.afsluitwijzer.audit.AuditLog;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Guards every facilitator page with {@link IntervisionAccess}; the participant pages under /w stay open. */
@Configuration(proxyBeanMethods = false)
class IntervisionWebConfiguration implements WebMvcConfigurer {

    private final AuditLog audit;

    IntervisionWebConfiguration(AuditLog audit) {
        this.audit = audit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new IntervisionAccess(audit)).addPathPatterns("/intervisie", "/intervisie/**");
    }
}
