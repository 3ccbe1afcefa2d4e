package nl.afsluitwijzer.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import nl.afsluitwijzer.practice.FailedSignIns;
import nl.afsluitwijzer.practice.SecondFactorAuthentication;
import nl.afsluitwijzer.practice.SecondFactors;
import nl.afsluitwijzer.practice.SignedInUser;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second step of signing in, POST /login/code: after the password, a TOTP code or a recovery code.
 * Wrong codes count towards the account's second-factor lock (web and API together, see SecondFactors),
 * never reset by a correct password; every refused code is audit-logged. Once accepted, the session gets
 * a new id.
 */
class SecondFactorStep extends OncePerRequestFilter {

    private final RequestMatcher codePost =
            PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, SecurityConfiguration.CODE_PAGE);
    private final SecondFactors secondFactors;
    private final FailedSignIns failedSignIns;
    private final LoginEvents events;

    SecondFactorStep(SecondFactors secondFactors, FailedSignIns failedSignIns, LoginEvents events) {
        this.secondFactors = secondFactors;
        this.failedSignIns = failedSignIns;
        this.events = events;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!codePost.matches(request)) {
            chain.doFilter(request, response);
            return;
        }
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (!SecondFactorAuthentication.pending(authentication)) {
            response.sendRedirect(request.getContextPath() + "/");
            return;
        }
        SignedInUser user =
                (SignedInUser) Objects.requireNonNull(authentication.getPrincipal(), "a pending sign-in has its user");
        String code = request.getParameter("code");
        SecondFactors.Outcome outcome = secondFactors.verify(user.user().id(), code);
        if (outcome == SecondFactors.Outcome.REJECTED || outcome == SecondFactors.Outcome.LOCKED) {
            failedSignIns.secondFactor(user, code);
            events.secondFactorRefused(request, response, outcome == SecondFactors.Outcome.LOCKED);
            return;
        }
        SecondFactorAuthentication.complete(request, response);
        events.secondFactorAccepted(request, response, outcome);
    }
}
