package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A full pool of a database that answers makes a request wait; a database that is away still fails fast. */
class PatientPoolTest {

    @Test
    void aRequestWaitsForAConnectionWhileEveryConnectionIsBusy() throws Exception {
        try (HikariDataSource pool = PatientPool.of(configured("jdbc:h2:mem:patient" + System.nanoTime()))) {
            Connection busy = pool.getConnection();
            CompletableFuture<Boolean> waiting = CompletableFuture.supplyAsync(() -> {
                try (Connection connection = pool.getConnection()) {
                    return connection.isValid(1);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(3 * 250 + 200);
            assertThat(waiting).as("still waiting after three connection timeouts").isNotDone();
            busy.close();
            assertThat(waiting.get(5, TimeUnit.SECONDS)).isTrue();
        }
    }

    @Test
    void thePlainPoolWouldHaveCalledThatAnOutage() throws Exception {
        try (HikariDataSource pool = configured("jdbc:h2:mem:impatient" + System.nanoTime());
                Connection busy = pool.getConnection()) {
            assertThat(busy.isValid(1)).isTrue();
            assertThatThrownBy(pool::getConnection).isInstanceOf(SQLTransientConnectionException.class);
        }
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
