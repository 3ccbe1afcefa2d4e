package nl.afsluitwijzer.support;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The SQL statements the current thread sends to the database while an action runs, for tests that a page reads
 * with a fixed number of statements and a fixed number of bound parameters. A test class imports {@link Recording}
 * ({@code @Import(CountedStatements.Recording.class)}), which wraps the application's DataSource; only the thread
 * inside {@link #during} is recorded.
 */
public final class CountedStatements {

    private static final ThreadLocal<List<String>> RECORDED = new ThreadLocal<>();
    private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall");
    private static final Set<String> EXECUTING =
            Set.of("execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "addBatch");

    private CountedStatements() {}

    /** Something to run while recording. */
    public interface Action {
        void run() throws Exception;
    }

    /** Every statement the action sent, in order (a prepared statement once, when prepared). */
    public static List<String> during(Action action) throws Exception {
        List<String> statements = new ArrayList<>();
        RECORDED.set(statements);
        try {
            action.run();
        } finally {
            RECORDED.remove();
        }
        return List.copyOf(statements);
    }

    /** The number of bound parameters (placeholders) of a statement; the application's SQL has no literal '?'. */
    public static int parameters(String sql) {
        return (int) sql.chars().filter(c -> c == '?').count();
    }

    private static void record(String sql) {
        List<String> statements = RECORDED.get();
        if (statements != null) {
            statements.add(sql);
        }
    }

    /** Wraps the application's DataSource so that {@link #during} sees the statements. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Recording {

        @Bean
        static BeanPostProcessor recordStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource dataSource && !(bean instanceof RecordingDataSource)
                            ? new RecordingDataSource(dataSource)
                            : bean;
                }
            };
        }
    }

    /** A DataSource whose connections report their statements; closing it closes the pool. */
    static final class RecordingDataSource extends DelegatingDataSource implements AutoCloseable {

        RecordingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return recording(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return recording(super.getConnection(username, password));
        }

        @Override
        public void close() throws Exception {
            if (getTargetDataSource() instanceof AutoCloseable pool) {
                pool.close();
            }
        }

        private static Connection recording(Connection connection) {
            return (Connection) Proxy.newProxyInstance(
                    CountedStatements.class.getClassLoader(),
                    new Class<?>[] {Connection.class},
                    (proxy, method, args) -> {
                        if (PREPARING.contains(method.getName())) {
                            record((String) args[0]);
                        }
                        Object result = invoke(method, connection, args);
                        return result instanceof Statement statement
                                        && !method.getName().startsWith("prepare")
                                ? recording(statement)
                                : result;
                    });
        }

        private static Statement recording(Statement statement) {
            return (Statement) Proxy.newProxyInstance(
                    CountedStatements.class.getClassLoader(),
                    new Class<?>[] {Statement.class},
                    (proxy, method, args) -> {
                        if (EXECUTING.contains(method.getName())
                                && args != null
                                && args.length > 0
                                && args[0] instanceof String sql) {
                            record(sql);
                        }
                        return invoke(method, statement, args);
                    });
        }

        private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
