package nl.afsluitwijzer.benchmark.practice;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import nl.afsluitwijzer.practice.internal.Base32;
import nl.afsluitwijzer.practice.internal.Totp;

/**
 * One user of the generated practice over real HTTP: the API with the personal token (Authorization: Bearer), the
 * pages with a session signed in as a person does (password, then the TOTP code, CSRF tokens from the forms).
 * Redirects are not followed, so a request is one request.
 */
final class BenchmarkUser {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** An answer: status, size of the body in bytes, and the body as text. */
    record Answer(int status, int bytes, String body) {}

    private final String base;
    private final BenchmarkCredentials.User user;
    private final HttpClient http;
    private final HttpClient apiHttp;
    private final Map<String, String> csrfTokens = new java.util.concurrent.ConcurrentHashMap<>();

    BenchmarkUser(String base, BenchmarkCredentials.User user) {
        this.base = base;
        this.user = user;
        this.http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        this.apiHttp = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
    }

    /** Signs in with password and TOTP code; a code of a step already used waits for the next step. */
    void signIn() throws IOException, InterruptedException {
        Answer password = post(
                "/login", Map.of("username", user.username(), "password", user.password(), "_csrf", csrf("/login")));
        if (password.status() != 302) {
            throw new IllegalStateException("sign-in of " + user.username() + " refused: " + password.status());
        }
        // the current step's code, else (used at enrolment or the last sign-in) the next step's, which the
        // application accepts too; else the code of the step after that, once it has come
        for (int ahead = 0; ahead < 3; ahead++) {
            long step = Totp.step(Instant.now()) + Math.min(ahead, 1);
            String code = Totp.code(Base32.decode(user.totpSecret()), step);
            post("/login/code", Map.of("code", code, "_csrf", csrf("/login/code")));
            if (page("/profiel").status() == 200) {
                return;
            }
            if (ahead == 1) {
                Thread.sleep(Duration.ofSeconds(Totp.STEP_SECONDS).toMillis());
            }
        }
        throw new IllegalStateException("the second factor of " + user.username() + " was refused");
    }

    /** A CSRF token of this session, fetched from the form page once (the token holds for the session). */
    String csrfOf(String formPage) throws IOException, InterruptedException {
        String token = csrfTokens.get(formPage);
        if (token == null) {
            token = csrf(formPage);
            csrfTokens.put(formPage, token);
        }
        return token;
    }

    /** A CSRF token of this session, from the form on the page. */
    String csrf(String formPage) throws IOException, InterruptedException {
        Matcher matcher = CSRF.matcher(page(formPage).body());
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on " + formPage);
        }
        return matcher.group(1);
    }

    /** With the token only, as an API client calls: no session cookie of the pages (which would be read and kept). */
    Answer api(String path) throws IOException, InterruptedException {
        return send(
                apiHttp,
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Authorization", "Bearer " + user.token())
                        .header("Accept", "application/json")
                        .GET());
    }

    Answer page(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    Answer post(String path, Map<String, String> fields) throws IOException, InterruptedException {
        Map<String, String> ordered = new LinkedHashMap<>(fields);
        String body = ordered.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return send(http, request);
    }

    private static Answer send(HttpClient client, HttpRequest.Builder request)
            throws IOException, InterruptedException {
        HttpResponse<byte[]> response =
                client.send(request.timeout(Duration.ofMinutes(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
        return new Answer(
                response.statusCode(), response.body().length, new String(response.body(), StandardCharsets.UTF_8));
    }

    String token() {
        return user.token();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
