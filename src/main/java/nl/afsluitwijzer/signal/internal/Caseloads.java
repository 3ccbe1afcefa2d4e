package nl.afsluitwijzer.signal.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import nl.afsluitwijzer.measurement.Classification;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.Signals;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.TreatmentScope;
import nl.afsluitwijzer.treatment.Treatments;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A caseload a page at a time, however large the practice: the database filters, sorts, counts and pages the open
 * treatments the user may see (by the stored signal state of today, {@link SignalStates}, where the order or filter
 * needs it), and the rows of the page (and of the page's risk and waiting lists) are read from their stored state of
 * today, a row without a current state evaluated by the signal engine then. A fixed number of statements whatever
 * the size of the practice; each row is the engine's of today either way (docs/signals.md, *Caseload in the
 * database*).
 */
@Service
public class Caseloads {

    private static final String PHASE_ORDER = "CASE t.phase WHEN 'REFERRED' THEN 0 WHEN 'INTAKE' THEN 1 "
            + "WHEN 'TREATMENT' THEN 2 WHEN 'CLOSING' THEN 3 ELSE 4 END";
    private static final String FROM =
            " FROM treatment t LEFT JOIN treatment_signal_state ss" + " ON ss.treatment_id = t.id WHERE ";
    /** The names to order by are joined only when the order asks for them (the client table is the practice's). */
    private static final String FROM_WITH_CLIENT = " FROM treatment t JOIN client c ON c.id = t.client_id"
            + " LEFT JOIN treatment_signal_state ss ON ss.treatment_id = t.id WHERE ";

    private static final String FROM_WITH_THERAPIST = " FROM treatment t LEFT JOIN user_account u"
            + " ON u.id = t.therapist_id LEFT JOIN treatment_signal_state ss ON ss.treatment_id = t.id WHERE ";

    /**
     * The default order read from the states, when every treatment in the scope has one: the index on the state's
     * urgency, start date and treatment serves the page from its first row (see {@link #pageIds}).
     */
    private static final String FROM_STATES =
            " FROM treatment_signal_state ss JOIN treatment t ON t.id = ss.treatment_id WHERE ";

    private static final String DEFAULT_ORDER_FROM_STATES =
            " ORDER BY ss.urgency, ss.start_date ASC NULLS LAST, ss.treatment_id";

    /**
     * How many of the first waiting referrals the manager's caseload page shows under the caseload; the waiting list
     * itself pages through all of them.
     */
    public static final int WAITING_SHOWN = 10;

    private final JdbcClient jdbc;
    private final Treatments treatments;
    private final Signals signals;
    private final SignalStates states;
    private final Clock clock;
    private final TransactionTemplate transaction;

