package nl.afsluitwijzer.benchmark.practice;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import nl.afsluitwijzer.PracticeDay;
import org.jspecify.annotations.Nullable;

/**
 * Measures the read paths of the packaged application on a generated practice over real HTTP (see
 * scripts/http-benchmark.sh): per path the median and p99 of the timed requests, the response size, the SQL
 * statements per request (PostgreSQL, {@link StatementLog}), and its floor (the same rows with one plain query over
 * JDBC, timed the same way); then concurrent clients on the therapist caseload and on a trivial endpoint. Prints
 * figures, asserts nothing.
 */
public final class HttpBenchmark {

    private static final int LOAD_WARM_UP_SECONDS = 5;
    private static final int LOAD_ROUNDS = 3;

    /** Pairs timed for each target that compares two paths ({@link PairedRatio}). */
    private static final int PAIRS = 200;

    private HttpBenchmark() {}

    /**
     * At most so many warm-up requests per path: the JIT compiles a request's code over its first few thousand runs (the
     * therapist caseload API at 100,000 stored, one request at a time: a median of 14–16 ms over requests 1–500,
     * 10–12 ms over 501–1,000, 5–6 ms after about 3,000), and the timed requests are to meet the code of a server that
     * has been running.
     */
    static final int WARM_UP_MAX = 5_000;

    /**
     * The command line: --data-dir DIR [--jar JAR] [--port P] [--requests N] [--warm-up-seconds S] [--path-seconds S]
     * [--clients C] [--load-seconds S] [--no-statement-count] [--paths therapist,trivial] [--heap 512m]. Each path warms
     * up for --warm-up-seconds (default 60, at most {@link #WARM_UP_MAX} requests). A path whose timed requests take
     * longer than --path-seconds together (default 300) stops early, after at least 3, and says how many it timed; --paths
     * keeps the paths whose name contains one of the words; --heap is the application's -Xmx (default 512m, the
     * memory the application must do with at 100,000 stored treatments).
     */
    private record Options(
            Path dataDir,
            Path jar,
            int port,
            int requests,
            int warmUp,
            int warmUpSeconds,
            int pathSeconds,
            int clients,
            int loadSeconds,
            boolean countStatements,
            List<String> paths,
            String heap) {

        /** When a warm-up that starts now may end: after --warm-up-seconds (it also needs {@link #warmUp} rounds). */
        long warmUpUntil() {
            return System.nanoTime() + warmUpSeconds * 1_000_000_000L;
        }

        /**
         * Whether a warm-up of so many rounds goes on: at least {@link #warmUp}, then until the time, at most
         * {@value #WARM_UP_MAX}.
         */
        boolean warmsUp(int warmed, long until) {
            return warmed < warmUp || (System.nanoTime() < until && warmed < WARM_UP_MAX);
        }

        static Options parse(String... args) {
            Map<String, String> values = new LinkedHashMap<>();
            boolean count = true;
            for (int i = 0; i < args.length; i++) {
                if (args[i].equals("--no-statement-count")) {
                    count = false;
                } else if (i + 1 < args.length && args[i].startsWith("--")) {
                    values.put(args[i].substring(2), args[++i]);
                } else {
                    throw new IllegalArgumentException("usage: --data-dir DIR [--jar JAR] [--port P] [--requests N] "
                            + "[--warm-up-seconds S] [--path-seconds S] [--clients C] [--load-seconds S] [--no-statement-count] "
                            + "[--paths WORD,WORD] [--heap 512m]");
                }
            }
            return new Options(
                    Path.of(values.getOrDefault("data-dir", "target/practice-data"))
                            .toAbsolutePath(),
                    Path.of(values.getOrDefault("jar", "target/afsluitwijzer.jar")),
                    Integer.parseInt(values.getOrDefault("port", "18181")),
                    Integer.parseInt(values.getOrDefault("requests", "20")),
                    2,
                    Integer.parseInt(values.getOrDefault("warm-up-seconds", "60")),
                    Integer.parseInt(values.getOrDefault("path-seconds", "300")),
                    Integer.parseInt(values.getOrDefault("clients", "64")),
                    Integer.parseInt(values.getOrDefault("load-seconds", "30")),
                    count,
                    List.of(values.getOrDefault("paths", "")
                            .toLowerCase(java.util.Locale.ROOT)
                            .split(",")),
                    values.getOrDefault("heap", "512m"));
        }
    }

