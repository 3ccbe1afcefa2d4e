package nl.afsluitwijzer.practice.internal;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * The HTTP sessions of a user, found by principal name in the session table (Spring Session JDBC), so
 * that disabling a user, changing a password or a second factor ends the user's sessions on every node.
 */
@Component
public class UserSessions {

    private final FindByIndexNameSessionRepository<? extends Session> sessions;

    UserSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
        this.sessions = sessions;
    }

    public int endAll(String username) {
        return endAllExcept(username, null);
    }

    /** Ends every session of the user but the one with this id (the one the user is working in). */
    public int endAllExcept(String username, @Nullable String keepSessionId) {
        Map<String, ? extends Session> found = sessions.findByPrincipalName(username);
        int ended = 0;
        for (String id : found.keySet()) {
            if (!id.equals(keepSessionId)) {
                sessions.deleteById(id);
                ended++;
            }
        }
        return ended;
    }

    public int count(String username) {
        return sessions.findByPrincipalName(username).size();
    }
}
