package nl.afsluitwijzer.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Real HTTP against the running test server: API tokens, a write (a new treatment) and reads. */
final class OutageClient {

    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");

    private final String base;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    OutageClient(int port) {
        this.base = "http://localhost:" + port;
    }

    String token(String username) throws IOException, InterruptedException {
        String basic = Base64.getEncoder().encodeToString((username + ":demo").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                .header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.noBody()));
        Matcher matcher = TOKEN.matcher(response.body());
        if (!matcher.find()) {
            throw new IllegalStateException("no token: " + response.statusCode() + " " + response.body());
        }
        return matcher.group(1);
    }

    /** Creates a treatment; the response is 201 with its id, or the error. */
    HttpResponse<String> createTreatment(String token) throws IOException, InterruptedException {
        String body = """
                {"clientReference":"OUT-%d","startDate":"2026-01-05","helpQuestion":"Somberheid",
                 "expectedSessions":8,"closingDiscussedAtStart":true,"primaryInstrument":"PHQ9",
                 "goals":[{"description":"Weer werken","criterion":"Drie dagen per week"}]}""".formatted(System.nanoTime());
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/treatments"))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The path of a created record, from its Location header. */
    static String locationOf(HttpResponse<String> created) {
        return URI.create(created.headers()
                        .firstValue("Location")
                        .orElseThrow(() -> new IllegalStateException(
                                "not created: " + created.statusCode() + " " + created.body())))
                .getPath();
    }

    HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create(base + path)).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return send(request);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
