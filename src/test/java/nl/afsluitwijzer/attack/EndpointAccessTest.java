package nl.afsluitwijzer.attack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.afsluitwijzer.support.IntegrationTest;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Every endpoint × role → status, in one table. Web rows are requested as anonymous, "behandelaar",
 * "manager" and "beheer" (POSTs with a CSRF token); /api rows with a personal bearer token of each. Path
 * variables are filled with real records (see {@link Requests}); a row may add form parameters. When you add
 * an endpoint, add its row: {@link #everyEndpointHasARow()} fails and shows the statuses it sees now — check
 * them against the design before you copy them.
 */
@IntegrationTest
class EndpointAccessTest {

    /** Not signed in on a web page: redirect to the login page. */
    private static final int LOGIN = 302;
    /** Not signed in on the API. */
    private static final int NO_TOKEN = 401;

    /** Handler mappings that are no endpoint of their own. */
    private static final Set<String> NOT_ENDPOINTS = Set.of("GET /error", "GET /error/problem");

    /** method and path pattern, then the status for: anonymous, therapist, manager, administrator. */
    static Stream<EndpointRow> endpoints() {
        return Stream.of(
                // pages of everyone
                row("GET /", LOGIN, 302, 302, 302),
                row("GET /login", 200, 302, 302, 302),
                row("GET /login/code", LOGIN, 302, 302, 302),
                row("GET /bronnen", LOGIN, 200, 200, 200),
                row("GET /profiel", LOGIN, 200, 200, 200),
                row("GET /profiel/wachtwoord", LOGIN, 200, 200, 200),
                row("POST /profiel/wachtwoord", LOGIN, 200, 200, 200),
                row("POST /profiel/tokens", LOGIN, 200, 200, 200),
                row("POST /profiel/tokens/{id}/intrekken", LOGIN, 302, 302, 302),
                row("GET /profiel/tweestaps", LOGIN, 200, 200, 200),
                row("POST /profiel/tweestaps", LOGIN, 302, 302, 302),
                row("POST /profiel/tweestaps/herstelcodes", LOGIN, 200, 200, 200),
                row("POST /profiel/tweestaps/uitzetten", LOGIN, 200, 200, 200),
                // caseload and treatments: clinicians only
                row("GET /caseload", LOGIN, 200, 200, 403),
                row("GET /behandelingen/nieuw", LOGIN, 200, 200, 403),
                row("POST /behandelingen", LOGIN, 200, 200, 403),
                row("GET /behandelingen/{id}", LOGIN, 200, 200, 403),
                row("GET /behandelingen/{id}/inzage", LOGIN, 200, 200, 403),
                row("GET /behandelingen/{id}/afspraken", LOGIN, 200, 200, 403),
                row("POST /behandelingen/{id}/afspraken", LOGIN, 200, 200, 403),
                row("POST /behandelingen/{id}/sessies", LOGIN, 302, 302, 403),
                row("GET /behandelingen/sessies-importeren", LOGIN, 200, 200, 403),
                row("POST /behandelingen/sessies-importeren", LOGIN, 200, 200, 403),
                row("POST /behandelingen/sessies-importeren/bevestigen", LOGIN, 302, 302, 403)
                        .with("csv", ""),
                row("POST /behandelingen/{id}/doelen", LOGIN, 302, 302, 403),
                row("POST /behandelingen/{id}/doelen/{goalId}/status", LOGIN, 302, 302, 403),
                row("POST /behandelingen/{id}/besprekingen", LOGIN, 302, 302, 403),
                row("POST /behandelingen/{id}/fase", LOGIN, 302, 302, 403),
                row("POST /behandelingen/{id}/delen", LOGIN, 302, 302, 403),
                row("POST /behandelingen/{id}/signalen/{code}/afhandelen", LOGIN, 302, 302, 403),
                row("POST /behandelingen/{id}/risicotaxatie", LOGIN, 302, 302, 403),
                row("GET /behandelingen/{id}/metingen/nieuw", LOGIN, 200, 200, 403),
                row("POST /behandelingen/{id}/metingen", LOGIN, 200, 200, 403),
                row("POST /behandelingen/{id}/metingen/band", LOGIN, 400, 400, 403),
                row("GET /behandelingen/{id}/evaluaties/nieuw", LOGIN, 200, 200, 403),
                row("POST /behandelingen/{id}/evaluaties", LOGIN, 200, 200, 403),
                row("POST /behandelingen/{id}/afronden/start", LOGIN, 302, 302, 403),
                row("GET /behandelingen/{id}/afronden", LOGIN, 200, 200, 403),
                row("POST /behandelingen/{id}/afronden", LOGIN, 302, 302, 403),
                row("GET /behandelingen/{id}/afronden/afsluiten", LOGIN, 200, 200, 403),
                row("GET /behandelingen/{id}/afronden/afsluiten/checklist", LOGIN, 200, 200, 403),
                row("POST /behandelingen/{id}/afronden/afsluiten", LOGIN, 200, 200, 403),
                row("POST /behandelingen/{id}/afronden/afsluiten/overdracht", LOGIN, 302, 302, 403),
                row("POST /behandelingen/{id}/afronden/brieven", LOGIN, 400, 400, 403),
                row("GET /behandelingen/{id}/afronden/brieven/{letterId}", LOGIN, 200, 200, 403),
                row("POST /behandelingen/{id}/links", LOGIN, 302, 302, 403),
                row("POST /behandelingen/{id}/links/afronding", LOGIN, 302, 302, 403),
                row("POST /behandelingen/{id}/links/volgende-afspraak", LOGIN, 302, 302, 403),
                row("POST /behandelingen/{id}/links/{linkId}/intrekken", LOGIN, 302, 302, 403),
                // waiting list and screening: clinicians only
                row("GET /wachtlijst", LOGIN, 200, 200, 403),
                // the record filled in is a started treatment: no place on the waiting list, a conflict
                row("GET /behandelingen/{id}/wachtlijstbrief.pdf", LOGIN, 409, 409, 403),
                row("GET /behandelingen/{id}/aanmelding", LOGIN, 200, 200, 403),
                row("POST /behandelingen/{id}/aanmelding", LOGIN, 200, 200, 403),
                row("POST /behandelingen/{id}/aanmelding/screening", LOGIN, 200, 200, 403),
                // a client's data (inzage) for the treating therapist and the manager; decisions: manager only
                row("GET /clienten/{clientId}/privacy", LOGIN, 200, 200, 403),
                row("GET /clienten/{clientId}/privacy/gegevens.json", LOGIN, 200, 200, 403),
                row("GET /clienten/{clientId}/privacy/gegevens.pdf", LOGIN, 200, 200, 403),
                row("POST /clienten/{clientId}/privacy/verzoeken", LOGIN, 403, 200, 403),
                row("POST /clienten/{clientId}/privacy/verzoeken/{requestId}/vernietigen", LOGIN, 403, 302, 403),
                row("POST /clienten/{clientId}/privacy/verzoeken/{requestId}/weigeren", LOGIN, 403, 302, 403),
                // intervision: clinicians only
                row("GET /intervisie/casuistiek/{id}/samenvatting.pdf", LOGIN, 200, 200, 403),
                row("GET /intervisie/dilemmas/{id}/samenvatting.pdf", LOGIN, 200, 200, 403),
                row("GET /intervisie", LOGIN, 200, 200, 403),
                row("GET /intervisie/kennisbank", LOGIN, 200, 200, 403),
                row("POST /intervisie/kennisbank/lessen", LOGIN, 200, 200, 403),
                row("GET /intervisie/casuistiek/nieuw", LOGIN, 200, 200, 403),
                row("POST /intervisie/casuistiek", LOGIN, 200, 200, 403),
                row("GET /intervisie/casuistiek/{id}", LOGIN, 200, 200, 403),
                row("POST /intervisie/casuistiek/{id}", LOGIN, 200, 200, 403),
                row("GET /intervisie/casuistiek/{id}/bewerken", LOGIN, 200, 200, 403),
                row("GET /intervisie/casuistiek/{id}/timer", LOGIN, 200, 200, 403),
                row("POST /intervisie/casuistiek/{id}/stap", LOGIN, 400, 400, 403),
                row("POST /intervisie/casuistiek/{id}/reflectie", LOGIN, 302, 302, 403),
                row("POST /intervisie/casuistiek/{id}/factoren", LOGIN, 302, 302, 403),
                row("POST /intervisie/casuistiek/{id}/acties", LOGIN, 302, 302, 403),
                row("POST /intervisie/casuistiek/{id}/regels/{entryId}/verwijderen", LOGIN, 302, 302, 403),
                row("POST /intervisie/casuistiek/{id}/inzichten", LOGIN, 302, 302, 403),
                row("POST /intervisie/casuistiek/{id}/afronden", LOGIN, 409, 409, 403),
                row("GET /intervisie/casuistiek/{id}/samenvatting", LOGIN, 200, 200, 403),
                row("POST /intervisie/dilemmas", LOGIN, 302, 302, 403),
                row("GET /intervisie/dilemmas/{id}", LOGIN, 200, 200, 403),
                row("GET /intervisie/dilemmas/{id}/live", LOGIN, 200, 200, 403),
                row("GET /intervisie/dilemmas/{id}/qr.svg", LOGIN, 200, 200, 403),
                row("POST /intervisie/dilemmas/{id}/stap", LOGIN, 400, 400, 403),
                row("POST /intervisie/dilemmas/{id}/kaarten/{cardId}/kiezen", LOGIN, 400, 400, 403),
                row("POST /intervisie/dilemmas/{id}/kaarten/{cardId}/verbergen", LOGIN, 400, 400, 403),
                row("POST /intervisie/dilemmas/{id}/afsluiten", LOGIN, 302, 302, 403),
                row("GET /intervisie/dilemmas/{id}/samenvatting", LOGIN, 200, 200, 403),
                // workshop participants and clients: no account, by code or link
                row("GET /w", 200, 200, 200, 200),
                row("GET /w/{code}", 200, 200, 200, 200),
                row("GET /w/{code}/stap", 400, 400, 400, 400),
                row("POST /w/{code}/stem", 400, 400, 400, 400),
                row("POST /w/{code}/kaarten", 200, 200, 200, 200),
                row("POST /w/{code}/stippen", 400, 400, 400, 400),
                row("POST /w/{code}/stippen/weg", 400, 400, 400, 400),
                row("POST /w/{code}/voornemen", 200, 200, 200, 200),
                row("GET /c/{token}", 200, 200, 200, 200),
                row("GET /c/{token}/{number}", 200, 200, 200, 200),
                row("POST /c/{token}/{number}", 200, 200, 200, 200),
                row("GET /c/{token}/versturen", 302, 302, 302, 302),
                row("POST /c/{token}/versturen", 410, 410, 410, 410),
                row("POST /c/{token}/afronden", 302, 410, 410, 410),
                // the token filled in is a questionnaire link: not one for this question
                row("POST /c/{token}/volgende-afspraak", 410, 410, 410, 410),
                row("GET /c/{token}/bedankt", 410, 410, 410, 410),
                // manager pages
                row("GET /inzicht/norm1", LOGIN, 403, 200, 403),
                row("POST /inzicht/norm1", LOGIN, 403, 200, 403),
                // the id filled in is no report: the manager passes the role check and finds nothing
                row("GET /inzicht/norm1/{id}", LOGIN, 403, 404, 403),
                row("GET /privacy", LOGIN, 403, 200, 403),
                row("GET /privacy/benchmark.csv", LOGIN, 403, 200, 403),
                row("GET /inzicht", LOGIN, 403, 200, 403),
                row("GET /inzicht/indicatoren", LOGIN, 403, 200, 403),
                row("GET /inzicht/indicatoren.csv", LOGIN, 403, 200, 403),
                row("GET /inzicht/behandelingen", LOGIN, 403, 200, 403),
                row("GET /inzicht/simulatie", LOGIN, 403, 200, 403),
                row("GET /inzicht/kalibratie", LOGIN, 403, 200, 403),
                row("GET /inzicht/koppelingen", LOGIN, 403, 200, 403),
                row("GET /beheer/beleid", LOGIN, 403, 200, 403),
                row("POST /beheer/beleid", LOGIN, 403, 200, 403),
                row("POST /beheer/beleid/tweestaps", LOGIN, 403, 400, 403),
                row("GET /beheer/verwacht-verloop", LOGIN, 403, 200, 403),
                row("POST /beheer/verwacht-verloop/herberekenen", LOGIN, 403, 302, 403),
                row("GET /beheer/brieven", LOGIN, 403, 200, 403),
                // version -1 never matches a stored letterhead: the manager gets the page again with the conflict and
                // the text
                row("POST /beheer/brieven/briefhoofd", LOGIN, 403, 200, 403).with("version", "-1"),
                row("GET /beheer/brieven/{kind}", LOGIN, 403, 200, 403),
                row("POST /beheer/brieven/{kind}", LOGIN, 403, 200, 403).with("body", "x".repeat(20_001)),
                row("POST /beheer/brieven/{kind}/voorbeeld", LOGIN, 403, 200, 403)
                        .with("body", "<p>Hallo</p>"),
                row("POST /beheer/brieven/{kind}/standaard", LOGIN, 403, 302, 403),
                // manager and administrator pages
                row("GET /beheer/gebruikers", LOGIN, 403, 200, 200),
                row("POST /beheer/gebruikers", LOGIN, 403, 200, 200),
                row("POST /beheer/gebruikers/{id}/actief", LOGIN, 403, 302, 302).with("enabled", "true"),
                row("POST /beheer/gebruikers/{id}/tweestaps-herstellen", LOGIN, 403, 302, 302),
                row("GET /beheer/audit", LOGIN, 403, 200, 200),
                row("GET /beheer/audit/controle", LOGIN, 403, 200, 200),
                row("GET /beheer/audit/export", LOGIN, 403, 200, 200),
                // backups: the administrator only (the test database is in memory: nothing is made, 302 back)
                row("GET /beheer/back-ups", LOGIN, 403, 403, 200),
                row("POST /beheer/back-ups", LOGIN, 403, 403, 302),
                // the API, with a bearer token per role
                row("GET /api/v1/openapi.json", 200, 200, 200, 200),
                row("POST /api/v1/tokens", NO_TOKEN, NO_TOKEN, NO_TOKEN, NO_TOKEN),
                row("POST /api/v1/treatments", NO_TOKEN, 400, 400, 403),
                row("GET /api/v1/treatments/{id}", NO_TOKEN, 200, 200, 403),
                row("POST /api/v1/treatments/{id}/phase", NO_TOKEN, 400, 400, 403),
                row("POST /api/v1/treatments/{id}/goals", NO_TOKEN, 400, 400, 403),
                row("PUT /api/v1/treatments/{id}/goals/{goalId}/status", NO_TOKEN, 400, 400, 403),
                row("POST /api/v1/treatments/{id}/sessions", NO_TOKEN, 400, 400, 403),
                row("POST /api/v1/treatments/{id}/measurements", NO_TOKEN, 400, 400, 403),
                row("POST /api/v1/treatments/{id}/evaluations", NO_TOKEN, 400, 400, 403),
                row("GET /api/v1/treatments/{id}/evaluations", NO_TOKEN, 200, 200, 403),
                row("GET /api/v1/treatments/{id}/evaluations/{evaluationId}", NO_TOKEN, 404, 404, 403),
                row("POST /api/v1/treatments/{id}/discussions", NO_TOKEN, 400, 400, 403),
                row("GET /api/v1/treatments/{id}/signals", NO_TOKEN, 200, 200, 403),
                row("GET /api/v1/caseload", NO_TOKEN, 200, 200, 403),
                row("GET /api/v1/insights", NO_TOKEN, 403, 400, 403),
                row("GET /api/v1/insights/treatments", NO_TOKEN, 403, 400, 403),
                row("GET /api/v1/insights/incomplete-closings", NO_TOKEN, 403, 400, 403),
                row("GET /api/v1/audit", NO_TOKEN, 403, 200, 200),
                // FHIR R4 (docs/fhir.md): clinicians only; "{}" is no Bundle (400 OperationOutcome)
                row("GET /api/v1/treatments/{id}/fhir", NO_TOKEN, 200, 200, 403),
                row("GET /api/v1/fhir/Questionnaire/{code}", NO_TOKEN, 404, 404, 403),
                row("POST /api/v1/fhir", NO_TOKEN, 400, 400, 403),
                row("GET /api/v1/openapi.json.yaml", NO_TOKEN, 200, 200, 200));
    }

    @Autowired
    Requests requests;

    @ParameterizedTest(name = "{0}")
    @MethodSource("endpoints")
    void eachRoleGetsExactlyWhatTheTableSays(EndpointRow row) throws Exception {
        List<Integer> seen = requests.statuses(row);
        assertThat(seen)
                .as("%s — seen: anonymous, therapist, manager, admin = %s", row, seen)
                .containsExactly(row.anonymous(), row.therapist(), row.manager(), row.admin());
    }

    @Test
    void everyEndpointHasARow() throws Exception {
        Set<String> covered = endpoints().map(EndpointRow::endpoint).collect(Collectors.toSet());
        Map<String, String> missing = new TreeMap<>();
        for (String endpoint : requests.handlerEndpoints()) {
            if (!covered.contains(endpoint) && !NOT_ENDPOINTS.contains(endpoint)) {
                missing.put(endpoint, requests.suggestedRow(endpoint, Map.of()));
            }
        }
        assertThat(missing)
                .as("endpoints without a row in EndpointAccessTest (statuses seen now, check " + "them before copying)")
                .isEmpty();
    }

    @Test
    void everyRowIsStillAnEndpoint() {
        Set<String> endpoints = requests.handlerEndpoints();
        assertThat(endpoints()
                        .map(EndpointRow::endpoint)
                        .filter(e -> !endpoints.contains(e))
                        .toList())
                .as("rows without an endpoint")
                .isEmpty();
    }

    @Autowired
    AttackFixtures fixtures;

    /** Fields of the intervision forms, so a request reaches the access check. */
    private static final Map<String, String> INTERVISION_FIELDS = Map.ofEntries(
            Map.entry("level", "PATIENT"),
            Map.entry("content", ValidInput.TEXT),
            Map.entry("step", "1"),
            Map.entry("title", ValidInput.TEXT),
            Map.entry("helpQuestion", ValidInput.TEXT),
            Map.entry("duration", ValidInput.TEXT),
            Map.entry("triedTowardsClosing", ValidInput.TEXT),
            Map.entry("closingObstacles", ValidInput.TEXT),
            Map.entry("chosen", "true"),
            Map.entry("hidden", "true"));
    /** The privacy decisions answer every refusal with a redirect and a message (the request id is no record). */
    private static final Set<String> REDIRECT_ON_REFUSAL = Set.of(
            "POST /clienten/{clientId}/privacy/verzoeken/{requestId}/weigeren",
            "POST /clienten/{clientId}/privacy/verzoeken/{requestId}/vernietigen");

    /** Path variables that name a record of ours (the others are fixed values, a kind, or no record). */
    private static final Pattern OUR_RECORD = Pattern.compile("\\{(id|clientId|goalId|letterId|linkId)}");

    /**
     * The therapist, manager and administrator of a second practice on every endpoint, with the path
     * variables filled with this practice's records: an endpoint about one of our records refuses (403/404,
     * or 400 before it looks), and no answer contains our client references, our users or our practice.
     */
    @Test
    void theUsersOfAnotherPracticeGetNothingOfOursOnAnyEndpoint() throws Exception {
        AttackFixtures.OtherPractice other = fixtures.otherPractice();
        Requests.Records ours = requests.records();
        List<String> markers =
                List.of(ours.treatment().reference(), ours.portal().reference(), "behandelaar2", "Praktijk De Wissel");
        Map<String, Map<String, String>> params =
                endpoints().collect(Collectors.toMap(EndpointRow::endpoint, EndpointRow::params));
        SoftAssertions softly = new SoftAssertions();
        for (String endpoint : requests.handlerEndpoints()) {
            String pattern = endpoint.substring(endpoint.indexOf(' ') + 1);
            if (NOT_ENDPOINTS.contains(endpoint) || pattern.startsWith("/w") || pattern.startsWith("/c/")) {
                continue;
            }
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            boolean ourRecord = OUR_RECORD.matcher(pattern).find() && !pattern.startsWith("/profiel/tokens/");
            for (String user : other.users()) {
                // valid input, so that a request reaches the access check instead of stopping at validation
                Map<String, String> form = new java.util.HashMap<>(
                        ValidInput.form(endpoint, other.userIds().get(user)));
                if (pattern.startsWith("/intervisie/")) {
                    form.putAll(INTERVISION_FIELDS);
                }
                form.putAll(params.getOrDefault(endpoint, Map.of()));
                MockHttpServletResponse response =
                        requests.response(method, requests.url(pattern), user, form, ValidInput.json(endpoint));
                String as = endpoint + " as " + user;
                softly.assertThat(response.getStatus()).as(as).isLessThan(500);
                if (ourRecord && !REDIRECT_ON_REFUSAL.contains(endpoint)) {
                    softly.assertThat(response.getStatus()).as(as).isIn(400, 403, 404);
                }
                String body = response.getContentAsString();
                markers.forEach(marker -> softly.assertThat(body).as(as).doesNotContain(marker));
            }
        }
        softly.assertAll();
    }

    private static EndpointRow row(String endpoint, int anonymous, int therapist, int manager, int admin) {
        return new EndpointRow(endpoint, anonymous, therapist, manager, admin, Map.of());
    }

    static List<String> pageUrls() {
        return endpoints()
                .map(EndpointRow::endpoint)
                .filter(e -> e.startsWith("GET /") && !e.contains("{") && !e.startsWith("GET /api/"))
                .map(e -> e.substring(4))
                .toList();
    }
}
