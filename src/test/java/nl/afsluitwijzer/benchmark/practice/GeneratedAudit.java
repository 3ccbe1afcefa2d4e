package nl.afsluitwijzer.benchmark.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The access-log entries of the generated history, written through the application's own audit log, so they are
 * chained (HMAC, the key of the data directory) exactly as the application chains them and the chain verifies:
 * the therapist created each treatment and closed each closed one (its closing plan). They carry the time they were
 * written, not the historical date: the chain is the order of writing. A few transactions run at once, as requests
 * do; the chain's head lock puts their entries in order.
 */
final class GeneratedAudit {

    private static final int PER_TRANSACTION = 500;
    /** Transactions at once: each looks up its entries' practice and responsible user while another appends. */
    private static final int WRITERS = 3;

    private static final String ROLE = "THERAPIST";

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    GeneratedAudit(ApplicationContext application) {
        this.jdbc = application.getBean(JdbcClient.class);
        this.audit = application.getBean(AuditLog.class);
        this.transactions = new TransactionTemplate(application.getBean(PlatformTransactionManager.class));
    }

    private record Created(Long treatmentId, String reference, String therapist, Long closedPlan) {}

    /** Records the creation (and closing) of every treatment; returns the number of entries. */
    long recordCreations() {
        List<Created> treatments = jdbc.sql("""
                SELECT t.id, c.reference, u.username, p.id
                FROM treatment t JOIN client c ON c.id = t.client_id JOIN user_account u ON u.id = t.therapist_id
                LEFT JOIN closing_plan p ON p.treatment_id = t.id AND p.closed_on IS NOT NULL
                ORDER BY t.id""")
                .query((rs, n) ->
                        new Created(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getObject(4, Long.class)))
                .list();
        ExecutorService writers = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int from = 0; from < treatments.size(); from += PER_TRANSACTION) {
                List<Created> chunk = treatments.subList(from, Math.min(treatments.size(), from + PER_TRANSACTION));
                done.add(
                        writers.submit(() -> transactions.executeWithoutResult(status -> chunk.forEach(this::record))));
            }
            for (Future<?> chunk : done) {
                chunk.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("an audit entry was refused", e.getCause());
        } finally {
            writers.shutdown();
        }
        return treatments.size()
                + treatments.stream().filter(c -> c.closedPlan() != null).count();
    }

    private void record(Created treatment) {
        audit.recordAs(
                treatment.therapist(),
                ROLE,
                AuditEvent.of(AuditAction.CREATE, "TREATMENT", treatment.treatmentId())
                        .forClient(treatment.reference(), treatment.treatmentId()));
        if (treatment.closedPlan() != null) {
            audit.recordAs(
                    treatment.therapist(),
                    ROLE,
                    AuditEvent.of(AuditAction.UPDATE, "CLOSING_PLAN", treatment.closedPlan())
                            .forClient(treatment.reference(), treatment.treatmentId()));
        }
    }
}
