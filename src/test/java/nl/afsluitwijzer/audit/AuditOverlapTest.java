package nl.afsluitwijzer.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Audited work of two users runs side by side: the chain's order is taken only in the last step before the commit,
 * so a transaction that recorded an entry and is still working does not hold up another one. Both entries end up
 * in the chain, in the order of their commits, and the chain verifies.
 */
@IntegrationTest
class AuditOverlapTest {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditChain chain;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void aSecondAuditedReadFinishesWhileTheFirstIsStillWorking() throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        String run = "overlap-" + System.nanoTime() + "-";
        CountDownLatch firstRecorded = new CountDownLatch(1);
        CountDownLatch secondDone = new CountDownLatch(1);
        CompletableFuture<Boolean> first = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
            audit.recordAs(run + "eerste", "THERAPIST", AuditEvent.of(AuditAction.VIEW, "CASELOAD", "1"));
            firstRecorded.countDown();
            try {
                return secondDone.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        assertThat(firstRecorded.await(20, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status ->
                audit.recordAs(run + "tweede", "THERAPIST", AuditEvent.of(AuditAction.VIEW, "CASELOAD", "2"))));
        second.get(20, TimeUnit.SECONDS);
        secondDone.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS))
                .as("the first was still working when the second finished")
                .isTrue();

        assertThat(jdbc.sql("SELECT username FROM audit_entry WHERE username LIKE ? ORDER BY chain_seq")
                        .param(run + "%")
                        .query(String.class)
                        .list())
                .containsExactly(run + "tweede", run + "eerste");
        assertThat(chain.verify().intact()).isTrue();
    }
}
