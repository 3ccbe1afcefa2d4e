package nl.afsluitwijzer.practice;

import java.time.Clock;
import java.util.concurrent.atomic.AtomicInteger;
import nl.afsluitwijzer.practice.internal.Base32;
import nl.afsluitwijzer.practice.internal.Totp;

/**
 * Test users of their own (never the shared demo users): a password already chosen, optionally with a
 * second factor. Enrolling uses the code of the previous time step, so the current and next step are
 * still free for signing in twice without waiting.
 */
public final class TwoFactorUsers {

    public static final String PASSWORD = "een lang eigen wachtwoord";
    private static final String INITIAL_PASSWORD = "een eerste wachtwoord";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    /** A test user; {@code code(0)} is the code of the current step, {@code code(1)} of the next. */
    public record TestUser(Long id, String username, String secret, Clock clock) {
        public String code(int stepsFromNow) {
            return Totp.code(Base32.decode(secret), Totp.step(clock.instant()) + stepsFromNow);
        }
    }

    private final UserAdministration administration;
    private final SecondFactors secondFactors;
    private final Clock clock;

    public TwoFactorUsers(UserAdministration administration, SecondFactors secondFactors, Clock clock) {
        this.administration = administration;
        this.secondFactors = secondFactors;
        this.clock = clock;
    }

    public TestUser withoutSecondFactor(Long practiceId, Role role) {
        String username = "tf" + role.name().toLowerCase() + SEQUENCE.incrementAndGet() + "-" + System.nanoTime();
        UserAccount account = administration.create(
                CurrentUser.current().orElse(null), practiceId, username, "Test " + username, role, INITIAL_PASSWORD);
        administration.changePassword(account.getId(), PASSWORD, null);
        return new TestUser(account.getId(), username, null, clock);
    }

    public TestUser withSecondFactor(Long practiceId, Role role) {
        TestUser user = withoutSecondFactor(practiceId, role);
        String secret = secondFactors.newSecret();
        TestUser enrolled = new TestUser(user.id(), user.username(), secret, clock);
        secondFactors.enrol(user.id(), secret, enrolled.code(-1)).orElseThrow();
        return enrolled;
    }
}
