package nl.afsluitwijzer.practice.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.SecondFactors;
import nl.afsluitwijzer.practice.UserAdministration;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Asking again who it is before a change to the keys of an account (password, second factor, API
 * tokens): the password, and a fresh code when the user has a second factor. Wrong passwords count
 * towards the sign-in lock of this account and address, wrong codes towards the second-factor lock, so a
 * left-open session cannot be used to guess either.
 */
@Service
public class Reauthentication {

    /** Why re-authentication failed: the form field to mark and the message key. */
    public record Refusal(String field, String messageKey) {}

    public static final String PASSWORD_FIELD = "currentPassword";
    public static final String CODE_FIELD = "code";

    private final UserAdministration users;
    private final SecondFactors secondFactors;
    private final LoginThrottle throttle;

    Reauthentication(UserAdministration users, SecondFactors secondFactors, LoginThrottle throttle) {
        this.users = users;
        this.secondFactors = secondFactors;
        this.throttle = throttle;
    }

    public boolean needsCode(CurrentUser user) {
        return secondFactors.isEnrolled(user.id());
    }

    public Optional<Refusal> check(CurrentUser user, String password, @Nullable String code) {
        String source = sourceAddress();
        int attempt = throttle.begin(user.username(), source);
        if (attempt == LoginThrottle.LOCKED) {
            return Optional.of(new Refusal(PASSWORD_FIELD, "reauth.locked"));
        }
        if (password == null || !users.passwordMatches(user.id(), password)) {
            throttle.failed(user.username(), source, attempt);
            return Optional.of(new Refusal(PASSWORD_FIELD, "reauth.password.wrong"));
        }
        throttle.succeeded(user.username(), source);
        if (!needsCode(user)) {
            return Optional.empty();
        }
        SecondFactors.Outcome outcome =
                code == null ? SecondFactors.Outcome.REJECTED : secondFactors.verifyTotp(user.id(), code.strip());
        return switch (outcome) {
            case TOTP, RECOVERY_CODE -> Optional.empty();
            case LOCKED -> Optional.of(new Refusal(CODE_FIELD, "reauth.code.locked"));
            case REJECTED -> Optional.of(new Refusal(CODE_FIELD, "reauth.code.wrong"));
        };
    }

    private static @Nullable String sourceAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
