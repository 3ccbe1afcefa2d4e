package nl.afsluitwijzer.practice;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of a user account; serializable because sessions live in the database. */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    private final CurrentUser user;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private final boolean secondFactorEnrolled;
    private @Nullable String passwordHash;

    SignedInUser(UserAccount account) {
        this(account, false);
    }

    SignedInUser(UserAccount account, boolean secondFactorEnrolled) {
        this.user = account.toCurrentUser();
        this.enabled = account.isEnabled();
        this.mustChangePassword = account.isMustChangePassword();
        this.secondFactorEnrolled = secondFactorEnrolled;
        this.passwordHash = account.getPasswordHash();
    }

    /** A user signed in by an API token: enabled, no password at hand, no second factor asked. */
    static SignedInUser byToken(CurrentUser user, boolean mustChangePassword) {
        return new SignedInUser(user, mustChangePassword);
    }

    private SignedInUser(CurrentUser user, boolean mustChangePassword) {
        this.user = user;
        this.enabled = true;
        this.mustChangePassword = mustChangePassword;
        this.secondFactorEnrolled = false;
        this.passwordHash = null;
    }

    private SignedInUser(SignedInUser signedIn, boolean secondFactorEnrolled) {
        this.user = signedIn.user;
        this.enabled = signedIn.enabled;
        this.mustChangePassword = signedIn.mustChangePassword;
        this.secondFactorEnrolled = secondFactorEnrolled;
        this.passwordHash = null;
    }

    public CurrentUser user() {
        return user;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    /** Whether the user had a second factor when signing in: then a password alone is not enough. */
    public boolean secondFactorEnrolled() {
        return secondFactorEnrolled;
    }

    /** The same user after enrolling or removing a second factor during the session. */
    public SignedInUser withSecondFactor(boolean enrolled) {
        return new SignedInUser(this, enrolled);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
