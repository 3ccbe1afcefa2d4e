package nl.afsluitwijzer.treatment.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Role;
import nl.afsluitwijzer.practice.UserNames;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/** For the manager: every link of a new treatment to a client the user could not see, with its reason. */
@Service
public class LinkReasons {

    /** One break of the glass: when, by whom, which client and treatment, and why. */
    public record LinkReason(
            Instant linkedAt, String user, @Nullable String clientReference, Long treatmentId, String reason) {}

    private final JdbcClient jdbc;
    private final UserNames userNames;
    private final AuditLog audit;

    LinkReasons(JdbcClient jdbc, UserNames userNames, AuditLog audit) {
        this.jdbc = jdbc;
        this.userNames = userNames;
        this.audit = audit;
    }

    /** The latest 500 of the manager's practice, newest first. */
    public List<LinkReason> ofPractice(CurrentUser manager) {
        if (manager.role() != Role.MANAGER) {
            throw new AccessDeniedException("only the practice manager sees the reasons");
        }
        audit.record(AuditEvent.of(AuditAction.VIEW, "CLIENT_LINK_REASONS", null));
        record Stored(
                Instant linkedAt, Long userId, @Nullable String clientReference, Long treatmentId, String reason) {}
        List<Stored> stored = jdbc.sql("""
                SELECT r.linked_at, r.user_id, c.reference, r.treatment_id, r.reason
                FROM client_link_reason r LEFT JOIN client c ON c.id = r.client_id
                WHERE r.practice_id = ? ORDER BY r.linked_at DESC, r.id DESC LIMIT 500""")
                .param(manager.practiceId())
                .query((rs, n) -> new Stored(
                        rs.getTimestamp(1).toInstant(), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5)))
                .list();
        Map<Long, String> names =
                userNames.of(stored.stream().map(Stored::userId).toList());
        return stored.stream()
                .map(r -> new LinkReason(
                        r.linkedAt(),
                        names.getOrDefault(r.userId(), ""),
                        r.clientReference(),
                        r.treatmentId(),
                        r.reason()))
                .toList();
    }
}