    /** What was measured of one path. */
    private static final class Row {
        final ReadPath path;
        int status;
        int timed;
        int warmed;
        long bytes;
        double median;
        double p99;
        String statements = "n/a";
        double floorMedian;
        double floorP99;
        long floorRows;

        Row(ReadPath path) {
            this.path = path;
        }

        /** The floor's median and p99 from its timed queries (milliseconds). */
        void floorTimes(List<Double> times) {
            double[] sorted = LoadRun.sorted(times);
            floorMedian = LoadRun.percentile(sorted, 50);
            floorP99 = LoadRun.percentile(sorted, 99);
        }
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        BenchmarkCredentials credentials = BenchmarkCredentials.read(options.dataDir());
        TargetDatabase target = credentials.url().startsWith("jdbc:h2:")
                ? TargetDatabase.h2(options.dataDir())
                : TargetDatabase.postgres(
                        credentials.url(),
                        credentials.databaseUser(),
                        credentials.databasePassword(),
                        options.dataDir());
        LocalDate today = PracticeDay.today();
        List<Row> rows = ReadPath.all(credentials, today, target.isPostgres()).stream()
                .filter(path -> options.paths().stream()
                        .anyMatch(word ->
                                path.name().toLowerCase(java.util.Locale.ROOT).contains(word)))
                .map(Row::new)
                .toList();
        System.out.printf(
                "database: %s; %d timed requests per path after at least %d warm-up requests and %d s%n",
                target.describe(), options.requests(), options.warmUp(), options.warmUpSeconds());
        if (target.isPostgres() && !autovacuum(target)) {
            System.out.println("warning: autovacuum is off on this PostgreSQL server: dead rows are not cleaned up, and"
                    + " the index-only scans the caseload counts rely on read the table after a change until a VACUUM;"
                    + " figures can drift over a run and differ from a server with autovacuum on");
        }
        if (!target.isPostgres()) {
            floors(target, rows, options);
        }
        String counting = "SQL statements: not counted (--no-statement-count)";
        if (options.countStatements()) {
            counting = target.isPostgres()
                    ? countStatements(target, credentials, rows, options)
                    : "SQL statements: not counted on H2 (PostgreSQL only: its statement log)";
        }
        List<LoadRun.Result> load = new ArrayList<>();
        List<PairedRatio.Result> ratios = new ArrayList<>();
        String chain;
        try (PackagedApplication application = PackagedApplication.start(
                options.jar(),
                target,
                options.port(),
                options.dataDir().resolve("benchmark-app.log"),
                options.heap(),
                List.of())) {
            Map<ReadPath.Who, BenchmarkUser> users = signIn(application, credentials);
            settle(users.get(ReadPath.Who.MANAGER), target);
            try (Connection floorConnection = target.isPostgres() ? target.connect() : null) {
                for (Row row : rows) {
                    time(row, users.get(row.path.who()), floorConnection, options);
                }
            }
            for (PairedRatio paired : PairedRatio.TARGETS) {
                Optional<ReadPath[]> both =
                        paired.among(rows.stream().map(row -> row.path).toList());
                if (both.isPresent()) {
                    ratios.add(paired.measure(both.get(), users, PAIRS));
                }
            }
            if (options.loadSeconds() > 0) {
                load.addAll(
                        loadRuns(application, users.get(ReadPath.Who.THERAPIST).token(), options));
            }
            chain = chainIntact(users.get(ReadPath.Who.MANAGER)
                            .page("/beheer/audit/controle")
                            .body())
                    ? "intact"
                    : "NOT intact (see Beheer > Auditlog > Controleer de keten)";
        }
        print(rows, ratios, load, counting, chain);
    }

