package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.h2.tools.Server;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Connections taken outside a transaction (sign-in, session store, token check) from a busy database server all
 * come, however long the queue; a server that is away still fails fast; the embedded database is left as it was.
 */
class PatientPoolTest {

    private static final int QUEUE = 8;
    private static final int HOLD_MILLIS = 200;
    private static Server server;

    @BeforeAll
    static void startAServer() throws SQLException {
        server = Server.createTcpServer("-tcpPort", "0", "-ifNotExists").start();
    }

    @AfterAll
    static void stopTheServer() {
        server.stop();
    }

    @Test
    void aQueueForABusyServerGetsEveryConnection() throws Exception {
        try (HikariDataSource pool = pool(new PatientPool(), serverUrl("patient"))) {
            assertThat(failuresOf(pool)).as("requests that got no connection").isZero();
        }
    }

    @Test
    void thePlainPoolCallsTheSameQueueAnOutage() throws Exception {
        try (HikariDataSource pool = pool(new HikariDataSource(), serverUrl("impatient"))) {
            assertThat(failuresOf(pool)).as("requests that got no connection").isPositive();
        }
    }

    @Test
    void theEmbeddedDatabaseKeepsThePoolsOwnTimeout() throws Exception {
        try (HikariDataSource pool = pool(new PatientPool(), "jdbc:h2:mem:embedded" + System.nanoTime())) {
            assertThat(failuresOf(pool)).as("requests that got no connection").isPositive();
        }
    }

    @Test
    void aServerThatIsAwayFailsWithinAFewTimeouts() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        PatientPool away = new PatientPool();
        away.setInitializationFailTimeout(-1);
        try (HikariDataSource pool = pool(away, "jdbc:postgresql://127.0.0.1:" + closedPort + "/away")) {
            long started = System.nanoTime();
            assertThatThrownBy(pool::getConnection).isInstanceOf(SQLTransientConnectionException.class);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(PatientPool.BUSY_WAIT.dividedBy(3));
        }
    }

    /**
     * {@value #QUEUE} requests at once on a pool of one connection, each holding it {@value #HOLD_MILLIS} ms: the
     * last waits far longer than the connection timeout, while the others get their turn.
     */
    private static long failuresOf(HikariDataSource pool) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(QUEUE);
        try {
            List<CompletableFuture<Boolean>> queue = new ArrayList<>();
            for (int i = 0; i < QUEUE; i++) {
                queue.add(CompletableFuture.supplyAsync(() -> holdAConnection(pool), threads));
            }
            long failed = 0;
            for (CompletableFuture<Boolean> request : queue) {
                failed += request.get(60, TimeUnit.SECONDS) ? 0 : 1;
            }
            return failed;
        } finally {
            threads.shutdownNow();
        }
    }

    private static boolean holdAConnection(HikariDataSource pool) {
        try (Connection connection = pool.getConnection()) {
            Thread.sleep(HOLD_MILLIS);
            return connection.isValid(1);
        } catch (SQLTransientConnectionException timeout) {
            return false;
        } catch (SQLException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String serverUrl(String name) {
        return "jdbc:h2:tcp://127.0.0.1:" + server.getPort() + "/mem:" + name + System.nanoTime()
                + ";DB_CLOSE_DELAY=-1";
    }

    private static HikariDataSource pool(HikariDataSource pool, String url) {
        pool.setJdbcUrl(url);
        pool.setUsername("sa");
        pool.setMaximumPoolSize(1);
        pool.setConnectionTimeout(250);
        pool.setValidationTimeout(250);
        return pool;
    }
}
