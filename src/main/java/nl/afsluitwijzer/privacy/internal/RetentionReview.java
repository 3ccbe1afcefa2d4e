package nl.afsluitwijzer.privacy.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.treatment.ClientHistory;
import nl.afsluitwijzer.treatment.ClientRecords;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Flags the clients whose record is past the retention term ({@link RetentionTerm}) as of the clock's today, and
 * lifts flags that no longer hold (a new treatment started). Run by {@link RetentionJob}; the manager sees the list.
 */
@Service
@Transactional
public class RetentionReview {

    static final String OBJECT = "RETENTION";

    private final ClientRecords records;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    public RetentionReview(ClientRecords records, JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.records = records;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    private record Row(Long clientId, LocalDate lastEnd, LocalDate flaggedOn) {}

    /** Updates the flags; returns how many clients are flagged afterwards. */
    public int run() {
        LocalDate today = LocalDate.now(clock);
        List<ClientHistory> past = records.histories().stream()
                .filter(h -> RetentionTerm.isPast(h, today))
                .toList();
        Set<Long> pastIds = past.stream().map(ClientHistory::clientId).collect(Collectors.toSet());
        Set<Long> flagged = Set.copyOf(jdbc.sql("SELECT client_id FROM retention_flag")
                .query(Long.class)
                .list());
        flagged.stream()
                .filter(id -> !pastIds.contains(id))
                .forEach(id -> jdbc.sql("DELETE FROM retention_flag WHERE client_id = ?")
                        .param(id)
                        .update());
        past.stream()
                .filter(h -> !flagged.contains(h.clientId()))
                .forEach(h -> jdbc.sql("""
                INSERT INTO retention_flag (client_id, practice_id, last_end, flagged_on) VALUES (?, ?, ?, ?)""")
                        .params(Arrays.asList(h.clientId(), h.practiceId(), h.lastEnd(), today))
                        .update());
        return past.size();
    }

    /** The flagged clients of the manager's practice, longest past first; logged as a search (so not read-only). */
    public List<FlaggedClient> flagged(CurrentUser user) {
        Long practiceId = ManagerOnly.require(user).practiceId();
        List<Row> rows = jdbc.sql("SELECT client_id, last_end, flagged_on FROM retention_flag WHERE practice_id = ?")
                .param(practiceId)
                .query(Row.class)
                .list();
        Map<Long, String> references =
                records.referencesOf(user, rows.stream().map(Row::clientId).toList());
        audit.record(AuditEvent.of(AuditAction.SEARCH, OBJECT, null));
        return rows.stream()
                .filter(r -> references.containsKey(r.clientId()))
                .map(r -> new FlaggedClient(
                        r.clientId(),
                        Objects.requireNonNull(references.get(r.clientId()), "filtered above"),
                        r.lastEnd(),
                        r.flaggedOn()))
                .sorted(Comparator.comparing(FlaggedClient::lastEnd))
                .toList();
    }
}
