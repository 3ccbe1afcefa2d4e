package nl.afsluitwijzer.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: real HTTP against the running test server with a cookie jar, so sessions,
 * cookies and CSRF work exactly as for people. Redirects are not followed, so tests can check them.
 */
public final class WebSession {

    public static final String SESSION_COOKIE = "AFSLUITWIJZER_SESSION";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    /** A response: status, Location header (or null), body and headers. */
    public record Page(int status, String location, String body, HttpHeaders headers) {}

    private final String base;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    public WebSession(int port) {
        this.base = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    public Page get(String path) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    public Page get(String path, String header, String value) {
        return send(HttpRequest.newBuilder(URI.create(base + path))
                .header(header, value)
                .GET());
    }

    /** Fetches the page with the form for its CSRF token, then posts the fields to the action. */
    public Page submit(String formPage, String action, Map<String, String> fields) {
        Matcher matcher = CSRF.matcher(get(formPage).body());
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (matcher.find()) {
            all.put("_csrf", matcher.group(1));
        }
        return post(action, all);
    }

    /** The form page's fields with its CSRF token, for a post sent later (say, at the same moment as another). */
    public Map<String, String> formOf(String formPage, Map<String, String> fields) {
        Matcher matcher = CSRF.matcher(get(formPage).body());
        Map<String, String> all = new LinkedHashMap<>(fields);
        if (matcher.find()) {
            all.put("_csrf", matcher.group(1));
        }
        return all;
    }

    /** Posts the fields as they are (see {@link #formOf}). */
    public Page post(String action, Map<String, String> all) {
        String body = all.entrySet().stream()
                .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(base + action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    public Page signIn(String username, String password) {
        return submit("/login", "/login", Map.of("username", username, "password", password));
    }

    public Page code(String code) {
        return submit("/login/code", "/login/code", Map.of("code", code));
    }

    public Page logout() {
        return submit("/profiel", "/logout", Map.of());
    }

    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream()
                .filter(c -> c.getName().equals(SESSION_COOKIE))
                .map(HttpCookie::getValue)
                .findFirst();
    }

    /** Puts a session cookie in this jar, as someone who copied it from another browser would. */
    public void useSession(String value) {
        HttpCookie cookie = new HttpCookie(SESSION_COOKIE, value);
        cookie.setPath("/");
        cookie.setVersion(0);
        cookies.getCookieStore().add(URI.create(base), cookie);
    }

    private Page send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Page(
                    response.statusCode(),
                    response.headers().firstValue("Location").orElse(null),
                    response.body(),
                    response.headers());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
