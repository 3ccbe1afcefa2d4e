package nl.afsluitwijzer.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.closing.LetterKind;
import nl.afsluitwijzer.closing.Letters;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.Api;
import nl.afsluitwijzer.support.Browser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Stored XSS: script and event-handler payloads typed into every free-text field we can reach never run in a
 * real browser (a dialog would fail the test), never become elements, and show as the text that was typed —
 * also in the generated PDF letters; formula payloads in CSV exports are neutralised.
 */
@IntegrationTest
class StoredXssTest {

    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMAGE = "<img src=x onerror=alert(1)>";
    static final String PAYLOAD = SCRIPT + IMAGE;

    @Autowired
    MockMvc mvc;

    @Autowired
    Requests requests;

    @Autowired
    AttackFixtures fixtures;

    @Autowired
    TestTreatments treatments;

    @Autowired
    Letters letters;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @LocalServerPort
    int port;

    @Test
    void payloadsInEveryFreeTextFieldNeverRunAndShowAsText() throws Exception {
        AttackFixtures.Case treatment = fixtures.of("behandelaar");
        jdbc.sql("UPDATE client SET display_name = ?, gp_name = ?, gp_practice = ? WHERE id = "
                        + "(SELECT client_id FROM treatment WHERE id = ?)")
                .params(PAYLOAD, PAYLOAD, PAYLOAD, treatment.id())
                .update();
        fillTreatmentForms(treatment);
        String apiTreatment = createdByApi();
        Long discussion = caseDiscussionWithPayloads();

        List<String> dialogs = new ArrayList<>();
        String base = "http://localhost:" + port;
        try (BrowserContext context = Browser.context(1280, 900)) {
            Page page = context.newPage();
            page.onDialog(dialog -> {
                dialogs.add(page.url() + ": " + dialog.message());
                dialog.dismiss();
            });
            Browser.signIn(page, base, "behandelaar");
            String id = "/behandelingen/" + treatment.id();
            for (String path : List.of(
                    id,
                    id + "/afronden",
                    id + "/afronden/afsluiten",
                    id + "/afspraken",
                    id + "/evaluaties/nieuw",
                    id + "/inzage",
                    "/caseload",
                    apiTreatment,
                    "/intervisie/casuistiek/" + discussion,
                    "/intervisie/casuistiek/" + discussion + "/bewerken",
                    "/intervisie",
                    "/intervisie/kennisbank")) {
                inert(page, base + path);
            }
            page.navigate(base + id);
            assertThat(page.locator("body").textContent())
                    .as("shown as typed")
                    .contains(SCRIPT)
                    .contains(IMAGE);
            page.navigate(base + "/intervisie/casuistiek/" + discussion);
            assertThat(page.locator("body").textContent()).contains(SCRIPT);
        }
        assertThat(dialogs).as("dialogs opened by payloads").isEmpty();

        treatments.as("behandelaar", () -> {
            Long letter = letters.generate(CurrentUser.require(), treatment.id(), LetterKind.CLIENT)
                    .id();
            String text = pdfText(letters.download(CurrentUser.require(), treatment.id(), letter)
                    .content());
            assertThat(text).contains(SCRIPT);
        });
    }

