package nl.afsluitwijzer.durability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.afsluitwijzer.PracticeDay;

/**
 * Parallel API writers: each starts treatments (POST /api/v1/treatments, one client, goal and audit entry
 * each) as fast as the server answers, and keeps every acknowledged write and every answer time.
 */
public final class TreatmentWriters {

    /** A write the server acknowledged with 201: the new treatment and the client reference sent. */
    public record Ack(long id, String reference) {}

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*(\\d+)");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI treatments;
    private final String bearer;
    private final Queue<Ack> acks = new ConcurrentLinkedQueue<>();
    private final Queue<String> errors = new ConcurrentLinkedQueue<>();
    private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    private final AtomicBoolean stop = new AtomicBoolean();
    private final AtomicInteger broken = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private final AtomicInteger ackCount = new AtomicInteger();
    private volatile int triggerAt = -1;
    private volatile Runnable trigger = () -> {};

    private TreatmentWriters(URI base, String token) {
        this.treatments = base.resolve("/api/v1/treatments");
        this.bearer = "Bearer " + token;
    }

    /** Writers as the demo therapist, with a personal API token issued for this run. */
    public static TreatmentWriters asDemoTherapist(int port) throws IOException, InterruptedException {
        URI base = URI.create("http://127.0.0.1:" + port);
        String basic = Base64.getEncoder().encodeToString("behandelaar:demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(base.resolve("/api/v1/tokens"))
                                .header("Authorization", "Basic " + basic)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        Matcher token = Pattern.compile("\"token\"\\s*:\\s*\"([^\"]+)\"").matcher(answer.body());
        if (answer.statusCode() != 201 && answer.statusCode() != 200 || !token.find()) {
            throw new IllegalStateException("no API token: " + answer.statusCode() + " " + answer.body());
        }
        return new TreatmentWriters(base, token.group(1));
    }

    /** Runs the action in the writer that receives the given acknowledgement, the moment it arrives. */
    public void onAcknowledgement(int number, Runnable action) {
        trigger = action;
        triggerAt = number;
    }

    public void start(int writers) {
        for (int w = 0; w < writers; w++) {
            String prefix = "DUR-" + w + "-" + System.nanoTime() + "-";
            Thread thread = new Thread(() -> write(prefix), "writer-" + w);
            threads.add(thread);
            thread.start();
        }
    }

    /** Lets the writers finish the request they are in and waits for them. */
    public void stop() throws InterruptedException {
        stop.set(true);
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private void write(String prefix) {
        for (int n = 0; !stop.get(); n++) {
            String reference = prefix + n;
            long started = System.nanoTime();
            try {
                HttpResponse<String> answer = http.send(request(reference), HttpResponse.BodyHandlers.ofString());
                latencies.add(System.nanoTime() - started);
                Matcher id = ID.matcher(answer.body());
                if (answer.statusCode() == 201 && id.find()) {
                    acks.add(new Ack(Long.parseLong(id.group(1)), reference));
                    if (ackCount.incrementAndGet() == triggerAt) {
                        trigger.run();
                    }
                } else {
                    errors.add(answer.statusCode() + " " + answer.body());
                }
            } catch (IOException e) {
                // The server is gone (killed) or refuses: this writer stops; the request was not acknowledged.
                broken.incrementAndGet();
                return;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private HttpRequest request(String reference) {
        String json = """
                {"clientReference": "%s", "startDate": "%s", "helpQuestion": "Wants to sleep again",
                 "clientEstimateSessions": 8, "closingDiscussedAtStart": true, "primaryInstrument": "PHQ9",
                 "goals": [{"description": "Goes to bed before 23:00", "criterion": "Sleep diary"}]}""".formatted(reference, PracticeDay.today().minusDays(7));
        return HttpRequest.newBuilder(treatments)
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", bearer)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
    }

    public List<Ack> acks() {
        return List.copyOf(acks);
    }

    /** Answers other than 201 (status and body). */
    public List<String> errors() {
        return List.copyOf(errors);
    }

    /** Writers that stopped because the connection failed. */
    public int broken() {
        return broken.get();
    }

    /** Answer times in nanoseconds, sorted. */
    public long[] latencies() {
        synchronized (latencies) {
            return latencies.stream().mapToLong(Long::longValue).sorted().toArray();
        }
    }
}
