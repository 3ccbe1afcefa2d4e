package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Pages write their links as they are (no static-resource lookup per link: {@link ResourceLinkConfiguration}), and
 * the htmx WebJar is served by the version-less path the layout links to.
 */
@IntegrationTest
class ResourceLinksTest {

    private static final String HTMX = "/webjars/htmx.org/dist/htmx.min.js";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void thePagesLinkHtmxByItsVersionLessPathAndThatPathServesIt() throws Exception {
        String page = mvc.perform(get("/caseload").with(user(users.loadUserByUsername("behandelaar"))))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        MvcResult script = mvc.perform(get(HTMX)).andReturn();

        assertThat(page).contains("src=\"" + HTMX + "\"").contains("href=\"/behandelingen/");
        assertThat(script.getResponse().getStatus()).isEqualTo(200);
        assertThat(script.getResponse().getContentAsString()).contains("htmx");
    }

    @Test
    void theStyleSheetIsServedWhereThePagesLinkIt() throws Exception {
        String login = mvc.perform(get("/login")).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String sheet = login.replaceFirst("(?s).*<link rel=\"stylesheet\" href=\"([^\"]+)\".*", "$1");

        assertThat(sheet).startsWith("/css/");
        assertThat(mvc.perform(get(sheet)).andReturn().getResponse().getStatus())
                .isEqualTo(200);
    }
}
