package nl.afsluitwijzer.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import nl.afsluitwijzer.practice.LoginThrottle;
import nl.afsluitwijzer.practice.SecondFactorAuthentication;
import nl.afsluitwijzer.practice.SecondFactorPolicy;
import nl.afsluitwijzer.practice.SecondFactors;
import nl.afsluitwijzer.practice.SignedInUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The sign-in steps of the web for POST /api/v1/tokens with HTTP Basic: a user with a second factor must
 * also send a current code as "X-TOTP" (401 problem+json without it); a user who must still replace an
 * initial password, or must have a second factor but has not enrolled, gets no token by password (403).
 */
class TokenIssuingChecks extends OncePerRequestFilter {

    static final String HEADER = "X-TOTP";

    private final SecondFactors secondFactors;
    private final SecondFactorPolicy policy;
    private final LoginThrottle throttle;
    private final ApiProblems problems;

    TokenIssuingChecks(SecondFactors secondFactors, SecondFactorPolicy policy, LoginThrottle throttle,
            ApiProblems problems) {
        this.secondFactors = secondFactors;
        this.policy = policy;
        this.throttle = throttle;
        this.problems = problems;
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
        if (!codeAccepted(user, request.getHeader(HEADER))) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"Afsluitwijzer\", " + HEADER);
            problems.write(response, request, HttpStatus.UNAUTHORIZED, "api.error.totp-required");
            return;
        }
        SecurityContextHolder.getContext().setAuthentication(SecondFactorAuthentication.verified(authentication));
        chain.doFilter(request, response);
    }

    private boolean codeAccepted(SignedInUser user, String code) {
        if (code == null || code.isBlank()) {
            return false;
        }
        int attempt = throttle.begin(user.getUsername());
        if (attempt == LoginThrottle.LOCKED) {
            return false;
        }
        if (secondFactors.verifyTotp(user.user().id(), code.strip())) {
            throttle.succeeded(user.getUsername());
            return true;
        }
        throttle.failed(user.getUsername(), attempt);
        return false;
    }
}
