package nl.afsluitwijzer.practice;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Objects;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.internal.Practice;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supported way to found a practice: the practice with its administrator and its first manager, each
 * with a one-time password of its own that must be changed at the first sign-in (and both must set up
 * two-factor sign-in). The first manager is made here because an administrator may not create clinical
 * accounts; every later clinical account is created by a manager.
 */
@Service
public class Practices {

    /** A new practice and the one-time passwords of its first two users, to hand to each of them. */
    public record Founded(
            Long practiceId,
            String adminUsername,
            String adminPassword,
            String managerUsername,
            String managerPassword) {}

    /** A first manager and its one-time password. */
    public record FirstManager(String username, String password) {}

    private final PracticeRepository practices;
    private final UserAccountRepository users;
    private final PasswordEncoder encoder;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Practices(
            PracticeRepository practices,
            UserAccountRepository users,
            PasswordEncoder encoder,
            AuditLog audit,
            Clock clock) {
        this.practices = practices;
        this.users = users;
        this.encoder = encoder;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Founded found(
            String name, String adminUsername, String adminName, String managerUsername, String managerName) {
        Practice practice = practices.save(new Practice(name));
        String adminPassword = oneTimePassword();
        UserAccount admin = users.save(new UserAccount(
                Objects.requireNonNull(practice.getId(), "stored"),
                adminUsername,
                adminName,
                encoder.encode(adminPassword),
                Role.ADMIN,
                true,
                clock.instant()));
        audit.record(AuditEvent.of(AuditAction.CREATE, UserAdministration.userObject(Role.ADMIN), admin.getId()));
        FirstManager manager =
                addFirstManager(Objects.requireNonNull(practice.getId(), "stored"), managerUsername, managerName);
        return new Founded(
                Objects.requireNonNull(practice.getId(), "stored"),
                adminUsername,
                adminPassword,
                manager.username(),
                manager.password());
    }

    /** The first manager of a practice that has none; refused when the practice already has a manager. */
    @Transactional
    public FirstManager addFirstManager(Long practiceId, String username, String displayName) {
        if (users.findByPracticeIdOrderByDisplayName(practiceId).stream().anyMatch(u -> u.getRole() == Role.MANAGER)) {
            throw new IllegalStateException("practice " + practiceId + " already has a manager");
        }
        String password = oneTimePassword();
        UserAccount manager = users.save(new UserAccount(
                practiceId, username, displayName, encoder.encode(password), Role.MANAGER, true, clock.instant()));
        audit.record(AuditEvent.of(AuditAction.CREATE, UserAdministration.userObject(Role.MANAGER), manager.getId()));
        return new FirstManager(username, password);
    }

    public boolean hasManager(Long practiceId) {
        return users.findByPracticeIdOrderByDisplayName(practiceId).stream().anyMatch(u -> u.getRole() == Role.MANAGER);
    }

    private String oneTimePassword() {
        byte[] bytes = new byte[18];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
