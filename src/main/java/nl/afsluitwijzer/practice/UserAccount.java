package nl.afsluitwijzer.practice;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;

/** A person who signs in: therapist, manager or administrator of one practice. */
public class UserAccount {

    @Id
    private @Nullable Long id;

    private Long practiceId;
    private String username;
    private String displayName;
    private String passwordHash;
    private Role role;
    private boolean enabled;
    private boolean mustChangePassword;
    private Instant createdAt;

    @Version
    private @Nullable Integer version;

    @PersistenceCreator
    protected UserAccount() {}

    public UserAccount(
            Long practiceId,
            String username,
            String displayName,
            String passwordHash,
            Role role,
            boolean mustChangePassword,
            Instant createdAt) {
        this.practiceId = practiceId;
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.enabled = true;
        this.mustChangePassword = mustChangePassword;
        this.createdAt = createdAt;
    }

    /** A user as stored, read by hand where the aggregate mapping is too slow ({@link UserAdministration#usersOf}). */
    UserAccount(
            Long id,
            Long practiceId,
            String username,
            String displayName,
            String passwordHash,
            Role role,
            boolean enabled,
            boolean mustChangePassword,
            Instant createdAt,
            Integer version) {
        this(practiceId, username, displayName, passwordHash, role, mustChangePassword, createdAt);
        this.id = id;
        this.enabled = enabled;
        this.version = version;
    }

    public void changePassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = false;
    }

    public void resetPassword(String newHash) {
        this.passwordHash = newHash;
        this.mustChangePassword = true;
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    // An account signs in only once stored, so its id is set; unit tests sign in unsaved accounts, so no check here.
    @SuppressWarnings("NullAway")
    public CurrentUser toCurrentUser() {
        return new CurrentUser(id, practiceId, username, displayName, role);
    }

    public @Nullable Long getId() {
        return id;
    }

    public Long getPracticeId() {
        return practiceId;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Role getRole() {
        return role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public @Nullable Integer getVersion() {
        return version;
    }
}
