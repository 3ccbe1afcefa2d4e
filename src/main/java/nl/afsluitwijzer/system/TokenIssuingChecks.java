package nl.afsluitwijzer.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import nl.afsluitwijzer.practice.FailedSignIns;
import nl.afsluitwijzer.practice.SecondFactorAuthentication;
import nl.afsluitwijzer.practice.SecondFactorPolicy;
import nl.afsluitwijzer.practice.SecondFactors;
import nl.afsluitwijzer.practice.SignedInUser;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sign-in steps of the web for POST /api/v1/tokens with HTTP Basic: a user with a second factor must
 * also send a current code as "X-TOTP" (401 problem+json without it or with a wrong one; 429 with
 * Retry-After while the second factor is locked after too many wrong codes, web and API together); a user
 * who must still replace an initial password, or must have a second factor but has not enrolled, gets no
 * token by password (403). Every refused code is audit-logged.
 */
class TokenIssuingChecks extends OncePerRequestFilter {

    static final String HEADER = "X-TOTP";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final SecondFactors secondFactors;
    private final SecondFactorPolicy policy;
    private final FailedSignIns failedSignIns;
    private final ApiProblems problems;
    private final Clock clock;

    TokenIssuingChecks(
            SecondFactors secondFactors,
            SecondFactorPolicy policy,
            FailedSignIns failedSignIns,
            ApiProblems problems,
            Clock clock) {
        this.secondFactors = secondFactors;
        this.policy = policy;
        this.failedSignIns = failedSignIns;
        this.problems = problems;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUser user)) {
            chain.doFilter(request, response);
            return;
        }
        if (user.mustChangePassword()) {
            problems.write(response, request, HttpStatus.FORBIDDEN, "api.error.change-password-first");
            return;
        }
        if (!user.secondFactorEnrolled()) {
            if (policy.requiredFor(user.user())) {
                problems.write(response, request, HttpStatus.FORBIDDEN, "api.error.enrol-first");
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        String code = request.getHeader(HEADER);
        SecondFactors.Outcome outcome = code == null || code.isBlank()
                ? SecondFactors.Outcome.REJECTED
                : secondFactors.verifyTotp(user.user().id(), code.strip());
        if (outcome != SecondFactors.Outcome.TOTP) {
            failedSignIns.secondFactor(user, null);
            refuse(request, response, user, outcome, code == null || code.isBlank());
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(SecondFactorAuthentication.verified(authentication));
        chain.doFilter(request, response);
    }

    private void refuse(
            HttpServletRequest request,
            HttpServletResponse response,
            SignedInUser user,
            SecondFactors.Outcome outcome,
            boolean missing)
            throws IOException {
        Instant lockedUntil = outcome == SecondFactors.Outcome.LOCKED
                ? secondFactors.lockedUntil(user.user().id()).orElse(null)
                : null;
        if (lockedUntil != null) {
            long seconds =
                    Math.max(1, Duration.between(clock.instant(), lockedUntil).toSeconds());
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
            problems.write(
                    response, request, HttpStatus.TOO_MANY_REQUESTS, "api.error.totp-locked", TIME.format(lockedUntil));
            return;
        }
        response.setHeader("WWW-Authenticate", "Basic realm=\"Afsluitwijzer\", " + HEADER);
        problems.write(
                response,
                request,
                HttpStatus.UNAUTHORIZED,
                missing ? "api.error.totp-required" : "api.error.totp-wrong");
    }
}
