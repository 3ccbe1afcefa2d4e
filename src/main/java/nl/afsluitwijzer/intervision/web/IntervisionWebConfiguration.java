package nl.afsluitwijzer.intervision.web;

import nl.afsluitwijzer.audit.AuditLog;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Guards every facilitator page with {@link IntervisionAccess}; the participant pages under /w stay open, with wrong join codes limited per address. */
@Configuration(proxyBeanMethods = false)
class IntervisionWebConfiguration implements WebMvcConfigurer {

    private final AuditLog audit;
    private final JoinCodeGuesses guesses;

    IntervisionWebConfiguration(AuditLog audit, JoinCodeGuesses guesses) {
        this.audit = audit;
        this.guesses = guesses;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new IntervisionAccess(audit)).addPathPatterns("/intervisie", "/intervisie/**");
        registry.addInterceptor(guesses).addPathPatterns("/w", "/w/**");
    }
}
