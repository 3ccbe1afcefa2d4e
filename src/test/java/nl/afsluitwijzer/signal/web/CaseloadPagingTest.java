package nl.afsluitwijzer.signal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import nl.afsluitwijzer.PracticeDay;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.TestUsers;
import nl.afsluitwijzer.practice.UserAccount;
import nl.afsluitwijzer.signal.internal.Caseloads;
import nl.afsluitwijzer.support.CountedStatements;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.SessionKind;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The caseload pages in the database: the manager's page and the API answer a page of the asked size with the total,
 * with the same statements for three times the treatments; the stored signal state follows every change, the day
 * and rows written outside the application; bad page, size and sort values get a clear answer; and nobody sees more
 * than before.
 */
@IntegrationTest
@Import(CountedStatements.Recording.class)
class CaseloadPagingTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    TestUsers testUsers;

    @Autowired
    UserDetailsService users;

    @Autowired
    TreatmentChanges changes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ObjectMapper json;

    @Test
    void aPageHoldsSizeRowsAndTakesTheSameStatementsWithThreeTimesTheTreatments() throws Exception {
        UserAccount therapist = testUsers.newTherapist("paging");
        String managerToken = testUsers.bearer("manager");
        for (int i = 0; i < 3; i++) {
            fixtures.startedBy(therapist.getUsername());
        }
        RequestBuilder page = get("/caseload")
                .param("therapist", therapist.getId().toString())
                .param("size", "2")
                .with(user(users.loadUserByUsername("manager")));
        RequestBuilder api = get("/api/v1/caseload")
                .param("therapist", therapist.getId().toString())
                .param("size", "2")
                .param("sort", "signals")
                .header("Authorization", managerToken);
        String fewPage = body(page);
        List<String> fewPageStatements = CountedStatements.during(() -> body(page));
        JsonNode fewApi = json.readTree(body(api));
        List<String> fewApiStatements = CountedStatements.during(() -> body(api));

        for (int i = 0; i < 6; i++) {
            fixtures.startedBy(therapist.getUsername());
        }
        String manyPage = body(page);
        List<String> manyPageStatements = CountedStatements.during(() -> body(page));
        JsonNode manyApi = json.readTree(body(api));
        List<String> manyApiStatements = CountedStatements.during(() -> body(api));

        System.out.printf(
                "manager caseload page: %d statements with 3 treatments, %d with 9; API %d and %d%n",
                fewPageStatements.size(), manyPageStatements.size(), fewApiStatements.size(), manyApiStatements.size());
        assertThat(rows(fewPage)).isEqualTo(2);
        assertThat(rows(manyPage)).isEqualTo(2);
        assertThat(fewPage).contains("1–2 van 3").contains("rel=\"next\"");
        assertThat(manyPage).contains("1–2 van 9").contains("Pagina 1 van 5");
        assertThat(fewApi.get("treatments")).hasSize(2);
        assertThat(fewApi.get("total").asLong()).isEqualTo(3);
        assertThat(manyApi.get("treatments")).hasSize(2);
        assertThat(manyApi.get("total").asLong()).isEqualTo(9);
        assertThat(manyApi.get("pages").asInt()).isEqualTo(5);
        assertThat(manyApi.get("links").get("next").asString()).contains("page=2");
        assertThat(manyPageStatements).hasSameSizeAs(fewPageStatements);
        assertThat(manyApiStatements).hasSameSizeAs(fewApiStatements);
    }

    @Test
    void thePagesTogetherHoldEveryTreatmentOnceInTheOrderOfOnePage() throws Exception {
        UserAccount therapist = testUsers.newTherapist("paging");
        for (int i = 0; i < 5; i++) {
            fixtures.startedBy(therapist.getUsername());
        }
        String token = testUsers.bearer(therapist.getUsername());
        for (String sort : List.of("id", "client", "signals", "weeks", "progress", "score", "phase")) {
            List<Long> whole = ids(json.readTree(body(get("/api/v1/caseload")
                    .param("sort", sort)
                    .param("dir", "desc")
                    .header("Authorization", token))));
            List<Long> paged = new ArrayList<>();
            for (int page = 1; page <= 3; page++) {
                paged.addAll(ids(json.readTree(body(get("/api/v1/caseload")
                        .param("sort", sort)
                        .param("dir", "desc")
                        .param("size", "2")
                        .param("page", String.valueOf(page))
                        .header("Authorization", token)))));
            }
            assertThat(paged).as(sort).isEqualTo(whole).hasSize(5).doesNotHaveDuplicates();
        }
    }

    /**
     * The manager's page in the default order is read from the states in their index's order when every treatment
     * has one; its pages together must hold the order that joins every treatment to its state and sorts them (the
     * API's): urgency, then the earlier start first, then the id, over ties in both.
     */
    @Test
    void theDefaultOrderReadFromTheStatesIsTheOrderOfTheTreatments() throws Exception {
        UserAccount therapist = testUsers.newTherapist("paging");
        List<LocalDate> starts = List.of(
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2025, 11, 1),
                LocalDate.of(2026, 1, 5),
                LocalDate.of(2025, 12, 1),
                LocalDate.of(2026, 2, 1),
                LocalDate.of(2025, 11, 1));
        for (LocalDate start : starts) {
            Treatment treatment = fixtures.startedBy(therapist.getUsername());
            jdbc.sql("UPDATE treatment SET start_date = ? WHERE id = ?")
                    .params(Date.valueOf(start), treatment.getId())
                    .update();
            if (start.getMonthValue() == 1) {
                // a session a day ago: no NO_RECENT_CONTACT, so a lower urgency than the others
                fixtures.as(
                        therapist.getUsername(),
                        () -> changes.addSession(
                                CurrentUser.require(),
                                treatment.getId(),
                                PracticeDay.today().minusDays(1),
                                SessionKind.TREATMENT,
                                true));
            }
        }
        // the start dates were set behind the application's back: their states are computed again
        jdbc.sql(
                        "DELETE FROM treatment_signal_state WHERE treatment_id IN (SELECT id FROM treatment WHERE therapist_id = ?)")
                .param(therapist.getId())
                .update();
        List<Long> sorted = ids(json.readTree(body(get("/api/v1/caseload")
                .param("therapist", therapist.getId().toString())
                .param("sort", "signals")
                .param("size", "200")
                .header("Authorization", testUsers.bearer("manager")))));
        List<Long> paged = new ArrayList<>();
        List<String> statements = new ArrayList<>();
        for (int page = 1; page <= 3; page++) {
            RequestBuilder request = get("/caseload")
                    .param("therapist", therapist.getId().toString())
                    .param("size", "2")
                    .param("page", String.valueOf(page))
                    .with(user(users.loadUserByUsername("manager")));
            statements.addAll(CountedStatements.during(() -> paged.addAll(treatmentIds(body(request)))));
        }

        assertThat(statements).anyMatch(sql -> sql.contains("FROM treatment_signal_state ss JOIN treatment t"));
        assertThat(sorted).hasSize(6).doesNotHaveDuplicates();
        assertThat(paged).isEqualTo(sorted);
        assertThat(jdbc.sql("SELECT start_date FROM treatment_signal_state WHERE treatment_id = ?")
                        .param(sorted.get(0))
                        .query(LocalDate.class)
                        .single())
                .isEqualTo(jdbc.sql("SELECT start_date FROM treatment WHERE id = ?")
                        .param(sorted.get(0))
                        .query(LocalDate.class)
                        .single());
    }

    @Test
    void theStoredStateFollowsAChangeTheDayAndRowsWrittenOutsideTheApplication() throws Exception {
        UserAccount therapist = testUsers.newTherapist("paging");
        Treatment treatment = fixtures.startedBy(therapist.getUsername());
        String managerPage = "/caseload?therapist=" + therapist.getId();
        body(get(managerPage).with(user(users.loadUserByUsername("manager"))));
        assertThat(storedCodes(treatment)).isEqualTo(evaluatedCodes(treatment, therapist));
        assertThat(storedCodes(treatment)).contains("NO_RECENT_CONTACT");

        fixtures.as(
                therapist.getUsername(),
                () -> changes.addSession(
                        CurrentUser.require(), treatment.getId(), PracticeDay.today(), SessionKind.TREATMENT, true));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM treatment_signal_state WHERE treatment_id = ?")
                        .param(treatment.getId())
                        .query(Long.class)
                        .single())
                .as("deleted with the change")
                .isZero();
        body(get(managerPage).with(user(users.loadUserByUsername("manager"))));
        assertThat(storedCodes(treatment))
                .isEqualTo(evaluatedCodes(treatment, therapist))
                .doesNotContain("NO_RECENT_CONTACT");

        jdbc.sql("UPDATE treatment_signal_state SET computed_for = ?, signal_codes = ',' WHERE treatment_id = ?")
                .params(Date.valueOf(PracticeDay.today().minusDays(1)), treatment.getId())
                .update();
        body(get(managerPage).with(user(users.loadUserByUsername("manager"))));
        assertThat(jdbc.sql("SELECT computed_for FROM treatment_signal_state WHERE treatment_id = ?")
                        .param(treatment.getId())
                        .query(java.time.LocalDate.class)
                        .single())
                .isEqualTo(PracticeDay.today());
        assertThat(storedCodes(treatment)).isEqualTo(evaluatedCodes(treatment, therapist));

        jdbc.sql("DELETE FROM treatment_signal_state WHERE treatment_id = ?")
                .param(treatment.getId())
                .update();
        String filtered =
                body(get(managerPage + "&signal=MEASUREMENT_OVERDUE").with(user(users.loadUserByUsername("manager"))));
        assertThat(storedCodes(treatment)).isEqualTo(evaluatedCodes(treatment, therapist));
        assertThat(filtered.contains(fixtures.referenceOf(treatment)))
                .isEqualTo(evaluatedCodes(treatment, therapist).contains("MEASUREMENT_OVERDUE"));
    }

    @Test
    void badPageSizeAndSortValuesGetAClearAnswer() throws Exception {
        String token = testUsers.bearer("behandelaar");
        for (Map.Entry<String, String> bad : Map.of(
                        "page", "0", "size", "201", "sort", "nonsense", "dir", "up", "phase", "CLOSED")
                .entrySet()) {
            mvc.perform(get("/api/v1/caseload")
                            .param(bad.getKey(), bad.getValue())
                            .header("Authorization", token))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        }
        mvc.perform(get("/api/v1/caseload").param("page", "x").header("Authorization", token))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/caseload")
                        .param("sort", "signals")
                        .param("asOf", PracticeDay.today().minusDays(3).toString())
                        .header("Authorization", token))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("alleen voor vandaag")));
        mvc.perform(get("/api/v1/caseload")
                        .param("sort", "client")
                        .param("asOf", PracticeDay.today().minusDays(3).toString())
                        .header("Authorization", token))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit").param("size", "0").header("Authorization", testUsers.bearer("manager")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));

        assertThat(body(get("/caseload").param("page", "nul").with(user(users.loadUserByUsername("manager")))))
                .contains("Die pagina bestaat niet; je ziet de eerste pagina.");
        assertThat(body(get("/caseload").param("page", "9999").with(user(users.loadUserByUsername("manager")))))
                .contains("Die pagina is er niet (meer); je ziet de laatste.");
        assertThat(body(get("/wachtlijst").param("size", "5000").with(user(users.loadUserByUsername("manager")))))
                .contains("Kies 1 tot 200 rijen per pagina; je ziet er 50.");
        assertThat(body(get("/beheer/audit").param("page", "-1").with(user(users.loadUserByUsername("manager")))))
                .contains("Die pagina bestaat niet; je ziet de eerste pagina.");
    }

    @Test
    void aTherapistPagesOnlyTheirOwnAndTheManagerTheirPractice() throws Exception {
        UserAccount therapist = testUsers.newTherapist("paging");
        UserAccount other = testUsers.newTherapist("paging");
        Treatment own = fixtures.startedBy(therapist.getUsername());
        Treatment others = fixtures.startedBy(other.getUsername());
        JsonNode asTherapist = json.readTree(body(get("/api/v1/caseload")
                .param("size", "200")
                .param("therapist", other.getId().toString())
                .header("Authorization", testUsers.bearer(therapist.getUsername()))));
        assertThat(ids(asTherapist)).containsExactly(own.getId());
        assertThat(asTherapist.get("total").asLong()).isEqualTo(1);
        JsonNode asManager = json.readTree(body(get("/api/v1/caseload")
                .param("size", "200")
                .param("therapist", other.getId().toString())
                .header("Authorization", testUsers.bearer("manager"))));
        assertThat(ids(asManager)).containsExactly(others.getId());
        assertThat(body(get("/caseload")
                        .param("therapist", other.getId().toString())
                        .with(user(users.loadUserByUsername(therapist.getUsername())))))
                .contains(fixtures.referenceOf(own))
                .doesNotContain(fixtures.referenceOf(others));

        mvc.perform(get("/api/v1/caseload").param("page", "1")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/audit").param("page", "1")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/audit")
                        .param("page", "1")
                        .header("Authorization", testUsers.bearer(therapist.getUsername())))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/audit").param("size", "3").header("Authorization", testUsers.bearer("manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(3))
                .andExpect(header().exists("X-Total-Count"))
                .andExpect(header().string("Link", org.hamcrest.Matchers.containsString("rel=\"next\"")));
        mvc.perform(get("/beheer/audit")
                        .param("page", "2")
                        .with(user(users.loadUserByUsername(therapist.getUsername()))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/caseload").param("page", "2")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/wachtlijst").param("page", "2")).andExpect(status().is3xxRedirection());
    }

    @Test
    void theWaitingListPagesWithPositionsCountedOverAllPages() throws Exception {
        UserAccount therapist = testUsers.newTherapist("paging");
        for (int i = 0; i < 3; i++) {
            fixtures.referredBy(therapist.getUsername(), PracticeDay.today().minusWeeks(5 - i));
        }
        String first = body(
                get("/wachtlijst").param("size", "2").with(user(users.loadUserByUsername(therapist.getUsername()))));
        String second = body(get("/wachtlijst")
                .param("size", "2")
                .param("page", "2")
                .with(user(users.loadUserByUsername(therapist.getUsername()))));
        assertThat(first).contains("1–2 van 3").contains("rel=\"next\"");
        assertThat(second).contains("3–3 van 3").contains("rel=\"prev\"");
    }

    @Test
    void theManagersPageShowsTheFirstTenWaitingWithTheirTotal() throws Exception {
        UserAccount therapist = testUsers.newTherapist("paging");
        List<String> longestWaitingFirst = new ArrayList<>();
        for (int i = 0; i < Caseloads.WAITING_SHOWN + 2; i++) {
            Treatment referral = fixtures.referredBy(
                    therapist.getUsername(), PracticeDay.today().minusWeeks(30 - i));
            longestWaitingFirst.add(fixtures.referenceOf(referral));
        }
        String page = body(get("/caseload")
                .param("therapist", therapist.getId().toString())
                .with(user(users.loadUserByUsername("manager"))));
        String waiting = page.substring(page.indexOf("id=\"waiting-title\""));

        assertThat(waiting).contains("Wachtlijst (12)").contains("Hieronder de eerste 10");
        int previous = -1;
        for (String shown : longestWaitingFirst.subList(0, Caseloads.WAITING_SHOWN)) {
            assertThat(waiting.indexOf(shown)).as(shown).isGreaterThan(previous);
            previous = waiting.indexOf(shown);
        }
        assertThat(waiting).doesNotContain(longestWaitingFirst.get(10)).doesNotContain(longestWaitingFirst.get(11));
    }

    private String storedCodes(Treatment treatment) {
        String codes = jdbc.sql("SELECT signal_codes FROM treatment_signal_state WHERE treatment_id = ?")
                .param(treatment.getId())
                .query(String.class)
                .single();
        return String.join(
                ",",
                new TreeSet<>(List.of(codes.split(",")))
                        .stream().filter(c -> !c.isEmpty()).toList());
    }

    private String evaluatedCodes(Treatment treatment, UserAccount therapist) throws Exception {
        JsonNode signals = json.readTree(body(get("/api/v1/treatments/" + treatment.getId() + "/signals")
                .header("Authorization", testUsers.bearer(therapist.getUsername()))));
        TreeSet<String> codes = new TreeSet<>();
        signals.get("signals").forEach(s -> codes.add(s.get("code").asString()));
        return String.join(",", codes);
    }

    private static List<Long> ids(JsonNode page) {
        List<Long> ids = new ArrayList<>();
        page.get("treatments").forEach(t -> ids.add(t.get("treatmentId").asLong()));
        return ids;
    }

    /** The treatments of the caseload table's rows, in their order. */
    private static List<Long> treatmentIds(String html) {
        List<Long> ids = new ArrayList<>();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("href=\"/behandelingen/(\\d+)\"")
                .matcher(caseloadTable(html));
        while (link.find()) {
            ids.add(Long.valueOf(link.group(1)));
        }
        return ids;
    }

    private static int rows(String html) {
        return caseloadTable(html).split("<tr", -1).length - 2;
    }

    /** The caseload table of a caseload page, from its opening tag to its end (the risk and waiting lists left out). */
    private static String caseloadTable(String html) {
        int start = html.indexOf("<table class=\"caseload");
        return html.substring(start, html.indexOf("</table>", start));
    }

    private String body(RequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
