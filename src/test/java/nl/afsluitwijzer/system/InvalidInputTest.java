package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import nl.afsluitwijzer.support.Api;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.WebSession;
import nl.afsluitwijzer.support.WebSession.Page;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Input that used to give a 500 (U+0000, which PostgreSQL refuses) or that slipped through (invisible characters
 * in client references, dates in 1899 or 2999) gets a clear message: a form error or a 400 problem+json.
 */
@IntegrationTest
class InvalidInputTest {

    private static final String NUL = "\u0000";

    @LocalServerPort
    int port;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aNulInTheLoginNameIsAFailedSignInNotAnError() {
        Page page = new WebSession(port).signIn("behandelaar" + NUL, "demo");
        assertThat(page.status()).isEqualTo(302);
        assertThat(page.location()).endsWith("/login?error");
    }

    @Test
    void aNulInAJsonTextIsA400NamingTheField() throws Exception {
        HttpResponse<String> response =
                postJson("/api/v1/treatments", treatmentJson("NUL-" + System.nanoTime() + "\\u0000"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(response.body()).contains("clientReference").contains("ongeldig teken");
    }

    @Test
    void aNulInAFormFieldIsAFormErrorWithTheTextKept() {
        Page page = signedIn()
                .submit(
                        "/behandelingen/nieuw",
                        "/behandelingen",
                        referral("NUL-" + System.nanoTime(), "2026-11-02", "Somber" + NUL + " en moe"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("bevat een ongeldig teken").contains("Somber en moe");
    }

    @Test
    void aNulInAFilterParameterIsA400() {
        WebSession manager = new WebSession(port);
        manager.signIn("manager", "demo");
        assertThat(manager.get("/beheer/audit?user=a%00b").status()).isEqualTo(400);
        HttpResponse<String> api = getJson("/api/v1/audit?user=a%00b", "manager");
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("ongeldig teken");
    }

    @Test
    void referencesWithAZeroWidthSpaceOrADirectionOverrideAreRefused() throws Exception {
        Page page = signedIn()
                .submit(
                        "/behandelingen/nieuw",
                        "/behandelingen",
                        referral("ZW\u200B" + System.nanoTime(), "2026-11-02", "Hulpvraag"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("onzichtbaar teken");
        HttpResponse<String> api = postJson("/api/v1/treatments", treatmentJson("RTL\u202E" + System.nanoTime()));
        assertThat(api.statusCode()).isEqualTo(400);
        assertThat(api.body()).contains("onzichtbaar teken");
    }

    @Test
    void theDecomposedAndComposedSpellingOfAReferenceAreOneClient() {
        String tail = "-" + System.nanoTime();
        WebSession session = signedIn();
        Page first = session.submit(
                "/behandelingen/nieuw", "/behandelingen", referral("Jos\u00E9" + tail, "2026-11-02", "Eerste"));
        assertThat(first.status()).isEqualTo(302);
        Page second = session.submit(
                "/behandelingen/nieuw",
                "/behandelingen",
                referral("  Jose\u0301" + tail + " ", "2026-11-02", "Tweede"));
        assertThat(second.status()).isEqualTo(200);
        assertThat(second.body()).contains("Er is al een cliënt met referentie");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM client WHERE reference LIKE ?")
                        .param("%" + tail)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void datesIn1899OrIn2999AreRefusedWithAMessage() throws Exception {
        Page old = signedIn()
                .submit(
                        "/behandelingen/nieuw",
                        "/behandelingen",
                        referral("OUD-" + System.nanoTime(), "1899-12-31", "Hulpvraag"));
        assertThat(old.status()).isEqualTo(200);
        assertThat(old.body()).contains("moet tussen 1-1-1900 en vandaag liggen");
        HttpResponse<String> far = postJson(
                "/api/v1/treatments", treatmentJson("VER-" + System.nanoTime()).replace("2026-01-05", "2999-01-01"));
        assertThat(far.statusCode()).isEqualTo(400);
        assertThat(far.body()).contains("startDate").contains("1-1-1900");
    }

    private static String treatmentJson(String reference) {
        return """
                {"clientReference": "%s", "startDate": "2026-01-05", "helpQuestion": "Somber",
                 "closingDiscussedAtStart": true, "primaryInstrument": "PHQ9", "goals": []}""".formatted(reference);
    }

    private static Map<String, String> referral(String reference, String date, String helpQuestion) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("reference", reference);
        fields.put("displayName", "Noor");
        fields.put("registrationDate", date);
        fields.put("helpQuestion", helpQuestion);
        fields.put("referrerKind", "GP");
        return fields;
    }

    private WebSession signedIn() {
        WebSession session = new WebSession(port);
        session.signIn("behandelaar", "demo");
        return session;
    }

    private HttpResponse<String> postJson(String path, String json) throws Exception {
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                .header("Authorization", Api.bearer(mvc, "behandelaar"))
                                .header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> getJson(String path, String user) {
        try {
            return HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                                    .header("Authorization", Api.bearer(mvc, user))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
