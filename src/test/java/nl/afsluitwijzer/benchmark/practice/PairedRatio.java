package nl.afsluitwijzer.benchmark.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A target that compares two read paths ("the manager's caseload page at most 3× the therapist's caseload"), measured
 * in pairs: the two requests one right after the other, in turn which goes first, so that a shared machine's load,
 * which comes and goes over a run, falls on both alike. The ratio of the two medians is the figure; timing the two
 * paths minutes apart, as the table does, let the ratio of the same build swing from 2.3× to 4.4× between runs.
 */
record PairedRatio(String name, String over, double limit) {

    /** The targets of the issue that compare two paths. */
    static final List<PairedRatio> TARGETS =
            List.of(new PairedRatio("manager caseload page", "therapist caseload API", 3.0));

    /** What a paired run measured: the medians of each path over the same pairs. */
    record Result(PairedRatio target, int pairs, double median, double overMedian) {

        double ratio() {
            return median / overMedian;
        }

        String line() {
            return String.format(
                    "%s ÷ %s: %.1f× (medians %.1f and %.1f ms over %d pairs, each pair sent one right after the other;"
                            + " target ≤ %.0f×: %s)",
                    target.name,
                    target.over,
                    ratio(),
                    median,
                    overMedian,
                    pairs,
                    target.limit,
                    ratio() <= target.limit ? "met" : "MISSED");
        }
    }

    /** The two paths of this target among those of the run, when both are. */
    Optional<ReadPath[]> among(List<ReadPath> paths) {
        ReadPath first = find(paths, name);
        ReadPath second = find(paths, over);
        return first == null || second == null ? Optional.empty() : Optional.of(new ReadPath[] {first, second});
    }

    /** Times so many pairs of the two (warmed-up) paths, the first of each pair in turn. */
    Result measure(ReadPath[] both, Map<ReadPath.Who, BenchmarkUser> users, int pairs) throws Exception {
        List<Double> times = new ArrayList<>();
        List<Double> overTimes = new ArrayList<>();
        for (int i = 0; i < pairs; i++) {
            if (i % 2 == 0) {
                times.add(timed(both[0], users));
                overTimes.add(timed(both[1], users));
            } else {
                overTimes.add(timed(both[1], users));
                times.add(timed(both[0], users));
            }
        }
        return new Result(
                this,
                pairs,
                LoadRun.percentile(LoadRun.sorted(times), 50),
                LoadRun.percentile(LoadRun.sorted(overTimes), 50));
    }

    private static double timed(ReadPath path, Map<ReadPath.Who, BenchmarkUser> users) throws Exception {
        long sent = System.nanoTime();
        BenchmarkUser.Answer answer = path.request().send(users.get(path.who()));
        double millis = (System.nanoTime() - sent) / 1e6;
        if (answer.status() != path.expectedStatus()) {
            throw new IllegalStateException(
                    path.name() + ": status " + answer.status() + ", expected " + path.expectedStatus());
        }
        return millis;
    }

    private static @Nullable ReadPath find(List<ReadPath> paths, String name) {
        return paths.stream()
                .filter(path -> path.name().equals(name))
                .findFirst()
                .orElse(null);
    }
}
