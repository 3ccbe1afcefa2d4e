package nl.afsluitwijzer.audit;

import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import nl.afsluitwijzer.audit.internal.AuditEntry;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reads entries by filter, newest first, for the viewer, the API and the export; always within a scope. */
@Component
class AuditReader {

    /** Whose entries a read may return: one practice, none, or (only outside requests) every practice. */
    record Scope(@Nullable Long practiceId, boolean everyPractice) {

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
        return find(query, scope, maxRows, 0);
    }

    /** A page of the entries, newest first: {@code maxRows} from the {@code offset}-th (from 0). */
    List<AuditEntry> find(AuditQuery query, Scope scope, int maxRows, long offset) {
        List<Object> params = new ArrayList<>();
        String where = where(query, scope, params);
        params.add(maxRows);
        params.add(offset);
        return jdbc.sql("""
                SELECT id, at, username, role, action, object_type, object_id, client_reference, treatment_id,
                       on_behalf_of, remote_address, outcome FROM audit_entry WHERE""" + where + " ORDER BY at DESC, id DESC LIMIT ? OFFSET ?")
                .params(params)
                .query(AuditEntry.class)
                .list();
    }

    /**
     * How many entries match, counted up to {@code atMost}: the log only grows (every read is in it), so the count
     * stops there and costs the same however long the log is.
     */
    long count(AuditQuery query, Scope scope, long atMost) {
        List<Object> params = new ArrayList<>();
        String where = where(query, scope, params);
        params.add(atMost);
        return jdbc.sql("SELECT COUNT(*) FROM (SELECT 1 AS one FROM audit_entry WHERE" + where + " LIMIT ?) counted")
                .params(params)
                .query(Long.class)
                .single();
    }

    private static String where(AuditQuery query, Scope scope, List<Object> params) {
        StringBuilder sql = new StringBuilder(" 1 = 1");
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
        return sql.toString();
    }

    private static void addEquals(StringBuilder sql, List<Object> params, String column, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            sql.append(" AND ").append(column).append(" = ?");
            params.add(value.trim());
        }
    }
}
