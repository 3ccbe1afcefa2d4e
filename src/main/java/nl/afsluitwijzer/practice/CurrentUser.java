package nl.afsluitwijzer.practice;

import java.io.Serializable;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** The signed-in user as the rest of the application sees it: who, of which practice, in which role. */
public record CurrentUser(Long id, Long practiceId, String username, String displayName, Role role)
        implements Serializable {

    public boolean isManager() {
        return role == Role.MANAGER;
    }

    public boolean isTherapist() {
        return role == Role.THERAPIST;
    }

    /** The user of the current request, if one is signed in. */
    public static Optional<CurrentUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser signedIn) {
            return Optional.of(signedIn.user());
        }
        return Optional.empty();
    }

    /** The user of the current request; fails when nobody is signed in (a bug, since security guards this). */
    public static CurrentUser require() {
        return current().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }
}
