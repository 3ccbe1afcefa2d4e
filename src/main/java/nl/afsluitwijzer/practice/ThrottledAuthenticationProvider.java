package nl.afsluitwijzer.practice;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AccountStatusException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password sign-in with throttling: each failure slows the next answer a little, and too many failures
 * lock the user name for a while. Unknown names, disabled users and wrong passwords get the same answer
 * after the same work (a password hash is computed for unknown names too). Outside demo mode a password
 * shorter than the minimum is refused without looking it up, so the demo password "demo" only works in
 * demo mode.
 */
@Component
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final DemoMode demoMode;
    private final Duration delayPerFailure;

    ThrottledAuthenticationProvider(UserAccountDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
            DemoMode demoMode, @Value("${afsluitwijzer.login.delay-per-failure}") Duration delayPerFailure) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.demoMode = demoMode;
        this.delayPerFailure = delayPerFailure;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        int attempt = throttle.begin(username);
        if (attempt == LoginThrottle.LOCKED) {
            throw new LockedException("too many failed sign-ins");
        }
        try {
            if (!acceptableLength(authentication.getCredentials())) {
                throw new BadCredentialsException("password shorter than the minimum outside demo mode");
            }
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(username);
            return result;
        } catch (BadCredentialsException | AccountStatusException e) {
            boolean locked = throttle.failed(username, attempt);
            slowDown(attempt);
            throw locked ? new LockedException("too many failed sign-ins", e)
                    : new BadCredentialsException("bad credentials", e);
        }
    }

    private boolean acceptableLength(Object credentials) {
        return demoMode.enabled() || (credentials instanceof String password
                && password.length() >= PasswordRules.MIN_LENGTH);
    }

    private void slowDown(int failures) {
        long millis = Math.min(delayPerFailure.toMillis() * failures, 2000);
        if (millis <= 0) {
            return;
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
