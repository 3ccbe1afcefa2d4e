package nl.afsluitwijzer.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;

/**
 * Someone else's first save, inserted but not yet committed while a request runs: the request reads "none yet"
 * and only the database's unique key can stop its insert. The other save commits while the request waits on it.
 */
public final class UncommittedFirst {

    private UncommittedFirst() {}

    public static <T> T whileRunning(DataSource dataSource, String insert, Object[] parameters, Callable<T> request)
            throws Exception {
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement statement = other.prepareStatement(insert)) {
                for (int i = 0; i < parameters.length; i++) {
                    statement.setObject(i + 1, parameters[i]);
                }
                statement.executeUpdate();
            }
            Future<T> result = thread.submit(request);
            Thread.sleep(1500);
            other.commit();
            return result.get(30, TimeUnit.SECONDS);
        } finally {
            thread.shutdownNow();
        }
    }
}
