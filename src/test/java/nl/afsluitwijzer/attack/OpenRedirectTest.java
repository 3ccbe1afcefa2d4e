package nl.afsluitwijzer.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Map;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.WebSession;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/** After signing in (and out) the browser goes to a page of this application, whatever the request asked. */
@IntegrationTest
class OpenRedirectTest {

    @LocalServerPort
    int port;

    @ParameterizedTest
    @ValueSource(
            strings = {
                "//evil.example",
                "https://evil.example",
                "/%5Cevil.example",
                "%2F%2Fevil.example",
                "/\\evil.example",
                "https:evil.example",
                "http://localhost.evil.example/"
            })
    void aTargetOnAnotherHostIsNeverFollowed(String target) {
        String encoded = java.net.URLEncoder.encode(target, java.nio.charset.StandardCharsets.UTF_8);
        WebSession session = new WebSession(port);
        // as a saved request, a continue parameter, a redirect parameter and a path
        session.get("/caseload?continue=" + encoded + "&redirect=" + encoded + "&url=" + encoded);
        tryGet(session, "/" + target.replace("\\", "%5C").replaceFirst("^/", ""));
        WebSession.Page signedIn = session.submit(
                "/login",
                "/login?continue=" + encoded + "&redirect=" + encoded,
                Map.of(
                        "username",
                        "behandelaar",
                        "password",
                        "demo",
                        "redirect",
                        target,
                        "continue",
                        target,
                        "targetUrl",
                        target));
        assertThat(signedIn.status()).isEqualTo(302);
        assertSameHost(signedIn.location());
        WebSession.Page followed = session.get(URI.create(signedIn.location()).getRawPath());
        if (followed.location() != null) {
            assertSameHost(followed.location());
        }
        WebSession.Page out = session.submit("/profiel", "/logout?continue=" + encoded, Map.of("redirect", target));
        assertSameHost(out.location());
    }

    private void tryGet(WebSession session, String path) {
        try {
            session.get(path);
        } catch (IllegalArgumentException notAUrl) {
            // the HTTP client refuses it before it leaves: nothing to save either
        }
    }

    private void assertSameHost(String location) {
        assertThat(location).isNotNull();
        URI resolved = URI.create("http://localhost:" + port + "/").resolve(location.replace("\\", "%5C"));
        assertThat(resolved.getHost()).as(location).isEqualTo("localhost");
    }
}
