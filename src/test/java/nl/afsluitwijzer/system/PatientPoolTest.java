package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A full pool of a database that answers makes a request wait; a database that is away still fails fast. */
class PatientPoolTest {

    private static final int QUEUE = 8;
    private static final int HOLD_MILLIS = 200;

    @Test
    void requestsQueueingForABusyDatabaseAllGetAConnection() throws Exception {
        try (HikariDataSource pool = PatientPool.of(configured("jdbc:h2:mem:patient" + System.nanoTime()))) {
            assertThat(queueFor(pool)).as("requests that got no connection").isZero();
        }
    }

    @Test
    void thePlainPoolCallsTheSameQueueAnOutage() throws Exception {
        try (HikariDataSource pool = configured("jdbc:h2:mem:impatient" + System.nanoTime())) {
            assertThat(queueFor(pool)).as("requests that got no connection").isPositive();
        }
    }

    /**
     * {@value #QUEUE} requests at once on a pool of one connection, each holding it {@value #HOLD_MILLIS} ms: the
     * last waits far longer than the connection timeout, while the others get their turn. Returns the failures.
     */
    private static long queueFor(HikariDataSource pool) throws Exception {
        List<CompletableFuture<Boolean>> requests = new ArrayList<>();
        for (int i = 0; i < QUEUE; i++) {
            requests.add(CompletableFuture.supplyAsync(() -> {
                try (Connection connection = pool.getConnection()) {
                    Thread.sleep(HOLD_MILLIS);
                    return true;
                } catch (SQLTransientConnectionException timeout) {
                    return false;
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }, Executors.newSingleThreadExecutor()));
        }
        long failed = 0;
        for (CompletableFuture<Boolean> request : requests) {
            failed += request.get(60, TimeUnit.SECONDS) ? 0 : 1;
        }
        return failed;
    }

    @Test
    void aDatabaseThatIsAwayFailsWithinAFewTimeouts() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        HikariDataSource configured = configured("jdbc:postgresql://127.0.0.1:" + closedPort + "/away");
        configured.setInitializationFailTimeout(-1);
        try (HikariDataSource pool = PatientPool.of(configured)) {
            long started = System.nanoTime();
            assertThatThrownBy(pool::getConnection).isInstanceOf(SQLTransientConnectionException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(PatientPool.BUSY_WAIT.dividedBy(3));
        }
    }

    private static HikariDataSource configured(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("sa");
        pool.setMaximumPoolSize(1);
        pool.setConnectionTimeout(250);
        pool.setValidationTimeout(250);
        return pool;
    }
}
