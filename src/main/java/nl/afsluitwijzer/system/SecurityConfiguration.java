package nl.afsluitwijzer.system;

import java.time.Clock;
import java.time.Duration;
import nl.afsluitwijzer.practice.ApiTokens;
import nl.afsluitwijzer.practice.FailedSignIns;
import nl.afsluitwijzer.practice.SecondFactorAuthentication;
import nl.afsluitwijzer.practice.SecondFactorPolicy;
import nl.afsluitwijzer.practice.SecondFactors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthenticatedAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagerFactories;
import org.springframework.security.authorization.AuthorizationManagerFactory;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer.HstsConfig;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.context.SecurityContextHolderFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Sign-in goes through the one global provider, {@code ThrottledAuthenticationProvider}. Four filter
 * chains: the anonymous health probes, issuing API tokens with HTTP Basic (plus X-TOTP for users with a
 * second factor), the token-protected API (stateless, answers in problem+json, never a login redirect),
 * and the web pages with a sign-in form, a second-factor step, CSRF and strict headers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";
    static final String CODE_PAGE = "/login/code";
    static final long HSTS_MAX_AGE_SECONDS = 365L * 24 * 60 * 60;

    /**
     * No Micrometer observation of the filter chain, sign-ins and authorization decisions: the application exposes no
     * metrics and sends no traces (application.properties, management.observations), and wrapping each of the chain's
     * filters in an observation cost every request CPU for figures nobody could read.
     */
    @Bean
    SecurityObservationSettings securityObservations() {
        return SecurityObservationSettings.noObservations();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BcryptLengthGuard(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    }

    /**
     * Spring Security's multi-factor support: every hasRole/authenticated rule of every chain also needs
     * the second factor when the sign-in expects one (a user with 2FA who signed in with a password).
     */
    @Bean
    AuthorizationManagerFactory<Object> secondFactorRequired() {
        return AuthorizationManagerFactories.multiFactor()
                .requireFactors(SecondFactorAuthentication.AUTHORITY)
                .when(SecondFactorAuthentication::expected)
                .build();
    }

    /** Health for load balancers, anonymous and without details; no other actuator endpoint is reachable. */
    @Bean
    @Order(0)
    SecurityFilterChain health(HttpSecurity http) throws Exception {
        http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                HttpMethod.GET,
                                "/actuator/health",
                                "/actuator/health/liveness",
                                "/actuator/health/readiness")
                        .permitAll()
                        .anyRequest()
                        .denyAll());
        return stateless(http).build();
    }

    @Bean
    @Order(1)
    SecurityFilterChain tokenIssuing(
            HttpSecurity http,
            ApiProblems problems,
            SecondFactors secondFactors,
            SecondFactorPolicy policy,
            FailedSignIns failedSignIns,
            Clock clock)
            throws Exception {
        ProblemEntryPoints entry = new ProblemEntryPoints(problems);
        http.securityMatcher("/api/v1/tokens")
                .httpBasic(basic -> basic.authenticationEntryPoint(entry))
                .addFilterAfter(
                        new TokenIssuingChecks(secondFactors, policy, failedSignIns, problems, clock),
                        BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST)
                        .authenticated()
                        .anyRequest()
                        .denyAll())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entry).accessDeniedHandler(entry));
        return stateless(http).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens, ApiProblems problems) throws Exception {
        ProblemEntryPoints entry = new ProblemEntryPoints(problems);
        http.securityMatcher("/api/**")
                .addFilterBefore(new BearerTokenFilter(tokens, problems), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.GET, "/api/v1/openapi.json")
                        .permitAll()
                        .requestMatchers("/api/v1/audit", "/api/v1/audit/**")
                        .hasAnyRole("MANAGER", "ADMIN")
                        .requestMatchers("/api/v1/treatments/**", "/api/v1/caseload", "/api/v1/fhir", "/api/v1/fhir/**")
                        .hasAnyRole("THERAPIST", "MANAGER")
                        .requestMatchers("/api/v1/insights", "/api/v1/insights/**")
                        .hasRole("MANAGER")
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(entry).accessDeniedHandler(entry));
        return stateless(http).build();
    }

    @Bean
    @Order(3)
    SecurityFilterChain web(
            HttpSecurity http,
            LoginEvents loginEvents,
            SecondFactors secondFactors,
            FailedSignIns failedSignIns,
            Clock clock,
            @Value("${afsluitwijzer.session.absolute-timeout}") Duration absoluteTimeout,
            @Value("${afsluitwijzer.secure-cookies}") boolean secureCookies)
            throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login", "/css/**", "/js/**", "/img/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        // the code page itself needs only the password factor
                        .requestMatchers(CODE_PAGE)
                        .access(AuthenticatedAuthorizationManager.authenticated())
                        .requestMatchers("/beheer/beleid", "/beheer/beleid/**")
                        .hasRole("MANAGER")
                        .requestMatchers("/beheer/brieven", "/beheer/brieven/**")
                        .hasRole("MANAGER")
                        .requestMatchers("/beheer/verwacht-verloop", "/beheer/verwacht-verloop/**")
                        .hasRole("MANAGER")
                        .requestMatchers("/beheer/back-ups", "/beheer/back-ups/**")
                        .hasRole("ADMIN")
                        .requestMatchers("/w", "/w/**")
                        .permitAll()
                        .requestMatchers("/c/**")
                        .permitAll()
                        .requestMatchers("/inzicht", "/inzicht/**")
                        .hasRole("MANAGER")
                        .requestMatchers("/beheer/**")
                        .hasAnyRole("MANAGER", "ADMIN")
                        .requestMatchers("/privacy", "/privacy/**", "/clienten/*/privacy/verzoeken/**")
                        .hasRole("MANAGER")
                        .requestMatchers("/caseload", "/wachtlijst", "/behandelingen/**", "/clienten/**")
                        .hasAnyRole("THERAPIST", "MANAGER")
                        .anyRequest()
                        .authenticated())
                .csrf(csrf -> csrf.csrfTokenRepository(new CsrfCookie(secureCookies)))
                .formLogin(form ->
                        form.loginPage("/login").successHandler(loginEvents).failureHandler(loginEvents))
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler(loginEvents))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(new HtmxAwareLoginEntryPoint("/login"))
                        .defaultDeniedHandlerForMissingAuthority(
                                new HtmxAwareLoginEntryPoint(CODE_PAGE), SecondFactorAuthentication.AUTHORITY))
                .addFilterBefore(new AbsoluteSessionTimeout(clock, absoluteTimeout), SecurityContextHolderFilter.class)
                .addFilterBefore(
                        new SecondFactorStep(secondFactors, failedSignIns, loginEvents),
                        UsernamePasswordAuthenticationFilter.class)
                .addFilterAfter(new SignInStepsFilter(), AnonymousAuthenticationFilter.class)
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .frameOptions(frame -> frame.deny())
                        .httpStrictTransportSecurity(SecurityConfiguration::strictTransport)
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    private static HttpSecurity stateless(HttpSecurity http) throws Exception {
        return http.csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives("default-src 'none'; " + "frame-ancestors 'none'"))
                        .httpStrictTransportSecurity(SecurityConfiguration::strictTransport));
    }

    /** Sent only on requests that came over TLS (a browser ignores it over plain HTTP anyway): one year. */
    private static void strictTransport(HstsConfig hsts) {
        hsts.maxAgeInSeconds(HSTS_MAX_AGE_SECONDS).includeSubDomains(true);
    }
}
