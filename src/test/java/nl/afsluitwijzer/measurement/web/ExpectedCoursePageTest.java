package nl.afsluitwijzer.measurement.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.LocalDate;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Beheer → Verwacht verloop: the manager sees per instrument whether the course is learned or the default and why,
 * and computes it again on demand (audit-logged); a therapist may not, an anonymous visitor is sent to sign in.
 */
@IntegrationTest
class ExpectedCoursePageTest {

    private static final String PAGE = "/beheer/verwacht-verloop";
    private static final String RELEARN = PAGE + "/herberekenen";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theManagerSeesEachInstrumentAndComputesItAgainWithAResultMessage() throws Exception {
        long audited = audits();
        // the application keeps its sessions in the database: the flash travels with the session cookie
        var relearned = mvc.perform(as("manager", post(RELEARN).with(csrf())))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl(PAGE))
                .andExpect(flash().attribute("relearnedOn", LocalDate.now(clock)))
                .andReturn();
        assertThat(audits()).isEqualTo(audited + 1);

        String date = LocalDate.now(clock).format(java.time.format.DateTimeFormatter.ofPattern("d-M-yyyy"));
        mvc.perform(as("manager", get(PAGE).cookie(relearned.getResponse().getCookies())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Opnieuw berekend uit ")))
                .andExpect(content().string(containsString("afgesloten behandelingen op " + date)))
                .andExpect(content().string(containsString("id=\"course-PHQ9\"")))
                .andExpect(content().string(containsString("Standaardverloop")))
                .andExpect(content().string(containsString("te weinig afgesloten behandelingen: ")))
                .andExpect(content().string(containsString(" van de minimaal 50")))
                .andExpect(content().string(containsString("name=\"_csrf\"")))
                .andExpect(content().string(containsString(RELEARN)));
    }

    @Test
    void theManagerFindsThePageInTheMenu() throws Exception {
        mvc.perform(as("manager", get("/beheer/beleid")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("href=\"" + PAGE + "\"")));
    }

    @Test
    void aTherapistMayNeitherSeeNorComputeIt() throws Exception {
        mvc.perform(as("behandelaar", get(PAGE))).andExpect(status().isForbidden());
        long audited = audits();
        mvc.perform(as("behandelaar", post(RELEARN).with(csrf()))).andExpect(status().isForbidden());
        assertThat(audits()).isEqualTo(audited);
    }

    @Test
    void anAnonymousVisitorIsSentToSignIn() throws Exception {
        mvc.perform(get(PAGE)).andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
        mvc.perform(post(RELEARN).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void computingAgainWithoutTheCsrfTokenIsRefused() throws Exception {
        long audited = audits();
        mvc.perform(as("manager", post(RELEARN))).andExpect(status().isForbidden());
        assertThat(audits()).isEqualTo(audited);
    }

    private long audits() {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'EXPECTED_COURSE'")
                .query(Long.class)
                .single();
    }

    private MockHttpServletRequestBuilder as(String username, MockHttpServletRequestBuilder request) {
        return request.with(user(users.loadUserByUsername(username)));
    }
}
