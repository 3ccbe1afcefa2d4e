package nl.afsluitwijzer.practice;

import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Asking again who it is before a change to the keys of an account (password, second factor, API
 * tokens): the password, and a fresh code when the user has a second factor. Failures count towards the
 * sign-in lock, so a left-open session cannot be used to guess the password.
 */
@Service
public class Reauthentication {

    /** Why re-authentication failed: the form field to mark and the message key. */
    public record Refusal(String field, String messageKey) {
    }

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

    public Optional<Refusal> check(CurrentUser user, String password, String code) {
        int attempt = throttle.begin(user.username());
        if (attempt == LoginThrottle.LOCKED) {
            return Optional.of(new Refusal(PASSWORD_FIELD, "reauth.locked"));
        }
        Optional<Refusal> refusal = Optional.empty();
        if (password == null || !users.passwordMatches(user.id(), password)) {
            refusal = Optional.of(new Refusal(PASSWORD_FIELD, "reauth.password.wrong"));
        } else if (needsCode(user) && (code == null || !secondFactors.verifyTotp(user.id(), code.strip()))) {
            refusal = Optional.of(new Refusal(CODE_FIELD, "reauth.code.wrong"));
        }
        if (refusal.isPresent()) {
            throttle.failed(user.username(), attempt);
        } else {
            throttle.succeeded(user.username());
        }
        return refusal;
    }
}
