package nl.afsluitwijzer.signal.internal;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import nl.afsluitwijzer.audit.AuditedChange;
import nl.afsluitwijzer.measurement.ExpectedCoursesRelearned;
import nl.afsluitwijzer.signal.OpenSignals;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.SignalCode;
import nl.afsluitwijzer.signal.Signals;
import nl.afsluitwijzer.signal.TreatmentSignals;
import nl.afsluitwijzer.treatment.ClientErasure;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentScope;
import nl.afsluitwijzer.treatment.Treatments;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the stored signal state of every open treatment (table treatment_signal_state: what the caseload sorts,
 * filters and counts by) equal to what the signal engine says today, so that a caseload of the whole practice pages
 * in SQL and evaluates only the rows it shows. A state is current when it was computed for today and nothing of the
 * treatment changed since: every audited change of a treatment deletes its state in the same transaction, a change
 * of the practice's policy deletes those of the practice, and a state of an earlier day is stale. Before a caseload
 * is read, the stale and missing states in its scope are computed in batches (each its own short transaction), so
 * nothing is shown stale; right after midnight a job does it for every practice, so that the first reader of the day
 * does not wait. See docs/signals.md, "Caseload in de database".
 */
@Service
public class SignalStates {

    /** How many treatments one refresh transaction evaluates: a bounded statement, a bounded transaction. */
    static final int BATCH = 1_000;

    /**
     * Joins, to a treatment {@code t}, the generations of the treatment ({@code tg}) and of its practice
     * ({@code pg}) that {@link #OUTDATED} compares a state with (joined, not looked up per row: a subquery per row
     * cost 110 ms over the 10,000 treatments under way at 100,000 stored).
     */
    public static final String GENERATIONS = " LEFT JOIN treatment_signal_generation tg ON tg.treatment_id = t.id"
            + " LEFT JOIN practice_signal_generation pg ON pg.practice_id = t.practice_id ";

    /**
     * The condition, on a state {@code ss} of a treatment {@code t} with its {@link #GENERATIONS}, that a change
     * under way while it was computed has outdated it (its generation stamps are not the current ones).
     */
    public static final String OUTDATED = "(ss.treatment_generation <> COALESCE(tg.generation, 0)"
            + " OR ss.practice_generation <> COALESCE(pg.generation, 0))";

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final Treatments treatments;
    private final Signals signals;
    private final Clock clock;
    private final TransactionTemplate separately;