    /**
     * The load runs of the caseload and of the trivial endpoint, each --load-seconds in all: first both under load
     * for {@value #LOAD_WARM_UP_SECONDS} s unmeasured (the code that runs only under concurrency gets compiled), then
     * in {@value #LOAD_ROUNDS} alternating rounds, so that a shared machine's load, which comes and goes, falls on
     * both alike. Each result is its rounds together.
     */
    private static List<LoadRun.Result> loadRuns(PackagedApplication application, String token, Options options)
            throws Exception {
        List<LoadRun.Target> targets = List.of(
                new LoadRun.Target("therapist caseload API", application.base() + "/api/v1/caseload", 200),
                new LoadRun.Target("trivial endpoint (404)", application.base() + "/api/v1/nope", 404));
        for (LoadRun.Target target : targets) {
            LoadRun.run(target, token, options.clients(), Duration.ofSeconds(LOAD_WARM_UP_SECONDS));
        }
        Duration round = Duration.ofMillis(options.loadSeconds() * 1000L / LOAD_ROUNDS);
        List<List<LoadRun.Result>> rounds = new ArrayList<>();
        targets.forEach(target -> rounds.add(new ArrayList<>()));
        for (int r = 0; r < LOAD_ROUNDS; r++) {
            for (int t = 0; t < targets.size(); t++) {
                rounds.get(t).add(LoadRun.run(targets.get(t), token, options.clients(), round));
            }
        }
        return rounds.stream().map(LoadRun.Result::together).toList();
    }

    /**
     * The practice as a server that has been running a while has it: the manager's caseload computes the signal state
     * of every open treatment of the practice (the first read of the day does that), and the database then marks the
     * new rows visible to all and gathers their statistics, as autovacuum does within a minute of so many new rows
     * (PostgreSQL: VACUUM ANALYZE; without it the caseload's counts read the table instead of its covering index).
     */
    private static void settle(BenchmarkUser manager, TargetDatabase target) throws Exception {
        manager.page("/caseload");
        if (!target.isPostgres()) {
            return;
        }
        try (Connection connection = target.connect();
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE treatment_signal_state");
        }
    }

    private static boolean autovacuum(TargetDatabase target) throws java.sql.SQLException {
        try (Connection connection = target.connect();
                java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet setting = statement.executeQuery("SHOW autovacuum")) {
            return setting.next() && setting.getString(1).equals("on");
        }
    }

    /** Whether the manager's "Controleer de keten" page reports the chain intact (its status section's class). */
    private static boolean chainIntact(String page) {
        int id = page.indexOf("id=\"verification\"");
        if (id < 0) {
            return false;
        }
        String tag = page.substring(page.lastIndexOf("<section", id), page.indexOf('>', id));
        return tag.matches("(?s).*class=\"[^\"]*\\bsuccess\\b.*");
    }

    private static Map<ReadPath.Who, BenchmarkUser> signIn(
            PackagedApplication application, BenchmarkCredentials credentials) throws Exception {
        Map<ReadPath.Who, BenchmarkUser> users = new LinkedHashMap<>();
        users.put(ReadPath.Who.THERAPIST, new BenchmarkUser(application.base(), credentials.therapist()));
        users.put(ReadPath.Who.MANAGER, new BenchmarkUser(application.base(), credentials.manager()));
        for (BenchmarkUser user : users.values()) {
            user.signIn();
        }
        return users;
    }

