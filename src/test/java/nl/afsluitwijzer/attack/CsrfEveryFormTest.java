package nl.afsluitwijzer.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.WebSession;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Every state-changing web request without a CSRF token is refused: the list comes from the handler mappings
 * (plus the sign-in filters), so a new form is covered the day it is added. The API has no CSRF token; it
 * ignores the session cookie instead, so a forged cross-site request to it carries no identity.
 */
@IntegrationTest
@ExtendWith(SoftAssertionsExtension.class)
class CsrfEveryFormTest {

    /** The POSTs that filters handle, not controllers. */
    private static final List<String> FILTER_ENDPOINTS = List.of("POST /login", "POST /login/code", "POST /logout");

    @InjectSoftAssertions
    SoftAssertions softly;

    @Autowired
    MockMvc mvc;

    @Autowired
    Requests requests;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    @Test
    void everyWebRequestThatChangesSomethingNeedsTheToken() throws Exception {
        List<String> forms = Stream.concat(requests.handlerEndpoints().stream(), FILTER_ENDPOINTS.stream())
                .filter(e -> !e.startsWith("GET ") && !e.contains(" /api/"))
                .toList();
        assertThat(forms).hasSizeGreaterThan(50);
        for (String endpoint : forms) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String url = requests.url(endpoint.substring(endpoint.indexOf(' ') + 1));
            for (String username : List.of("manager", "behandelaar")) {
                var response = mvc.perform(request(HttpMethod.valueOf(method), url)
                                .params(new org.springframework.util.LinkedMultiValueMap<>(
                                        Map.of("_csrf", List.of("geraden"))))
                                .with(user(users.loadUserByUsername(username))))
                        .andReturn()
                        .getResponse();
                softly.assertThat(response.getStatus())
                        .as("%s as %s", endpoint, username)
                        .isEqualTo(403);
            }
        }
    }

    @Test
    void theApiIgnoresASignedInSessionCookie() throws Exception {
        WebSession session = new WebSession(port);
        session.signIn("behandelaar", "demo");
        String cookie = WebSession.SESSION_COOKIE + "=" + session.sessionId().orElseThrow();
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/treatments"))
                                .header("Cookie", cookie)
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(ValidInput.json("POST /api/v1/treatments")))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(session.get("/caseload").status())
                .as("the session itself is signed in")
                .isEqualTo(200);
    }
}
