package nl.afsluitwijzer.practice;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The display names of users, for modules that show who wrote or recorded something. They keep only the user's
 * id in their own tables and ask here for the names of the ids on a page, in one statement: the user table is
 * this module's (docs/architecture.md, "Each module reads its own tables").
 */
@Service
public class UserNames {

    private final UserAccountRepository users;

    UserNames(UserAccountRepository users) {
        this.users = users;
    }

    /** The display name of each id that belongs to a user; an id of no user is left out of the map. */
    @Transactional(readOnly = true)
    public Map<Long, String> of(Collection<Long> userIds) {
        Map<Long, String> names = new HashMap<>();
        if (userIds.isEmpty()) {
            return names;
        }
        for (UserAccount user : users.findAllById(new HashSet<>(userIds))) {
            Long id = user.getId();
            if (id != null) {
                names.put(id, user.getDisplayName());
            }
        }
        return names;
    }

    /** The display name of one user; empty when no user has the id. */
    @Transactional(readOnly = true)
    public Optional<String> of(Long userId) {
        return users.findById(userId).map(UserAccount::getDisplayName);
    }

    /** The user name (the sign-in name) of one user; empty when no user has the id. */
    @Transactional(readOnly = true)
    public Optional<String> usernameOf(Long userId) {
        return users.findById(userId).map(UserAccount::getUsername);
    }
}
