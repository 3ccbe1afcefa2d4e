package nl.afsluitwijzer.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import nl.afsluitwijzer.support.Api;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Spellings of a refused URL — encoded dots, a trailing slash, a path parameter, upper case, double
 * slashes — are refused too (or not found); none of them reaches what the canonical URL refuses. The error
 * pages of a refusal show nothing of the record, and "not yours" looks exactly like "does not exist".
 */
@IntegrationTest
class PathVariantTest {

    @Autowired
    AttackFixtures fixtures;

    @Autowired
    MockMvc mvc;

    @LocalServerPort
    int port;

    private static AttackFixtures.Case colleagues;

    static List<String> variants(String path) {
        int split = path.indexOf('/', 1);
        String head = path.substring(0, split);
        String tail = path.substring(split);
        return List.of(
                path,
                path + "/",
                path + ";jsessionid=ABC123",
                path.toUpperCase(),
                head + "/%2e" + tail,
                head + "/%2E" + tail,
                head + "/x/%2e%2e" + tail,
                head + "/x/%2E%2E" + tail,
                head + "/." + tail,
                head + "/" + tail,
                head + "%2F" + tail.substring(1),
                head + ";x=1" + tail,
                path + "%20",
                path + "%00",
                "/%2e" + path);
    }

    @Test
    void aTherapistIsRefusedManagerPagesAndAColleaguesTreatmentInEverySpelling() {
        colleagues = colleagues == null ? fixtures.of("behandelaar2") : colleagues;
        WebSession therapist = new WebSession(port);
        therapist.signIn("behandelaar", "demo");
        for (String path : List.of(
                "/beheer/gebruikers",
                "/inzicht/behandelingen",
                "/beheer/audit/export",
                "/behandelingen/" + colleagues.id())) {
            for (String variant : variants(path)) {
                WebSession.Page page = therapist.get(variant);
                assertThat(page.status()).as(variant).matches(s -> s < 200 || s >= 300, "not 2xx");
                assertThat(page.body()).as(variant).doesNotContain(colleagues.reference());
                if (page.location() != null) {
                    assertThat(therapist
                                    .get(java.net.URI.create(page.location()).getRawPath())
                                    .status())
                            .as(variant + " → " + page.location())
                            .matches(s -> s < 200 || s >= 300, "not 2xx");
                }
            }
        }
    }

    @Test
    void anonymousVisitorsGetNoPageInAnySpelling() {
        WebSession anonymous = new WebSession(port);
        for (String variant : variants("/behandelingen/nieuw")) {
            WebSession.Page page = anonymous.get(variant);
            assertThat(page.status()).as(variant).matches(s -> s < 200 || s >= 300, "not 2xx");
        }
    }

    @Test
    void theApiRefusesATherapistTheAuditAndAColleaguesTreatmentInEverySpelling() {
        colleagues = colleagues == null ? fixtures.of("behandelaar2") : colleagues;
        WebSession api = new WebSession(port);
        String bearer = Api.bearer(mvc, "behandelaar");
        for (String path : List.of("/api/v1/audit", "/api/v1/insights", "/api/v1/treatments/" + colleagues.id())) {
            for (String variant : variants(path)) {
                WebSession.Page page = api.get(variant, "Authorization", bearer);
                assertThat(page.status()).as(variant).matches(s -> s < 200 || s >= 300, "not 2xx");
                assertThat(page.body()).as(variant).doesNotContain(colleagues.reference());
            }
        }
    }

    @Test
    void notYoursLooksExactlyLikeDoesNotExist() {
        colleagues = colleagues == null ? fixtures.of("behandelaar2") : colleagues;
        WebSession therapist = new WebSession(port);
        therapist.signIn("behandelaar", "demo");
        WebSession.Page theirs = therapist.get("/behandelingen/" + colleagues.id());
        WebSession.Page none = therapist.get("/behandelingen/" + Requests.NO_SUCH_ID);
        assertThat(theirs.status()).isEqualTo(none.status()).isEqualTo(404);
        assertThat(withoutTokens(theirs.body()).replace(colleagues.id().toString(), "ID"))
                .isEqualTo(withoutTokens(none.body()).replace(Requests.NO_SUCH_ID, "ID"));
        String api = Api.bearer(mvc, "behandelaar");
        WebSession.Page theirsApi = therapist.get("/api/v1/treatments/" + colleagues.id(), "Authorization", api);
        WebSession.Page noneApi = therapist.get("/api/v1/treatments/" + Requests.NO_SUCH_ID, "Authorization", api);
        assertThat(theirsApi.status()).isEqualTo(noneApi.status()).isEqualTo(404);
        assertThat(theirsApi.body().replace(colleagues.id().toString(), "ID"))
                .isEqualTo(noneApi.body().replace(Requests.NO_SUCH_ID, "ID"));
    }

    private static String withoutTokens(String html) {
        return html.replaceAll("content=\"[A-Za-z0-9_-]{20,}\"", "").replaceAll("value=\"[A-Za-z0-9_-]{20,}\"", "");
    }
}
