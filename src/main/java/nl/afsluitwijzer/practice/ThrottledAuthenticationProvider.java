package nl.afsluitwijzer.practice;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * Password sign-in with throttling: each failure slows the next answer a little, and too many failures
 * lock the user name for a while. Unknown names and wrong passwords get the same answer.
 */
@Component
public class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final DaoAuthenticationProvider passwords;
    private final LoginThrottle throttle;
    private final Duration delayPerFailure;

    ThrottledAuthenticationProvider(UserAccountDetailsService users, PasswordEncoder encoder, LoginThrottle throttle,
            @Value("${afsluitwijzer.login.delay-per-failure}") Duration delayPerFailure) {
        this.passwords = new DaoAuthenticationProvider(users);
        this.passwords.setPasswordEncoder(encoder);
        this.throttle = throttle;
        this.delayPerFailure = delayPerFailure;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        if (throttle.lockedUntil(username).isPresent()) {
            throw new LockedException("too many failed sign-ins");
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.recordSuccess(username);
            return result;
        } catch (BadCredentialsException | org.springframework.security.authentication.DisabledException e) {
            int failures = throttle.recordFailure(username);
            slowDown(failures);
            if (throttle.lockedUntil(username).isPresent()) {
                throw new LockedException("too many failed sign-ins", e);
            }
            throw new BadCredentialsException("bad credentials", e);
        }
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
