package nl.afsluitwijzer.benchmark.practice;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Concurrent clients for a fixed time on one API path with a bearer token: each client sends its next request as
 * soon as the previous one is answered (a closed loop, like wrk). An answer with another status than expected, or
 * no answer, is an error.
 */
final class LoadRun {

    /** Requests answered, their latencies (ms, sorted), errors and the time the run took. */
    record Result(
            String name,
            int clients,
            long requests,
            long errors,
            double seconds,
            double[] latencies,
            String firstError) {

        double perSecond() {
            return requests / seconds;
        }

        /** Several runs of one target as one: their requests, errors, time and latencies together. */
        static Result together(List<Result> runs) {
            Result first = runs.get(0);
            double[] latencies = runs.stream()
                    .flatMapToDouble(run -> Arrays.stream(run.latencies()))
                    .sorted()
                    .toArray();
            return new Result(
                    first.name(),
                    first.clients(),
                    runs.stream().mapToLong(Result::requests).sum(),
                    runs.stream().mapToLong(Result::errors).sum(),
                    runs.stream().mapToDouble(Result::seconds).sum(),
                    latencies,
                    runs.stream()
                            .map(Result::firstError)
                            .filter(error -> !error.isEmpty())
                            .findFirst()
                            .orElse(""));
        }
    }

    /** What a load run sends: a GET of the URL, which must answer the expected status. */
    record Target(String name, String url, int expectedStatus) {}

    private LoadRun() {}

    static Result run(Target target, String token, int clients, Duration duration) throws Exception {
        String name = target.name();
        String url = target.url();
        int expectedStatus = target.expectedStatus();
        ExecutorService responses = Executors.newFixedThreadPool(4);
        HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .executor(responses)
                .build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60))
                .GET()
                .build();
        AtomicLong errors = new AtomicLong();
        StringBuffer firstError = new StringBuffer();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long started = System.nanoTime();
        long end = started + duration.toNanos();
        List<Future<List<Long>>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            futures.add(pool.submit(() -> {
                List<Long> latencies = new ArrayList<>();
                while (System.nanoTime() < end) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<byte[]> answer = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        if (answer.statusCode() != expectedStatus) {
                            error(errors, firstError, "status " + answer.statusCode());
                        }
                    } catch (java.io.IOException e) {
                        error(errors, firstError, e.toString());
                    }
                    latencies.add(System.nanoTime() - sent);
                }
                return latencies;
            }));
        }
        List<Long> all = new ArrayList<>();
        for (Future<List<Long>> future : futures) {
            all.addAll(future.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        pool.shutdown();
        responses.shutdown(); // else its threads keep the benchmark's JVM alive after the run
        double[] sorted =
                all.stream().mapToDouble(nanos -> nanos / 1e6).sorted().toArray();
        return new Result(name, clients, sorted.length, errors.get(), seconds, sorted, firstError.toString());
    }

    private static void error(AtomicLong errors, StringBuffer first, String what) {
        if (errors.getAndIncrement() == 0) {
            first.append(what);
        }
    }

    /** The value below which the given share of the sorted values lies (nearest rank). */
    static double percentile(double[] sorted, double percent) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static double[] sorted(List<Double> values) {
        double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(array);
        return array;
    }
}