    SignalStates(
            JdbcClient jdbc,
            JdbcTemplate batch,
            Treatments treatments,
            Signals signals,
            Clock clock,
            PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.treatments = treatments;
        this.signals = signals;
        this.clock = clock;
        this.separately = new TransactionTemplate(transactions);
        this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The state of a changed treatment is out of date; the policy's change outdates every state of the practice. */
    @EventListener
    void on(AuditedChange change) {
        if (change.treatmentId() != null) {
            raise("treatment_signal_generation", "treatment_id", change.treatmentId());
            jdbc.sql("DELETE FROM treatment_signal_state WHERE treatment_id = ?")
                    .param(change.treatmentId())
                    .update();
        } else if ("POLICY".equals(change.objectType()) && change.practiceId() != null) {
            outdatePractice(change.practiceId());
        }
    }

    /** A relearned expected course changes NOT_ON_TRACK on every treatment of the practice. */
    @EventListener
    void on(ExpectedCoursesRelearned relearned) {
        outdatePractice(relearned.practiceId());
    }

    private void outdatePractice(Long practiceId) {
        raise("practice_signal_generation", "practice_id", practiceId);
        jdbc.sql("""
                DELETE FROM treatment_signal_state
                WHERE treatment_id IN (SELECT id FROM treatment WHERE practice_id = ?)""").param(practiceId).update();
    }

    /**
     * Raises the generation of a treatment or practice in the change's transaction (the row is made first when
     * missing, safe in parallel), so that a state computed from the records of before the change, and stored after
     * this delete of the state ran, is not current: its stamp is the old generation.
     */
    private void raise(String table, String key, Long id) {
        try {
            jdbc.sql("INSERT INTO " + table + " (" + key + ", generation) VALUES (?, 0) ON CONFLICT DO NOTHING")
                    .param(id)
                    .update();
        } catch (DuplicateKeyException parallelChangeWasFirst) {
            // the row exists now, which is all this needs
        }
        jdbc.sql("UPDATE " + table + " SET generation = generation + 1 WHERE " + key + " = ?")
                .param(id)
                .update();
    }

    @EventListener
    void on(ClientErasure erasure) {
        jdbc.sql("DELETE FROM treatment_signal_state WHERE treatment_id IN (:ids)")
                .param("ids", erasure.treatmentIds())
                .update();
    }

    /** Right after midnight in the practice's zone: every open treatment's state for the new day. */
    @Scheduled(cron = "0 5 0 * * *", zone = "Europe/Amsterdam")
    @SchedulerLock(name = "signal-state-refresh", lockAtMostFor = "PT2H")
    void refreshNightly() {
        refresh(new TreatmentScope("1 = 1", Map.of()));
    }

    /**
     * Computes every stale or missing state of the open treatments in the scope for today, a batch at a time, each
     * batch in a transaction of its own (so no caseload read holds two connections, and a refresh that a concurrent
     * one beat leaves its work). Returns how many it computed. Must be called outside a transaction that reads the
     * states afterwards with an older snapshot.
     */
    public int refresh(TreatmentScope scope) {
        LocalDate today = LocalDate.now(clock);
        int computed = 0;
        while (true) {
            List<Long> stale = staleIn(scope, today);
            if (stale.isEmpty()) {
                return computed;
            }
            try {
                separately.executeWithoutResult(status -> store(stale, today));
            } catch (DuplicateKeyException computedByAnother) {
                // a concurrent refresh stored (some of) these first; the next round finds what is still stale
            }
            computed += stale.size();
        }
    }

    /** Whether every open treatment in the scope has a state computed for today. */
    public boolean current(TreatmentScope scope) {
        return staleIn(scope, LocalDate.now(clock)).isEmpty();
    }

    private List<Long> staleIn(TreatmentScope scope, LocalDate today) {
        Map<String, Object> parameters = new java.util.HashMap<>(scope.parameters());
        parameters.put("stateDay", Date.valueOf(today));
        parameters.put("stateBatch", BATCH);
        return jdbc.sql("""
                SELECT t.id FROM treatment t LEFT JOIN treatment_signal_state ss ON ss.treatment_id = t.id %s
                WHERE %s AND t.phase IN ('REFERRED', 'INTAKE', 'TREATMENT', 'CLOSING')
                  AND (ss.treatment_id IS NULL OR ss.computed_for <> :stateDay OR %s)
                ORDER BY t.id LIMIT :stateBatch""".formatted(GENERATIONS, scope.condition(), OUTDATED))
                .params(parameters)
                .query(Long.class)
                .list();
    }

    /**
     * The generations are read before the records: a change that commits after this read raised them, so the state
     * stored here is not current; one that committed before it is in the records read.
     */
    private void store(List<Long> ids, LocalDate today) {
        Map<Long, long[]> generations = new HashMap<>();
        jdbc.sql("""
                SELECT t.id, COALESCE(tg.generation, 0), COALESCE(pg.generation, 0) FROM treatment t
                LEFT JOIN treatment_signal_generation tg ON tg.treatment_id = t.id
                LEFT JOIN practice_signal_generation pg ON pg.practice_id = t.practice_id
                WHERE t.id = ANY (:ids)""").param("ids", ids.toArray(Long[]::new)).query(rs -> {
            generations.put(rs.getLong(1), new long[] {rs.getLong(2), rs.getLong(3)});
        });
        List<TreatmentSignals> evaluated = signals.evaluate(treatments.openFilesForDerivedState(ids), today);
        jdbc.sql("DELETE FROM treatment_signal_state WHERE treatment_id IN (:ids)")
                .param("ids", ids)
                .update();
        List<Object[]> rows = new ArrayList<>();
        for (TreatmentSignals result : evaluated) {
            // a treatment not seen by the first read gets a stamp no generation has: computed again at the next read
            rows.add(row(result, today, generations.getOrDefault(result.file().id(), new long[] {-1, -1})));
        }
        if (!rows.isEmpty()) {
            jdbcBatch(rows);
        }
    }

    private void jdbcBatch(List<Object[]> rows) {
        batch.batchUpdate("""
                INSERT INTO treatment_signal_state (treatment_id, computed_for, urgency, open_action, open_attention,
                    open_info, signal_codes, progress, weeks_running, latest_score, open_signals, signals,
                    attended_sessions, expected_sessions, halfway_session, outcome, treatment_generation,
                    practice_generation, start_date)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
    }

    private static Object[] row(TreatmentSignals result, LocalDate today, long[] generation) {
        TreatmentFile file = result.file();
        Integer expected = file.treatment().expectedSessions().orElse(null);
        int attended = file.attendedSessions(today);
        Double progress = expected == null || expected == 0 ? null : (double) attended / expected;
        Integer weeks = file.weeksRunning(today).map(Long::intValue).orElse(null);
        String codes = result.signals().stream().map(s -> s.code().name()).collect(Collectors.joining(",", ",", ","));
        // kept for the caseload's default order (Caseloads#pageIds): every change of the treatment deletes this state
        @Nullable LocalDate start = file.treatment().getStartDate();
        return new Object[] {
            file.id(),
            Date.valueOf(today),
            urgency(result),
            result.count(Severity.ACTION) > 0,
            result.count(Severity.ATTENTION) > 0,
            result.count(Severity.INFO) > 0,
            codes,
            progress,
            weeks,
            result.latestScore(),
            OpenSignals.stored(result.signals()),
            StoredSignals.write(result.signals()),
            attended,
            expected,
            file.treatment().halfwaySession().orElse(null),
            result.outcome() == null ? null : result.outcome().name(),
            generation[0],
            generation[1],
            start == null ? null : Date.valueOf(start)
        };
    }

    /** The caseload's default order: -1 an open risk item, then ACTION 0, ATTENTION 1, INFO 2, nothing 3. */
    static int urgency(TreatmentSignals result) {
        if (result.signals().stream().anyMatch(s -> s.code() == SignalCode.SUICIDE_ITEM && !s.acknowledged())) {
            return -1;
        }
        Severity most = result.mostUrgent();
        return most == null ? 3 : 2 - most.ordinal();
    }
}