    /**
     * Warm-up, then the timed requests, on PostgreSQL each right after its floor query, so that request and floor meet
     * the machine in the same state (a shared machine's load comes and goes; on H2, whose file one process opens at a
     * time, the floors were measured before the application started); the status must be the expected one every time. The
     * warm-up is at least {@code warmUp} requests and goes on for --warm-up-seconds (at most {@value #WARM_UP_MAX}
     * requests), so that the timed requests meet compiled code as they do in a server that has been running, not the interpreter of a
     * fresh start. A slow path stops after --path-seconds of timed requests (at least 3 timed), and one whose warm-up
     * request alone took a minute gets no second warm-up.
     */
    private static void time(Row row, BenchmarkUser user, @Nullable Connection floorConnection, Options options)
            throws Exception {
        List<Double> times = new ArrayList<>();
        List<Double> floorTimes = new ArrayList<>();
        long warmUntil = options.warmUpUntil();
        int warmed = 0;
        BenchmarkUser.Answer last = null;
        while (options.warmsUp(warmed, warmUntil)) {
            if (floorConnection != null) {
                floorQuery(floorConnection, row);
            }
            long sent = System.nanoTime();
            last = send(row, user);
            warmed++;
            if (System.nanoTime() - sent > 60_000_000_000L) {
                break;
            }
        }
        double spent = 0;
        for (int i = 0; i < options.requests(); i++) {
            if (floorConnection != null) {
                floorTimes.add(timedFloorQuery(floorConnection, row));
            }
            long sent = System.nanoTime();
            last = send(row, user);
            double millis = (System.nanoTime() - sent) / 1e6;
            times.add(millis);
            spent += millis;
            if (spent > options.pathSeconds() * 1000.0 && times.size() >= 3) {
                break;
            }
        }
        row.warmed = warmed;
        double[] sorted = LoadRun.sorted(times);
        row.timed = times.size();
        row.status = Objects.requireNonNull(last).status();
        row.bytes = row.path.result() == null
                ? last.bytes()
                : row.path.result().send(user).bytes();
        row.median = LoadRun.percentile(sorted, 50);
        row.p99 = LoadRun.percentile(sorted, 99);
        if (floorConnection != null) {
            row.floorTimes(floorTimes);
        }
        System.out.printf(
                "  %-30s median %8.1f ms  p99 %8.1f ms  floor %6.2f ms  (after %d warm-up requests)%n",
                row.path.name(), row.median, row.p99, row.floorMedian, row.warmed);
    }

    /** One request of the path, which must answer the expected status. */
    private static BenchmarkUser.Answer send(Row row, BenchmarkUser user) throws Exception {
        BenchmarkUser.Answer answer = row.path.request().send(user);
        if (answer.status() != row.path.expectedStatus()) {
            throw new IllegalStateException(
                    row.path.name() + ": status " + answer.status() + ", expected " + row.path.expectedStatus());
        }
        return answer;
    }

    /** H2: the floor of each path before the application starts, its one query warmed up and timed. */
    private static void floors(TargetDatabase target, List<Row> rows, Options options) throws Exception {
        try (Connection connection = target.connect()) {
            for (Row row : rows) {
                long warmUntil = options.warmUpUntil();
                int warmed = 0;
                while (options.warmsUp(warmed, warmUntil)) {
                    floorQuery(connection, row);
                    warmed++;
                }
                List<Double> times = new ArrayList<>();
                for (int i = 0; i < options.requests(); i++) {
                    times.add(timedFloorQuery(connection, row));
                }
                row.floorTimes(times);
            }
        }
    }

    /** The path's floor query once, timed: its milliseconds; the rows it gave are kept as the row's floorRows. */
    private static double timedFloorQuery(Connection connection, Row row) throws Exception {
        long started = System.nanoTime();
        row.floorRows = floorQuery(connection, row);
        return (System.nanoTime() - started) / 1e6;
    }

    /** The path's floor query once, every column of every row read; how many rows it gave. */
    private static long floorQuery(Connection connection, Row row) throws Exception {
        long count = 0;
        try (PreparedStatement query = connection.prepareStatement(row.path.floorSql())) {
            List<Object> params = row.path.floorParams();
            for (int p = 0; p < params.size(); p++) {
                query.setObject(
                        p + 1, params.get(p) instanceof LocalDate date ? java.sql.Date.valueOf(date) : params.get(p));
            }
            try (ResultSet result = query.executeQuery()) {
                int columns = result.getMetaData().getColumnCount();
                while (result.next()) {
                    for (int c = 1; c <= columns; c++) {
                        result.getObject(c);
                    }
                    count++;
                }
            }
        }
        return count;
    }

