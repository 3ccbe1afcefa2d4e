package nl.afsluitwijzer.practice;

import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** Spring Security's view of a user account; serializable because sessions live in the database. */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    private final CurrentUser user;
    private final boolean enabled;
    private final boolean mustChangePassword;
    private String passwordHash;

    SignedInUser(UserAccount account) {
        this.user = account.toCurrentUser();
        this.enabled = account.isEnabled();
        this.mustChangePassword = account.isMustChangePassword();
        this.passwordHash = account.getPasswordHash();
    }

    public CurrentUser user() {
        return user;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(user.role().authority()));
    }

    @Override
    public String getPassword() {
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
