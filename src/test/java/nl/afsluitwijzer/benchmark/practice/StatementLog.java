package nl.afsluitwijzer.benchmark.practice;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * Counts the SQL statements the application sends to PostgreSQL, on the application's side: started with the
 * PostgreSQL driver's protocol trace on ({@link #APPLICATION_ARGUMENTS}: the driver logs through java.util.logging,
 * which Spring Boot routes to its log), every statement the server executed is answered by one
 * {@code <=BE CommandStatus(…)} line in the application's console output. The statements of a request are those
 * lines between the output's size before and after it. Nothing changes on the server (no superuser, no server log,
 * no extension); the trace slows the application down, so statements are counted in a run of their own.
 * BEGIN, COMMIT, ROLLBACK, SET and SHOW are counted apart from the statements that read or write. Only the lines of
 * Tomcat's request threads ({@code …-exec-N} in the log's thread column) count: the connection pool filling itself
 * ({@code connection-adder}) and scheduled jobs send statements of their own in the same window.
 */
final class StatementLog {

    /** The driver's protocol trace to the console only (no log file: the trace is large). */
    static final List<String> APPLICATION_ARGUMENTS =
            List.of("--logging.level.org.postgresql.core.v3.QueryExecutorImpl=TRACE", "--logging.file.name=");

    private static final String STATUS = "<=BE CommandStatus(";
    private static final String REQUEST_THREAD = "-exec-";
    private static final Set<String> CONTROL = Set.of("BEGIN", "COMMIT", "ROLLBACK", "SET", "SHOW");

    /** The statements of one request: those that read or write, and transaction control. */
    record Count(long statements, long transactionControl) {}

    private final Path output;

    StatementLog(Path output) {
        this.output = output;
    }

    /** Where the output ends now. */
    long mark() throws IOException {
        return Files.size(output);
    }

    /** The statements answered since the mark. */
    Count since(long mark) throws IOException, InterruptedException {
        Thread.sleep(300); // the last lines of the request may still be on their way to the file
        long statements = 0;
        long control = 0;
        try (FileChannel channel = FileChannel.open(output)) {
            channel.position(mark);
            BufferedReader lines = new BufferedReader(Channels.newReader(channel, StandardCharsets.UTF_8), 1 << 16);
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                int at = line.indexOf(STATUS);
                if (at < 0 || !line.contains(REQUEST_THREAD)) {
                    continue;
                }
                String command = line.substring(at + STATUS.length()).split("[ )]", 2)[0];
                if (CONTROL.contains(command)) {
                    control++;
                } else {
                    statements++;
                }
            }
        }
        return new Count(statements, control);
    }
}
