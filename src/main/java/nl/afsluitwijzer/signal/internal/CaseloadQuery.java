package nl.afsluitwijzer.signal.internal;

import java.util.List;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.treatment.Phase;
import org.jspecify.annotations.Nullable;

/**
 * One page of a caseload as asked for: whose (a manager's filter on one therapist), which treatments (a signal, a
 * phase; the waiting referrals or not), in which order (a column of the caseload's table, or the treatment id) and
 * which page (from 1) of how many rows.
 */
public record CaseloadQuery(
        @Nullable Long therapist,
        @Nullable SignalCode signal,
        @Nullable Phase phase,
        boolean withWaiting,
        String column,
        boolean descending,
        int page,
        int size) {

    /** The columns the database can order by; the caseload table's, and "id" (the order of creation). */
    public static final List<String> COLUMNS =
            List.of("client", "phase", "progress", "weeks", "score", "signals", "therapist", "id");
    /** Columns whose values are today's signal state: they need the state computed for today. */
    static final List<String> STATE_COLUMNS = List.of("progress", "weeks", "score", "signals");

    public CaseloadQuery {
        if (!COLUMNS.contains(column)) {
            throw new IllegalArgumentException("unknown caseload column " + column);
        }
        if (page < 1 || size < 1) {
            throw new IllegalArgumentException("page and size start at 1");
        }
    }

    /** Whether the order or the filter reads the stored signal state (only current for today). */
    boolean readsState() {
        return signal != null || STATE_COLUMNS.contains(column);
    }

    long offset() {
        return (long) (page - 1) * size;
    }
}
