package nl.afsluitwijzer.privacy.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Every privacy endpoint: who gets what (anonymous, therapist of the client, another therapist, manager, admin). */
@IntegrationTest
class PrivacyAccessTest {

    private static final int LOGIN = 302;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePrivacyPageAndTheDownloadsAreForTheTreatingTherapistAndTheManager() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        String base = "/clienten/" + treatment.getClientId() + "/privacy";
        for (String url : new String[] {base, base + "/gegevens.json", base + "/gegevens.pdf"}) {
            assertThat(status(get(url), null)).as(url + " anonymous").isEqualTo(LOGIN);
            assertThat(status(get(url), "behandelaar")).as(url + " therapist").isEqualTo(200);
            assertThat(status(get(url), "behandelaar2"))
                    .as(url + " other therapist")
                    .isEqualTo(404);
            assertThat(status(get(url), "manager")).as(url + " manager").isEqualTo(200);
            assertThat(status(get(url), "beheer")).as(url + " admin").isEqualTo(403);
        }
        MockHttpServletResponse json = perform(get(base + "/gegevens.json"), "manager");
        assertThat(json.getContentType()).startsWith("application/json");
        assertThat(json.getHeader("Content-Disposition")).contains("attachment");
        assertThat(json.getContentAsString(StandardCharsets.UTF_8)).contains(fixtures.referenceOf(treatment));
        assertThat(perform(get(base), "behandelaar").getContentAsString(StandardCharsets.UTF_8))
                .contains("Download als JSON")
                .doesNotContain("Verzoek om vernietiging");
        assertThat(perform(get(base), "manager").getContentAsString(StandardCharsets.UTF_8))
                .contains("Verzoek om vernietiging", "binnen drie maanden", "twintig jaar");
        assertThat(audited("VIEW", "CLIENT_PRIVACY", treatment)).isPositive();
    }

    @Test
    void onlyTheManagerRecordsAndDecidesRequests() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        String base = "/clienten/" + treatment.getClientId() + "/privacy/verzoeken";
        for (String who : new String[] {"behandelaar", "behandelaar2", "beheer"}) {
            assertThat(status(request(base), who)).as(who).isEqualTo(403);
        }
        assertThat(status(request(base), null)).as("anonymous").isEqualTo(LOGIN);
        assertThat(status(request(base), "manager")).isEqualTo(302);
        Long id = jdbc.sql("SELECT id FROM destruction_request WHERE client_id = ?")
                .param(treatment.getClientId())
                .query(Long.class)
                .single();
        for (String action : new String[] {"/weigeren", "/vernietigen"}) {
            var decide = post(base + "/" + id + action)
                    .param("version", "0")
                    .param("reason", "klacht")
                    .param("confirmation", "fout")
                    .with(csrf());
            for (String who : new String[] {"behandelaar", "behandelaar2", "beheer"}) {
                assertThat(status(decide, who)).as(who + action).isEqualTo(403);
            }
        }
        assertThat(status(
                        post("/clienten/999999/privacy/verzoeken/" + id + "/vernietigen")
                                .param("version", "0")
                                .param("confirmation", "x")
                                .with(csrf()),
                        "manager"))
                .isEqualTo(404);
        MockHttpServletResponse wrong = perform(
                post(base + "/" + id + "/vernietigen")
                        .param("version", "0")
                        .param("confirmation", "fout")
                        .with(csrf()),
                "manager");
        assertThat(wrong.getRedirectedUrl()).endsWith("/privacy#request-" + id);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM treatment WHERE id = ?")
                        .param(treatment.getId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
        assertThat(audited("CREATE", "DESTRUCTION_REQUEST", treatment)).isEqualTo(1);
    }

    @Test
    void aRequestWithoutADateShowsTheErrorAtTheField() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        MockHttpServletResponse page = perform(
                post("/clienten/" + treatment.getClientId() + "/privacy/verzoeken")
                        .param("receivedOn", "")
                        .param("requestedBy", "CLIENT")
                        .with(csrf()),
                "manager");
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString(StandardCharsets.UTF_8)).contains("field-error", "is verplicht");
    }

    @Test
    void theBenchmarkExportIsPseudonymisedAndLogged() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        MockHttpServletResponse csv = perform(get("/privacy/benchmark.csv"), "manager");
        String text = csv.getContentAsString(StandardCharsets.UTF_8);
        // No reference and no free text. The date shift is proven in PseudonymisationTest: here another client's
        // shifted date may well fall on this treatment's start date, so a date check would fail by chance.
        assertThat(text)
                .startsWith("\uFEFFclient;treatment;phase;")
                .doesNotContain(fixtures.referenceOf(treatment), "Weer sporten", "vraag");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'EXPORT' AND object_type = 'BENCHMARK'"
                                + " AND client_reference IS NULL")
                        .query(Integer.class)
                        .single())
                .isPositive();
    }

    private MockHttpServletRequestBuilder request(String url) {
        return post(url)
                .param("receivedOn", "2026-05-01")
                .param("requestedBy", "CLIENT")
                .param("note", "brief")
                .with(csrf());
    }

    private int audited(String action, String object, Treatment treatment) {
        return jdbc.sql(
                        "SELECT COUNT(*) FROM audit_entry WHERE action = ? AND object_type = ? AND client_reference = ?")
                .params(action, object, fixtures.referenceOf(treatment))
                .query(Integer.class)
                .single();
    }

    private int status(MockHttpServletRequestBuilder request, String username) throws Exception {
        return perform(request, username).getStatus();
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request, String username) throws Exception {
        if (username != null) {
            request.with(user(users.loadUserByUsername(username)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