    @Test
    void formulaPayloadsInTheAuditExportAreNeutralised() throws Exception {
        String formula = "=HYPERLINK(\"http://evil.example\")" + System.nanoTime();
        var created = mvc.perform(request(HttpMethod.POST, "/api/v1/treatments")
                        .header("Authorization", Api.bearer(mvc, "behandelaar"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(ValidInput.json("POST /api/v1/treatments")
                                .replaceFirst("\"API-\\d+\"", "\"" + formula.replace("\"", "\\\"") + "\"")))
                .andReturn()
                .getResponse();
        assertThat(created.getStatus()).isIn(201, 400);
        String csv = mvc.perform(get("/beheer/audit/export").with(user(users.loadUserByUsername("manager"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        if (created.getStatus() == 201) {
            assertThat(csv).contains("\"'=HYPERLINK(");
        }
        for (String line : csv.split("\r\n")) {
            for (String cell : line.split("\",\"")) {
                String value = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertThat(value)
                        .as(line)
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("@");
            }
        }
    }

    private void inert(Page page, String url) {
        page.navigate(url);
        page.waitForLoadState();
        assertThat(page.locator("img[onerror]").count()).as(url).isZero();
        assertThat(page.locator("script:not([src])").count()).as(url).isZero();
    }

    /** Every text field of the treatment forms, except the ones that end the treatment. */
    private void fillTreatmentForms(AttackFixtures.Case treatment) throws Exception {
        for (String endpoint : requests.handlerEndpoints()) {
            if (!endpoint.startsWith("POST /behandelingen/{id}/")
                    || endpoint.endsWith("/fase")
                    || endpoint.endsWith("/afsluiten")) {
                continue;
            }
            Map<String, String> form = new HashMap<>(ValidInput.form(endpoint, null));
            if (!form.containsValue(ValidInput.TEXT)) {
                continue;
            }
            form.replaceAll((name, value) -> ValidInput.TEXT.equals(value) ? PAYLOAD : value);
            String url = requests.url(endpoint.substring(5), treatment);
            int status = mvc.perform(requests.as(request(HttpMethod.POST, url), "POST", url, "behandelaar", form))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status)
                    .as(endpoint + " accepted (a 200 is the form again, with errors)")
                    .isEqualTo(302);
        }
    }

    /** A treatment whose client reference, help question and goal came in through the API. */
    private String createdByApi() throws Exception {
        String body = ValidInput.json("POST /api/v1/treatments")
                .replaceFirst("\"API-\\d+\"", "\"" + SCRIPT + System.nanoTime() + "\"")
                .replace(ValidInput.TEXT, IMAGE);
        var response = mvc.perform(request(HttpMethod.POST, "/api/v1/treatments")
                        .header("Authorization", Api.bearer(mvc, "behandelaar"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(201);
        String json = response.getContentAsString();
        String id = json.replaceFirst("(?s).*?\"id\":(\\d+).*", "$1");
        return "/behandelingen/" + id;
    }

    private Long caseDiscussionWithPayloads() throws Exception {
        String created = mvc.perform(requests.as(
                        request(HttpMethod.POST, "/intervisie/casuistiek"),
                        "POST",
                        "/intervisie/casuistiek",
                        "behandelaar",
                        Map.of(
                                "title",
                                PAYLOAD,
                                "helpQuestion",
                                PAYLOAD,
                                "duration",
                                PAYLOAD,
                                "triedTowardsClosing",
                                PAYLOAD,
                                "closingObstacles",
                                PAYLOAD)))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String path = "/intervisie/casuistiek/" + created.substring(created.lastIndexOf('/') + 1);
        for (String part : List.of("/factoren", "/acties")) {
            mvc.perform(requests.as(
                    request(HttpMethod.POST, path + part),
                    "POST",
                    path + part,
                    "behandelaar",
                    Map.of("level", "PATIENT", "content", PAYLOAD)));
        }
        mvc.perform(requests.as(
                request(HttpMethod.POST, path + "/inzichten"),
                "POST",
                path + "/inzichten",
                "behandelaar",
                Map.of("participant", PAYLOAD, "content", PAYLOAD)));
        mvc.perform(requests.as(
                request(HttpMethod.POST, "/intervisie/kennisbank/lessen"),
                "POST",
                "/intervisie/kennisbank/lessen",
                "behandelaar",
                Map.of("theme", "EHEALTH", "content", PAYLOAD)));
        return Long.valueOf(created.substring(created.lastIndexOf('/') + 1));
    }

    private static String pdfText(byte[] pdf) {
        try (var document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
