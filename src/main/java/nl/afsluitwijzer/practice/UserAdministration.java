package nl.afsluitwijzer.practice;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.internal.PasswordRules;
import nl.afsluitwijzer.practice.internal.RoleGrants;
import nl.afsluitwijzer.practice.internal.UserSessions;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating, listing and disabling users of a practice, and changing one's own password. Disabling a user
 * ends all of that user's sessions; a new password ends all other sessions of the user. Every change is
 * audit-logged in its own transaction, so it fails when the log entry cannot be written.
 */
@Service
public class UserAdministration {

    public static final int MIN_PASSWORD_LENGTH = PasswordRules.MIN_LENGTH;
    /** Session flag set at sign-in while the user still has to replace an initial password. */
    public static final String MUST_CHANGE_PASSWORD = "afsluitwijzer.mustChangePassword";

    public static final String PASSWORD_PAGE = "/profiel/wachtwoord";

    private static final String USER = "USER";

    private final UserAccountRepository users;
    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final PasswordRules rules;
    private final UserSessions sessions;
    private final AuditLog audit;
    private final Clock clock;

    UserAdministration(
            UserAccountRepository users,
            JdbcClient jdbc,
            PasswordEncoder encoder,
            PasswordRules rules,
            UserSessions sessions,
            AuditLog audit,
            Clock clock) {
        this.users = users;
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.rules = rules;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * The users of a practice by name. Mapped here rather than by the repository: pages that show names (the manager's
     * caseload, the indicators) ask for all users of a practice on every request, and the aggregate mapping of 200
     * users took a third of the manager's caseload page.
     */
    @Transactional(readOnly = true)
    public List<UserAccount> usersOf(Long practiceId) {
        return jdbc.sql("""
                        SELECT id, practice_id, username, display_name, password_hash, role, enabled,
                               must_change_password, created_at, version
                        FROM user_account WHERE practice_id = ? ORDER BY display_name, id""")
                .param(practiceId)
                .query((row, number) -> new UserAccount(
                        row.getLong("id"),
                        row.getLong("practice_id"),
                        row.getString("username"),
                        row.getString("display_name"),
                        row.getString("password_hash"),
                        Role.valueOf(row.getString("role")),
                        row.getBoolean("enabled"),
                        row.getBoolean("must_change_password"),
                        row.getTimestamp("created_at").toInstant(),
                        row.getInt("version")))
                .list();
    }

    public Optional<UserAccount> find(Long practiceId, Long userId) {
        return users.findById(userId).filter(user -> user.getPracticeId().equals(practiceId));
    }

    public boolean usernameTaken(String username) {
        return users.findByUsername(username.trim()).isPresent();
    }

    /** The message key of the password rule this password breaks for this user name, if any. */
    public Optional<String> passwordProblem(String password, String username) {
        return rules.problemWith(password, username);
    }

    /**
     * A new user with an initial password that must be changed at the first sign-in. A signed-in creator must
     * be of the practice and may give the role ({@link RoleGrants}: clinical roles only by a manager); the creator is
     * null when the system creates the user (no role check).
     */
    @Transactional
    public UserAccount create(
            @Nullable CurrentUser creator,
            Long practiceId,
            String username,
            String displayName,
            Role role,
            String password) {
        if (creator != null) {
            requireMayGrant(creator, practiceId, role);
        }
        requireAcceptable(password, username);
        UserAccount created = users.save(new UserAccount(
                practiceId,
                username.trim(),
                displayName.trim(),
                encoder.encode(password),
                role,
                true,
                clock.instant()));
        audit.record(AuditEvent.of(AuditAction.CREATE, userObject(role), created.getId()));
        return created;
    }

    /** The object type of a user in the log, with its role, so every grant of a role can be found. */
    static String userObject(Role role) {
        return USER + "_" + role.name();
    }

    private void requireMayGrant(CurrentUser creator, Long practiceId, Role role) {
        if (!creator.practiceId().equals(practiceId) || !RoleGrants.mayGrant(creator.role(), role)) {
            audit.recordRefusal(AuditEvent.of(AuditAction.CREATE, userObject(role), null));
            throw new AccessDeniedException("a " + creator.role() + " may not create a " + role);
        }
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
        audit.record(AuditEvent.of(AuditAction.UPDATE, enabled ? "USER_ENABLED" : "USER_DISABLED", userId));
        if (!enabled) {
            sessions.endAll(user.getUsername());
        }
    }

    public boolean passwordMatches(Long userId, String password) {
        return users.findById(userId)
                .map(u -> encoder.matches(password, u.getPasswordHash()))
                .orElse(false);
    }

    /** Sets a new password and ends the user's other sessions (keepSessionId: the session to keep, if any). */
    @Transactional
    public void changePassword(Long userId, String newPassword, String keepSessionId) {
        UserAccount user = users.findById(userId).orElseThrow();
        requireAcceptable(newPassword, user.getUsername());
        user.changePassword(encoder.encode(newPassword));
        users.save(user);
        audit.record(AuditEvent.of(AuditAction.UPDATE, "PASSWORD", userId));
        sessions.endAllExcept(user.getUsername(), keepSessionId);
    }

    public boolean mustChangePassword(Long userId) {
        return users.findById(userId).map(UserAccount::isMustChangePassword).orElse(false);
    }

    private void requireAcceptable(String password, String username) {
        rules.problemWith(password, username).ifPresent(problem -> {
            throw new IllegalArgumentException("password refused: " + problem);
        });
    }
}