    Caseloads(
            JdbcClient jdbc,
            Treatments treatments,
            Signals signals,
            SignalStates states,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.treatments = treatments;
        this.signals = signals;
        this.states = states;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * The caseload page of today: the rows of the page, the open risk items (at most a page) and the first
     * {@value #WAITING_SHOWN} waiting referrals, and the counts over the whole caseload the user may see.
     */
    public CaseloadPage page(CurrentUser user, CaseloadQuery query) {
        LocalDate today = LocalDate.now(clock);
        TreatmentScope scope = treatments.visibleOpenScope(user, query.therapist());
        Map<String, Object> parameters = parameters(scope, query);
        parameters.put("stateDay", Date.valueOf(today));
        Counts counted = counts(scope, parameters);
        if (counted.stale() > 0) {
            states.refresh(scope);
            counted = counts(scope, parameters);
        }
        Counts counts = counted;
        return readRows(withoutState -> {
            treatments.searchedOpenScope(user, query.therapist());
            PageIds page = pageIds(scope, query, parameters, counts.totalOf(query), counts.stale() == 0);
            List<Long> pageIds = page.ids();
            List<Long> riskIds = jdbc.sql(
                            "SELECT t.id" + FROM + scope.condition() + " AND ss.urgency = -1 ORDER BY t.id LIMIT :size")
                    .params(parameters)
                    .query(Long.class)
                    .list();
            List<Long> waitingIds = jdbc.sql("SELECT t.id" + FROM + scope.condition()
                            + " AND t.phase = 'REFERRED' ORDER BY t.registration_date, t.id LIMIT :waitingShown")
                    .params(parameters)
                    .param("waitingShown", WAITING_SHOWN)
                    .query(Long.class)
                    .list();
            Set<Long> ids = new LinkedHashSet<>(pageIds);
            ids.addAll(riskIds);
            ids.addAll(waitingIds);
            Map<Long, CaseloadEntry> entries = entries(user, query.therapist(), today, List.copyOf(ids), withoutState);
            Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
            bySeverity.put(Severity.ACTION, counts.action());
            bySeverity.put(Severity.ATTENTION, counts.attention());
            bySeverity.put(Severity.INFO, counts.info());
            return new CaseloadPage(
                    of(pageIds, entries),
                    page.total(),
                    query.page(),
                    query.size(),
                    of(riskIds, entries),
                    of(waitingIds, entries),
                    counts.waiting(),
                    bySeverity,
                    counts.open());
        });
    }

    /**
     * The counts over the whole caseload, and how many of its states are not computed for today, in one scan: the
     * common case, every state current, needs no scan of its own to find out (docs/signals.md, *Caseload in the
     * database*). Counted with {@code COUNT(*) FILTER}: 3.0 ms over the 10,500 open treatments of 100,000 stored,
     * against 3.2 ms for sums of CASE expressions.
     */
    private Counts counts(TreatmentScope scope, Map<String, Object> parameters) {
        return jdbc.sql("""
                SELECT COUNT(*) FILTER (WHERE ss.open_action),
                       COUNT(*) FILTER (WHERE ss.open_attention),
                       COUNT(*) FILTER (WHERE ss.open_info),
                       COUNT(*) FILTER (WHERE t.phase <> 'REFERRED'),
                       COUNT(*) FILTER (WHERE t.phase = 'REFERRED'),
                       COUNT(*) FILTER (WHERE ss.treatment_id IS NULL OR ss.computed_for <> :stateDay)""" + FROM + scope.condition())
                .params(parameters)
                .query((rs, row) -> new Counts(
                        rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getLong(6)))
                .single();
    }

    /**
     * Open treatments with an unacknowledged signal of each severity, open treatments past the waiting list, those on
     * it, and the states not computed for today.
     */
    private record Counts(long action, long attention, long info, long open, long waiting, long stale) {

        /** The length of the list the query asks for, when the counts tell it (no phase or signal filter). */
        @Nullable
        Long totalOf(CaseloadQuery query) {
            if (query.phase() != null || query.signal() != null) {
                return null;
            }
            return query.withWaiting() ? open + waiting : open;
        }
    }

    /**
     * A page of the caseload as of a date, for the API: its rows and the total. An order or filter by the signal
     * state is only possible as of today ({@link #needsToday}); any other as of any date. As of today the rows are
     * served from the stored signal state (made current first, {@link SignalStates#refresh}, only when the order or
     * filter reads it); a row without a current state is evaluated then. As of another day every row is evaluated.
     */
    public CaseloadList list(CurrentUser user, CaseloadQuery query, LocalDate asOf) {
        LocalDate today = LocalDate.now(clock);
        if (needsToday(query) && !asOf.equals(today)) {
            throw new IllegalArgumentException("the signal state is kept for today only");
        }
        boolean ofToday = asOf.equals(today);
        if (query.readsState()) {
            states.refresh(treatments.visibleOpenScope(user, query.therapist()));
        }
        return readRows(withoutState -> {
            TreatmentScope scope = treatments.searchedOpenScope(user, query.therapist());
            Map<String, Object> parameters = parameters(scope, query);
            PageIds page = pageIds(scope, query, parameters, null, false);
            Map<Long, CaseloadEntry> entries = ofToday
                    ? entries(user, query.therapist(), asOf, page.ids(), withoutState)
                    : evaluated(user, query.therapist(), asOf, page.ids());
            return new CaseloadList(of(page.ids(), entries), page.total(), query.page(), query.size());
        });
    }

    /**
     * The whole caseload of today that the user may see (a therapist's own and shared open treatments, waiting list
     * included: it does not grow with the practice), in id order, for a page that orders and filters it in memory;
     * the rows come from the stored state as on every caseload, and the read is logged as a search.
     */
    public List<CaseloadEntry> whole(CurrentUser user) {
        LocalDate today = LocalDate.now(clock);
        return readRows(withoutState -> {
            TreatmentScope scope = treatments.searchedOpenScope(user, null);
            List<Long> ids = jdbc.sql("SELECT t.id FROM treatment t WHERE " + scope.condition() + " ORDER BY t.id")
                    .params(scope.parameters())
                    .query(Long.class)
                    .list();
            return of(ids, entries(user, null, today, ids, withoutState));
        });
    }

    /**
     * The rows of today of the given treatments (all in the user's view, and this read logged as a search): from
     * their stored state where it is current, else evaluated now (and their ids added to withoutState).
     */
    private Map<Long, CaseloadEntry> entries(
            CurrentUser user, @Nullable Long therapist, LocalDate today, List<Long> ids, List<Long> withoutState) {
        Map<Long, CaseloadEntry> entries = stored(ids, today);
        List<Long> missing = ids.stream().filter(id -> !entries.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            entries.putAll(evaluated(user, therapist, today, missing));
            withoutState.addAll(missing);
        }
        return entries;
    }

    /**
     * Reads rows in one transaction (the read gets the list to add the ids of rows it evaluated for want of a current
     * state), then computes those states after it, in transactions of their own, so the next read serves them from
     * the state: a list read in the order of the treatments does not make every state in its view current first
     * (only an order or filter by the state needs that).
     */
    private <T> T readRows(Function<List<Long>, T> read) {
        List<Long> withoutState = new ArrayList<>();
        T rows = Objects.requireNonNull(transaction.execute(status -> read.apply(withoutState)));
        if (!withoutState.isEmpty()) {
            states.refresh(TreatmentScope.openAmong(withoutState));
        }
        return rows;
    }

    private Map<Long, CaseloadEntry> evaluated(
            CurrentUser user, @Nullable Long therapist, LocalDate asOf, List<Long> ids) {
        Map<Long, CaseloadEntry> byId = new HashMap<>();
        signals.evaluate(treatments.visibleOpenAmong(user, therapist, ids), asOf)
                .forEach(result -> byId.put(result.file().id(), CaseloadEntry.of(result, asOf)));
        return byId;
    }

    /**
     * The rows of the given treatments whose stored state is current for today, from that state. The day and the
     * stamps are read as columns and compared here, not in the WHERE clause: a condition on the day made PostgreSQL
     * (whose statistics of the table are of an earlier day until it analyses it again) hash every state of the
     * practice instead of reading the page's 50 by their key.
     */
    private Map<Long, CaseloadEntry> stored(List<Long> ids, LocalDate today) {
        Map<Long, CaseloadEntry> byId = new HashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        jdbc.sql("""
                SELECT t.id, c.reference, c.display_name, t.phase, t.registration_date, t.start_date, t.therapist_id,
                       ss.attended_sessions, ss.expected_sessions, ss.halfway_session, ss.weeks_running,
                       ss.latest_score, ss.outcome, ss.signals, ss.computed_for,
                       CASE WHEN %s THEN TRUE ELSE FALSE END
                FROM treatment t JOIN client c ON c.id = t.client_id
                JOIN treatment_signal_state ss ON ss.treatment_id = t.id %s
                WHERE t.id = ANY (:ids)""".formatted(SignalStates.OUTDATED, SignalStates.GENERATIONS))
                .param("ids", ids.toArray(Long[]::new))
                .query(rs -> {
                    if (!today.equals(rs.getObject(15, LocalDate.class)) || rs.getBoolean(16)) {
                        return;
                    }
                    long id = rs.getLong(1);
                    String outcome = rs.getString(13);
                    Integer weeks = rs.getObject(11, Integer.class);
                    byId.put(
                            id,
                            new CaseloadEntry(
                                    id,
                                    rs.getString(2),
                                    rs.getString(3),
                                    Phase.valueOf(rs.getString(4)),
                                    rs.getObject(5, LocalDate.class),
                                    rs.getObject(6, LocalDate.class),
                                    rs.getLong(7),
                                    rs.getInt(8),
                                    rs.getObject(9, Integer.class),
                                    rs.getObject(10, Integer.class),
                                    weeks == null ? null : weeks.longValue(),
                                    rs.getObject(12, Integer.class),
                                    outcome == null ? null : Classification.valueOf(outcome),
                                    StoredSignals.read(rs.getString(14))));
                });
        return byId;
    }

    /** Whether the query orders or filters by today's signal state, so that it cannot be answered for another day. */
    public static boolean needsToday(CaseloadQuery query) {
        return query.readsState();
    }

    private static List<CaseloadEntry> of(List<Long> ids, Map<Long, CaseloadEntry> entries) {
        return ids.stream().map(entries::get).filter(Objects::nonNull).toList();
    }

    /** The ids of a page and how many treatments all pages hold. */
    private record PageIds(List<Long> ids, long total) {}

    /**
     * The page's ids with the total: the one the caller counted already (the caseload page's counts tell it when
     * nothing is filtered), or else counted by the same statement: a scalar subquery, which the database runs once and
     * answers from an index, while the page itself is read in the order of an index and cut after its last row (a
     * window {@code COUNT(*) OVER ()} made PostgreSQL read every open treatment of the practice in id order, 37 ms at
     * 100,000 stored). Only a page past the last, which has no row to carry the total, counts with a statement of its
     * own.
     *
     * <p>In the default order, when the counts just found a state for every treatment in the scope
     * ({@code everyStateStored}), the page is read from the states in the order of their index, joined to their
     * treatments (0.3 ms for the first page at 100,000 stored, instead of 3 ms to join and sort every open treatment).
     * With a state for each treatment the two orders are the same (the state's start date is the treatment's: a
     * change of a treatment deletes its state). A treatment changed in the milliseconds between the count and this
     * read has no state yet and is left out of this one view of the page (it was counted; the next view shows it).
     */
    private PageIds pageIds(
            TreatmentScope scope,
            CaseloadQuery query,
            Map<String, Object> parameters,
            @Nullable Long knownTotal,
            boolean everyStateStored) {
        boolean fromStates = everyStateStored && query.column().equals("signals") && !query.descending();
        String from = switch (query.column()) {
            case "client" -> FROM_WITH_CLIENT;
            case "therapist" -> FROM_WITH_THERAPIST;
            default -> fromStates ? FROM_STATES : FROM;
        };
        String order = fromStates ? DEFAULT_ORDER_FROM_STATES : orderBy(query);
        String page = from + scope.condition() + filters(query) + order + " LIMIT :size OFFSET :offset";
        if (knownTotal != null) {
            return new PageIds(
                    jdbc.sql("SELECT t.id" + page)
                            .params(parameters)
                            .query(Long.class)
                            .list(),
                    knownTotal);
        }
        long[] total = {-1};
        // inside the subquery t and ss name its own rows: the same condition counts the whole list
        String count = "(SELECT COUNT(*)" + FROM + scope.condition() + filters(query) + ")";
        List<Long> ids = jdbc.sql("SELECT t.id, " + count + " AS total" + page)
                .params(parameters)
                .query((rs, row) -> {
                    total[0] = rs.getLong(2);
                    return rs.getLong(1);
                })
                .list();
        return new PageIds(ids, ids.isEmpty() ? total(scope, query, parameters) : total[0]);
    }

    private long total(TreatmentScope scope, CaseloadQuery query, Map<String, Object> parameters) {
        return jdbc.sql("SELECT COUNT(*)" + FROM + scope.condition() + filters(query))
                .params(parameters)
                .query(Long.class)
                .single();
    }

    private static Map<String, Object> parameters(TreatmentScope scope, CaseloadQuery query) {
        Map<String, Object> parameters = new HashMap<>(scope.parameters());
        parameters.put("size", query.size());
        parameters.put("offset", query.offset());
        if (query.phase() != null) {
            parameters.put("phaseFilter", query.phase().name());
        }
        if (query.signal() != null) {
            parameters.put("signalCode", "%," + query.signal().name() + ",%");
        }
        return parameters;
    }

    private static String filters(CaseloadQuery query) {
        StringBuilder sql = new StringBuilder();
        if (!query.withWaiting()) {
            sql.append(" AND t.phase <> 'REFERRED'");
        }
        if (query.phase() != null) {
            sql.append(" AND t.phase = :phaseFilter");
        }
        if (query.signal() != null) {
            sql.append(" AND ss.signal_codes LIKE :signalCode");
        }
        return sql.toString();
    }

    /**
     * The caseload table's order (as CaseloadSort in the web layer): the column, a row without a value last in either
     * direction; then the default order (an open risk item, ACTION, ATTENTION, INFO, none; the earlier start first,
     * none last); then the id. With the signal state not current for the day asked (the API's other dates), the
     * default order is left out. The order by id needs nothing after it (the id is unique), and leaving the state out
     * of it lets the database leave out its join.
     */
    private static String orderBy(CaseloadQuery query) {
        String direction = query.descending() ? " DESC" : " ASC";
        if (query.column().equals("id")) {
            return " ORDER BY t.id" + direction;
        }
        String primary = switch (query.column()) {
            case "client" -> "LOWER(c.display_name)" + direction + " NULLS LAST, ";
            case "phase" -> PHASE_ORDER + direction + ", ";
            case "progress" -> "ss.progress" + direction + " NULLS LAST, ";
            case "weeks" -> "ss.weeks_running" + direction + " NULLS LAST, ";
            case "score" -> "ss.latest_score" + direction + " NULLS LAST, ";
            case "signals" -> query.descending() ? "COALESCE(ss.urgency, 3) DESC, t.start_date DESC NULLS FIRST, " : "";
            case "therapist" -> "LOWER(u.display_name)" + direction + " NULLS LAST, ";
            default -> "";
        };
        return " ORDER BY " + primary + "COALESCE(ss.urgency, 3), t.start_date ASC NULLS LAST, t.id";
    }
}
