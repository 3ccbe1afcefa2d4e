package nl.afsluitwijzer.practice;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Creating, listing and disabling users of a practice, and changing one's own password. */
@Service
public class UserAdministration {

    public static final int MIN_PASSWORD_LENGTH = 12;
    /** Session flag set at sign-in while the user still has to replace an initial password. */
    public static final String MUST_CHANGE_PASSWORD = "afsluitwijzer.mustChangePassword";
    public static final String PASSWORD_PAGE = "/profiel/wachtwoord";

    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final Clock clock;

    UserAdministration(UserAccountRepository users, PasswordEncoder encoder, Clock clock) {
        this.users = users;
        this.encoder = encoder;
        this.clock = clock;
    }

    public List<UserAccount> usersOf(Long practiceId) {
        return users.findByPracticeIdOrderByDisplayName(practiceId);
    }

    public Optional<UserAccount> find(Long practiceId, Long userId) {
        return users.findById(userId).filter(user -> user.getPracticeId().equals(practiceId));
    }

    public boolean usernameTaken(String username) {
        return users.findByUsername(username.trim()).isPresent();
    }

    /** A new user with an initial password that must be changed at the first sign-in. */
    @Transactional
    public UserAccount create(Long practiceId, String username, String displayName, Role role, String password) {
        return users.save(new UserAccount(practiceId, username.trim(), displayName.trim(), encoder.encode(password),
                role, true, clock.instant()));
    }

    @Transactional
    public void setEnabled(Long practiceId, Long userId, boolean enabled) {
        UserAccount user = find(practiceId, userId).orElseThrow();
        if (enabled) {
            user.enable();
        } else {
            user.disable();
        }
        users.save(user);
    }

    public boolean passwordMatches(Long userId, String password) {
        return users.findById(userId).map(u -> encoder.matches(password, u.getPasswordHash())).orElse(false);
    }

    @Transactional
    public void changePassword(Long userId, String newPassword) {
        UserAccount user = users.findById(userId).orElseThrow();
        user.changePassword(encoder.encode(newPassword));
        users.save(user);
    }

    public boolean mustChangePassword(Long userId) {
        return users.findById(userId).map(UserAccount::isMustChangePassword).orElse(false);
    }
}
