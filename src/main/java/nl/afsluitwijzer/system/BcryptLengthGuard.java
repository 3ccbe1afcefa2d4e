package nl.afsluitwijzer.system;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt reads at most 72 bytes and Spring's encoder refuses more with an exception (a 500 at sign-in or
 * when confirming a change). A longer password never matches; setting one is refused by PasswordRules
 * before it gets here.
 */
final class BcryptLengthGuard implements PasswordEncoder {

    static final int MAX_BYTES = 72;

    private final PasswordEncoder encoder;

    BcryptLengthGuard(PasswordEncoder encoder) {
        this.encoder = encoder;
    }

    @Override
    public @Nullable String encode(@Nullable CharSequence rawPassword) {
        if (tooLong(rawPassword)) {
            throw new IllegalArgumentException("password longer than " + MAX_BYTES + " bytes");
        }
        return encoder.encode(rawPassword);
    }

    @Override
    public boolean matches(@Nullable CharSequence rawPassword, @Nullable String encodedPassword) {
        return !tooLong(rawPassword) && encoder.matches(rawPassword, encodedPassword);
    }

    @Override
    public boolean upgradeEncoding(@Nullable String encodedPassword) {
        return encoder.upgradeEncoding(encodedPassword);
    }

    private static boolean tooLong(@Nullable CharSequence rawPassword) {
        return rawPassword != null && rawPassword.toString().getBytes(StandardCharsets.UTF_8).length > MAX_BYTES;
    }
}
