package nl.afsluitwijzer.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes and reads the access log. Who and from where are taken from the current request; the log
 * has no operation that changes or deletes an entry.
 */
@Service
public class AuditLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Logs an event of the signed-in user; joins the caller's transaction so the action fails with it. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditEvent event) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        String username = auth == null ? "anonymous" : auth.getName();
        recordAs(username, roleOf(auth), event);
    }

    /** Logs an event for a named user who is not (yet) signed in, such as a failed sign-in. */
    @Transactional(propagation = Propagation.REQUIRED)
    public void recordAs(String username, String role, AuditEvent event) {
        jdbc.sql("""
                INSERT INTO audit_entry (at, username, role, action, object_type, object_id, client_reference,
                    treatment_id, remote_address, outcome) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(Timestamp.from(clock.instant()), truncate(username, 100), role, event.action().name(),
                        event.objectType(), event.objectId(), event.clientReference(), event.treatmentId(),
                        remoteAddress(), event.outcome().name())
                .update();
    }

    /**
     * Logs a refused action in its own transaction, so the entry stays even though the refusal rolls back
     * the caller's work.
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefusal(AuditEvent event) {
        record(event.failed());
    }

    public List<AuditEntry> find(AuditQuery query) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, at, username, role, action, object_type, object_id, client_reference, treatment_id,
                       remote_address, outcome FROM audit_entry WHERE 1 = 1""");
        List<Object> params = new ArrayList<>();
        if (query.from() != null) {
            sql.append(" AND at >= ?");
            params.add(Timestamp.from(query.from().atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        if (query.to() != null) {
            sql.append(" AND at < ?");
            params.add(Timestamp.from(query.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC)));
        }
        addEquals(sql, params, "username", query.username());
        addEquals(sql, params, "client_reference", query.clientReference());
        if (query.treatmentId() != null) {
            sql.append(" AND treatment_id = ?");
            params.add(query.treatmentId());
        }
        sql.append(" ORDER BY at DESC, id DESC LIMIT ").append(AuditQuery.MAX_ROWS);
        return jdbc.sql(sql.toString()).params(params).query(AuditEntry.class).list();
    }

    private static void addEquals(StringBuilder sql, List<Object> params, String column, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(" AND ").append(column).append(" = ?");
            params.add(value.trim());
        }
    }

    private static String roleOf(Authentication auth) {
        if (auth == null) {
            return null;
        }
        return auth.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a.startsWith("ROLE_"))
                .map(a -> a.substring(5))
                .findFirst()
                .orElse(null);
    }

    private static String remoteAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return truncate(request.getRemoteAddr(), 64);
        }
        return null;
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