    /**
     * A run of its own with statement logging on (so the timed run is not slowed by it): per path one warm-up, then
     * one request whose statements are counted. The warm-up takes what a request does once and not again (a token's
     * use, recorded at most once a minute; the expected courses, kept for a minute),
     * so the count is what every further request costs.
     */
    private static String countStatements(
            TargetDatabase target, BenchmarkCredentials credentials, List<Row> rows, Options options) throws Exception {
        Path output = options.dataDir().resolve("benchmark-app-statements.log");
        StatementLog log = new StatementLog(output);
        try (PackagedApplication application = PackagedApplication.start(
                options.jar(), target, options.port(), output, options.heap(), StatementLog.APPLICATION_ARGUMENTS)) {
            Map<ReadPath.Who, BenchmarkUser> users = signIn(application, credentials);
            settle(users.get(ReadPath.Who.MANAGER), target);
            for (Row row : rows) {
                row.path.request().send(user(users, row));
                long mark = log.mark();
                row.path.request().send(user(users, row));
                StatementLog.Count count = log.since(mark);
                row.statements = count.statements() + " (+" + count.transactionControl() + ")";
                System.out.printf("  %-30s %s statements%n", row.path.name(), row.statements);
            }
        } finally {
            Files.deleteIfExists(output);
        }
        return "SQL/request: statements the application sent (the PostgreSQL driver's protocol trace, in a run of "
                + "its own, the request after one warm-up); (+n) = BEGIN/COMMIT/SET/SHOW";
    }

    private static BenchmarkUser user(Map<ReadPath.Who, BenchmarkUser> users, Row row) {
        return users.get(row.path.who());
    }

    private static void print(
            List<Row> rows, List<PairedRatio.Result> ratios, List<LoadRun.Result> load, String counting, String chain) {
        System.out.println();
        System.out.printf(
                "%-30s %6s %3s %10s %10s %10s %14s | %12s %10s %9s %8s%n",
                "read path",
                "status",
                "n",
                "size",
                "median ms",
                "p99 ms",
                "SQL/request",
                "floor median",
                "floor p99",
                "floor rows",
                "÷ floor");
        for (Row row : rows) {
            System.out.printf(
                    "%-30s %6d %3d %10s %10.1f %10.1f %14s | %12.2f %10.2f %9d %7.1f×%n",
                    row.path.name(),
                    row.status,
                    row.timed,
                    size(row.bytes),
                    row.median,
                    row.p99,
                    row.statements,
                    row.floorMedian,
                    row.floorP99,
                    row.floorRows,
                    row.median / row.floorMedian);
        }
        System.out.println(counting);
        System.out.println(
                "floor: the same rows with one plain query over JDBC, warmed up alike and timed (PostgreSQL) "
                        + "right before each request, the application idle meanwhile (H2: before it started): for the "
                        + "caseloads and waiting lists every row their signals read (the treatments of the page with their "
                        + "client, and all their phase changes, E, goals, sessions, measurements, evaluations and goal "
                        + "scores, each aggregated to JSON); for a period the treatments in it with the counts the figures "
                        + "need; ÷ floor = median / floor median");
        ratios.forEach(ratio -> System.out.println(ratio.line()));
        if (load.size() == 2) {
            System.out.printf(
                    "load: caseload throughput is %.1f%% of the trivial endpoint's%n",
                    100 * load.get(0).perSecond() / load.get(1).perSecond());
        }
        for (LoadRun.Result result : load) {
            System.out.printf(
                    "load %-25s %d clients %.0f s: %,d requests, %.1f/s, p50 %.1f ms, p99 %.1f ms, " + "errors %d%s%n",
                    result.name(),
                    result.clients(),
                    result.seconds(),
                    result.requests(),
                    result.perSecond(),
                    LoadRun.percentile(result.latencies(), 50),
                    LoadRun.percentile(result.latencies(), 99),
                    result.errors(),
                    result.errors() > 0 ? " (first: " + result.firstError() + ")" : "");
        }
        System.out.println("audit chain after the run: " + chain);
    }

    private static String size(long bytes) {
        return bytes < 10_000 ? bytes + " B" : String.format("%.0f kB", bytes / 1000.0);
    }
}
