package nl.afsluitwijzer.signal.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The caseload sorts by any column through its header links (aria-sort says which, and how), on the server, and
 * remembers each user's choice across requests; the therapist column is a manager's only.
 */
@IntegrationTest
class CaseloadSortTest {

    private static final Pattern WEEKS = Pattern.compile("data-label=\"Weken in behandeling\">(\\d*)</td>");
    private static final Pattern THERAPIST = Pattern.compile("data-label=\"Behandelaar\">([^<]*)</td>");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void backToTheDefaultOrder() throws Exception {
        for (String username : List.of("behandelaar", "manager")) {
            mvc.perform(get("/caseload")
                    .param("sort", "signals")
                    .param("dir", "asc")
                    .with(as(username)));
        }
    }

    @Test
    void aHeaderSortsByItsColumnBothWaysAndTheChoiceIsRemembered() throws Exception {
        String ascending = page("behandelaar", "/caseload?sort=weeks&dir=asc");
        assertThat(header(ascending, "weeks"))
                .contains("aria-sort=\"ascending\"")
                .contains("dir=desc");
        assertThat(header(ascending, "signals")).contains("aria-sort=\"none\"").contains("dir=asc");
        List<Integer> weeks = numbers(activeTable(ascending), WEEKS);
        assertThat(weeks).hasSizeGreaterThan(1).isSortedAccordingTo(Comparator.naturalOrder());

        page("behandelaar", "/caseload?sort=weeks&dir=desc");
        String remembered = page("behandelaar", "/caseload");
        assertThat(header(remembered, "weeks"))
                .contains("aria-sort=\"descending\"")
                .contains("dir=asc");
        assertThat(numbers(activeTable(remembered), WEEKS)).isSortedAccordingTo(Comparator.reverseOrder());

        String manager = page("manager", "/caseload");
        assertThat(header(manager, "signals"))
                .as("another user's choice is theirs")
                .contains("aria-sort=\"ascending\"");
    }

    @Test
    void theTherapistColumnSortsForTheManagerOnlyAndTheFiltersStayInTheLinks() throws Exception {
        String manager = page("manager", "/caseload?sort=therapist&dir=asc&phase=TREATMENT");
        assertThat(header(manager, "therapist")).contains("aria-sort=\"ascending\"");
        assertThat(header(manager, "client")).contains("phase=TREATMENT");
        List<String> names = new ArrayList<>();
        Matcher matcher = THERAPIST.matcher(activeTable(manager));
        while (matcher.find()) {
            names.add(matcher.group(1));
        }
        assertThat(names).hasSizeGreaterThan(1).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);

        String therapist = page("behandelaar", "/caseload?sort=therapist&dir=asc");
        assertThat(therapist).doesNotContain("id=\"col-therapist\"");
        assertThat(header(therapist, "signals")).contains("aria-sort=\"ascending\"");
        assertThat(page("behandelaar", "/caseload?sort=nonsense&dir=sideways")).contains("id=\"col-signals\"");
    }

    private String page(String username, String path) throws Exception {
        return mvc.perform(get(path).with(as(username)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static String header(String html, String column) {
        int start = html.indexOf("id=\"col-" + column + "\"");
        assertThat(start).as("header of " + column).isPositive();
        int open = html.lastIndexOf("<th", start);
        return html.substring(open, html.indexOf("</th>", start));
    }

    private static String activeTable(String html) {
        int start = html.indexOf("<table class=\"caseload");
        return html.substring(start, html.indexOf("</table>", start));
    }

    private static List<Integer> numbers(String html, Pattern pattern) {
        List<Integer> numbers = new ArrayList<>();
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            if (!matcher.group(1).isEmpty()) {
                numbers.add(Integer.parseInt(matcher.group(1)));
            }
        }
        return numbers;
    }

    private RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }
}
