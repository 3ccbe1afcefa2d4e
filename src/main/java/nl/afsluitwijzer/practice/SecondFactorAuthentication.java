package nl.afsluitwijzer.practice;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * The second factor in Spring Security's multi-factor terms: signing in with a password grants the
 * PASSWORD factor; a valid TOTP or recovery code adds {@link #AUTHORITY}. Every page requires it from
 * users who have enrolled (SecurityConfiguration), so a page opened directly after the password step
 * leads to the code page.
 */
public final class SecondFactorAuthentication {

    public static final String AUTHORITY = "FACTOR_TOTP";

    private static final HttpSessionSecurityContextRepository CONTEXTS = new HttpSessionSecurityContextRepository();

    private SecondFactorAuthentication() {}

    /** Whether this sign-in must show a second factor: the user has one and signed in with a password. */
    @Contract("null -> false")
    public static boolean expected(@Nullable Authentication authentication) {
        return authentication != null
                && authentication.getPrincipal() instanceof SignedInUser user
                && user.secondFactorEnrolled()
                && has(authentication, FactorGrantedAuthority.PASSWORD_AUTHORITY);
    }

    /** Signed in with the password, but the code has not been given yet. */
    @Contract("null -> false")
    public static boolean pending(@Nullable Authentication authentication) {
        return expected(authentication) && !has(authentication, AUTHORITY);
    }

    public static boolean pending() {
        return pending(SecurityContextHolder.getContext().getAuthentication());
    }

    /**
     * Adds the second factor to the current sign-in (also right after enrolling), stores it in the session
     * and gives the session a new id, so an id seen before this step is worthless after it.
     */
    public static void complete(HttpServletRequest request, HttpServletResponse response) {
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(verified(Objects.requireNonNull(
                SecurityContextHolder.getContext().getAuthentication(), "the sign-in being completed")));
        SecurityContextHolder.setContext(context);
        CONTEXTS.saveContext(context, request, response);
        request.changeSessionId();
    }

    /** The same sign-in with the second factor added. */
    public static Authentication verified(Authentication current) {
        SignedInUser user = ((SignedInUser) Objects.requireNonNull(current.getPrincipal(), "a signed-in user"))
                .withSecondFactor(true);
        List<GrantedAuthority> authorities = new ArrayList<>(current.getAuthorities());
        authorities.removeIf(a -> AUTHORITY.equals(a.getAuthority()));
        authorities.add(FactorGrantedAuthority.fromAuthority(AUTHORITY));
        UsernamePasswordAuthenticationToken next =
                UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
        next.setDetails(current.getDetails());
        return next;
    }

    private static boolean has(Authentication authentication, String authority) {
        return authentication.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
    }
}
