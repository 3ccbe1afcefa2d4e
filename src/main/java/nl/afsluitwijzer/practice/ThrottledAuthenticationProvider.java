package nl.afsluitwijzer.practice;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import nl.afsluitwijzer.practice.internal.LoginThrottle;
import nl.afsluitwijzer.practice.internal.PasswordRules;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Password sign-in (web form and HTTP Basic) with throttling per account and source address (see
 * {@link LoginThrottle}); every failure is audit-logged. Unknown names, disabled users and wrong passwords
 * get the same answer after the same work (a password hash is computed for unknown names too). Outside
 * demo mode a password shorter than the minimum is refused without looking it up, so the demo password
 * "demo" only works in demo mode; a password longer than bcrypt reads is simply wrong.
 */
@Component
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final DemoMode demoMode;
    private final FailedSignIns failedSignIns;

    ThrottledAuthenticationProvider(
            UserAccountDetailsService users,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            DemoMode demoMode,
            FailedSignIns failedSignIns) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.demoMode = demoMode;
        this.failedSignIns = failedSignIns;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        String source = authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress()
                : null;
        slowDown(throttle.delay(username));
        int attempt = throttle.begin(username, source);
        if (attempt == LoginThrottle.LOCKED) {
            failedSignIns.password(username);
            throw new LockedException("too many failed sign-ins from this address");
        }
        try {
            if (!acceptableLength(authentication.getCredentials())) {
                throw new BadCredentialsException("password too short outside demo mode, or too long");
            }
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username, source);
            return result;
        } catch (BadCredentialsException | AccountStatusException e) {
            boolean locked = throttle.failed(username, source, attempt);
            failedSignIns.password(username);
            throw locked
                    ? new LockedException("too many failed sign-ins from this address", e)
                    : new BadCredentialsException("bad credentials", e);
        }
    }

    private boolean acceptableLength(@Nullable Object credentials) {
        return credentials instanceof String password
                && password.getBytes(StandardCharsets.UTF_8).length <= PasswordRules.MAX_BYTES
                && (demoMode.enabled() || password.length() >= PasswordRules.MIN_LENGTH);
    }

    private static void slowDown(Duration delay) {
        if (delay.isZero() || delay.isNegative()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
