package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** A queue for a busy database gets its transactions; a database that is away still fails fast. */
class BusyDatabaseTest {

    private static final int QUEUE = 8;
    private static final int HOLD_MILLIS = 200;

    @Test
    void transactionsQueueingForABusyDatabaseAllBegin() throws Exception {
        try (HikariDataSource pool = pool("jdbc:h2:mem:patient" + System.nanoTime())) {
            assertThat(failuresOf(new ResilientTransactions(pool)))
                    .as("transactions that could not begin")
                    .isZero();
        }
    }

    @Test
    void thePlainTransactionManagerCallsTheSameQueueAnOutage() throws Exception {
        try (HikariDataSource pool = pool("jdbc:h2:mem:impatient" + System.nanoTime())) {
            assertThat(failuresOf(new JdbcTransactionManager(pool)))
                    .as("transactions that could not begin")
                    .isPositive();
        }
    }

    @Test
    void aDatabaseThatIsAwayFailsWithinAFewTimeouts() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (HikariDataSource pool = pool("jdbc:postgresql://127.0.0.1:" + closedPort + "/away")) {
            pool.setInitializationFailTimeout(-1);
            TransactionTemplate transaction = new TransactionTemplate(new ResilientTransactions(pool));
            long started = System.nanoTime();
            assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {}))
                    .isInstanceOf(CannotCreateTransactionException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .isLessThan(ResilientTransactions.BUSY_WAIT.dividedBy(3));
        }
    }

    /**
     * {@value #QUEUE} transactions at once on a pool of one connection, each holding it {@value #HOLD_MILLIS} ms:
     * the last waits far longer than the connection timeout, while the others get their turn.
     */
    private static long failuresOf(PlatformTransactionManager transactions) throws Exception {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        List<CompletableFuture<Boolean>> queue = new ArrayList<>();
        for (int i = 0; i < QUEUE; i++) {
            queue.add(CompletableFuture.supplyAsync(
                    () -> {
                        try {
                            transaction.executeWithoutResult(status -> pause());
                            return true;
                        } catch (CannotCreateTransactionException timeout) {
                            return false;
                        }
                    },
                    Executors.newSingleThreadExecutor()));
        }
        long failed = 0;
        for (CompletableFuture<Boolean> request : queue) {
            failed += request.get(60, TimeUnit.SECONDS) ? 0 : 1;
        }
        return failed;
    }

    private static void pause() {
        try {
            Thread.sleep(HOLD_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("sa");
        pool.setMaximumPoolSize(1);
        pool.setConnectionTimeout(250);
        pool.setValidationTimeout(250);
        return pool;
    }
}
