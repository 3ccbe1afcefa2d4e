package nl.afsluitwijzer.audit;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads entries by filter, newest first, for the viewer, the API and the export; always within a scope. */
@Component
class AuditReader {

    /** Whose entries a read may return: one practice, none, or (only outside requests) every practice. */
    record Scope(Long practiceId, boolean everyPractice) {

        static final Scope NONE = new Scope(null, false);
        static final Scope EVERY_PRACTICE = new Scope(null, true);

        static Scope of(Long practiceId) {
            return new Scope(practiceId, false);
        }
    }

    private final JdbcClient jdbc;

    AuditReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<AuditEntry> find(AuditQuery query, Scope scope, int maxRows) {
        StringBuilder sql = new StringBuilder("""
                SELECT id, at, username, role, action, object_type, object_id, client_reference, treatment_id,
                       on_behalf_of, remote_address, outcome FROM audit_entry WHERE 1 = 1""");
        List<Object> params = new ArrayList<>();
        if (scope.practiceId() != null) {
            sql.append(" AND practice_id = ?");
            params.add(scope.practiceId());
        } else if (!scope.everyPractice()) {
            sql.append(" AND 1 = 0");
        }
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
        sql.append(" ORDER BY at DESC, id DESC LIMIT ?");
        params.add(maxRows);
        return jdbc.sql(sql.toString()).params(params).query(AuditEntry.class).list();
    }

    private static void addEquals(StringBuilder sql, List<Object> params, String column, String value) {
        if (value != null && !value.isBlank()) {
            sql.append(" AND ").append(column).append(" = ?");
            params.add(value.trim());
        }
    }
}
