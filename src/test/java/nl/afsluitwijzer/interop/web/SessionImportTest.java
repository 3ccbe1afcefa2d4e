package nl.afsluitwijzer.interop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentSession;
import nl.afsluitwijzer.treatment.TreatmentSessionRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.util.HtmlUtils;

/**
 * Sessions from an agenda export: the preview shows every line with what happens to it and adds nothing; confirming
 * adds the good lines through the same rules as the session form; a second upload of the same file adds nothing; only
 * the therapists who treat the client can add to the treatment.
 */
@IntegrationTest
class SessionImportTest {

    private static final String PAGE = "/behandelingen/sessies-importeren";
    private static final Pattern HIDDEN_CSV = Pattern.compile("name=\"csv\" value=\"([^\"]+)\"");

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    UserDetailsService users;

    @Autowired
    TreatmentSessionRepository sessions;

    @Autowired
    JdbcClient jdbc;

    @Test
    void thePreviewAddsNothingConfirmingAddsTheGoodLinesAndASecondUploadAddsNothing() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        String reference = fixtures.referenceOf(treatment);
        String csv = "Cliënt;Datum;Aanwezig;Soort\r\n" + reference + ";12-01-2026;ja;behandeling\r\n" + reference
                + ";2026-01-19;nee;\r\n" + reference + ";32-01-2026;ja;\r\n";

        String preview = upload("behandelaar", csv);
        assertThat(preview)
                .contains(
                        "Regel",
                        reference,
                        "12-01-2026",
                        "19-01-2026",
                        "Wordt toegevoegd",
                        "\"32-01-2026\" is geen datum. Schrijf dd-mm-jjjj",
                        "2 sessie(s) toevoegen");
        assertThat(sessionsOf(treatment)).isEmpty();
        assertThat(audited("VIEW", reference)).isPositive();

        MockHttpServletResponse confirmed = confirm("behandelaar", hiddenCsv(preview));
        assertThat(confirmed.getRedirectedUrl()).isEqualTo(PAGE);
        assertThat(sessionsOf(treatment))
                .extracting(s -> s.getSessionDate().toString() + " " + s.isAttended())
                .containsExactlyInAnyOrder("2026-01-12 true", "2026-01-19 false");
        assertThat(audited("UPDATE", reference)).isGreaterThanOrEqualTo(2);

        String again = upload("behandelaar", csv);
        assertThat(again)
                .contains("Deze sessie is al vastgelegd.", "Er is niets toe te voegen.")
                .doesNotContain("sessie(s) toevoegen");
        confirm("behandelaar", hiddenCsv(preview));
        assertThat(sessionsOf(treatment)).hasSize(2);
    }

    @Test
    void commasAndIsoDatesAndALineOfAnotherTherapistsOrAnUnknownClientIsAnErrorOnThatLine() throws Exception {
        Treatment mine = fixtures.startedBy("behandelaar");
        Treatment theirs = fixtures.startedBy("behandelaar2");
        String unknown = "ONBEKEND-" + System.nanoTime();
        String csv = fixtures.referenceOf(mine) + ",2026-01-12,yes\n" + fixtures.referenceOf(theirs)
                + ",2026-01-12,ja\n" + unknown + ",12-01-2026,ja\n";
        String preview = upload("behandelaar", csv);
        assertThat(preview)
                .contains(
                        "Geen open behandeling van u bij cliëntreferentie " + fixtures.referenceOf(theirs),
                        "Geen open behandeling van u bij cliëntreferentie " + unknown,
                        "1 sessie(s) toevoegen");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE client_reference = ? AND outcome <> 'SUCCESS'")
                        .param(fixtures.referenceOf(theirs))
                        .query(Integer.class)
                        .single())
                .isPositive();

        confirm("behandelaar", hiddenCsv(preview));
        assertThat(sessionsOf(mine)).hasSize(1);
        assertThat(sessionsOf(theirs)).isEmpty();
    }

    @Test
    void theRulesOfTheSessionFormApply() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        String reference = fixtures.referenceOf(treatment);
        String preview = upload(
                "behandelaar",
                reference + ";02-01-2026;ja\n" + reference + ";01-01-2100;ja\n" + reference
                        + ";12-01-2026;ja;evaluatie\n" + reference + ";12-01-2026;ja;evaluatie\n");
        assertThat(preview)
                .contains(
                        "De datum ligt vóór de start van de behandeling (2026-01-05)",
                        "Deze datum ligt in de toekomst",
                        "Wordt toegevoegd",
                        "Deze sessie is al vastgelegd.",
                        "1 sessie(s) toevoegen");
    }

    @Test
    void onlyTheTreatingTherapistAddsAndTheManagerTreatsNobodyHere() throws Exception {
        Treatment treatment = fixtures.startedBy("behandelaar");
        String csv = fixtures.referenceOf(treatment) + ";12-01-2026;ja\n";
        String preview = upload("behandelaar", csv);
        String hidden = hiddenCsv(preview);

        assertThat(upload("behandelaar2", csv))
                .contains("Geen open behandeling van u")
                .doesNotContain("toevoegen</");
        confirm("behandelaar2", hidden);
        assertThat(upload("manager", csv)).contains("Geen open behandeling van u");
        confirm("manager", hidden);
        assertThat(sessionsOf(treatment)).isEmpty();

        assertThat(mvc.perform(get(PAGE)).andReturn().getResponse().getRedirectedUrl())
                .endsWith("/login");
        assertThat(mvc.perform(post(PAGE + "/bevestigen").param("csv", hidden).with(csrf()))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
        assertThat(mvc.perform(get(PAGE).with(user(users.loadUserByUsername("beheer"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(mvc.perform(post(PAGE + "/bevestigen")
                                .param("csv", hidden)
                                .with(user(users.loadUserByUsername("behandelaar"))))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(403);
        assertThat(sessionsOf(treatment)).isEmpty();
    }

    @Test
    void withoutAFileTheErrorIsNextToTheField() throws Exception {
        String page = HtmlUtils.htmlUnescape(
                mvc.perform(multipart(PAGE).with(csrf()).with(user(users.loadUserByUsername("behandelaar"))))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(page)
                .contains("aria-invalid=\"true\"", "id=\"file-error\" class=\"field-error\">Kies een CSV-bestand.");
    }

    private String upload(String username, String csv) throws Exception {
        MockHttpServletResponse response = mvc.perform(multipart(PAGE)
                        .file(new MockMultipartFile(
                                "file", "agenda.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(user(users.loadUserByUsername(username))))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return HtmlUtils.htmlUnescape(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private MockHttpServletResponse confirm(String username, String hiddenCsv) throws Exception {
        MockHttpServletRequestBuilder request = post(PAGE + "/bevestigen")
                .param("csv", hiddenCsv)
                .with(csrf())
                .with(user(users.loadUserByUsername(username)));
        return mvc.perform(request).andReturn().getResponse();
    }

    private static String hiddenCsv(String page) {
        Matcher matcher = HIDDEN_CSV.matcher(page);
        assertThat(matcher.find()).as("the confirm form holds the file").isTrue();
        return matcher.group(1);
    }

    private List<TreatmentSession> sessionsOf(Treatment treatment) {
        return sessions.findByTreatmentIdIn(List.of(treatment.getId()));
    }

    private int audited(String action, String reference) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND client_reference = ?")
                .params(action, reference)
                .query(Integer.class)
                .single();
    }
}
