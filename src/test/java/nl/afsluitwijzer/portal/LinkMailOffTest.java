package nl.afsluitwijzer.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import nl.afsluitwijzer.portal.internal.IssuedLink;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Without spring.mail.host (the test configuration has none) there is no e-mail field: the link is shown to copy. */
@IntegrationTest
class LinkMailOffTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    LinkMails mails;

    @Test
    void withoutAnSmtpServerTheLinkIsOnlyShownToCopy() throws Exception {
        assertThat(mails.available()).isFalse();
        Treatment treatment = fixtures.startedBy("behandelaar");
        String page = mvc.perform(
                        get("/behandelingen/" + treatment.getId()).with(user(users.loadUserByUsername("behandelaar"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page).contains("Link maken").doesNotContain("name=\"mailTo\"", "keepAddress");

        MvcResult made = mvc.perform(post("/behandelingen/" + treatment.getId() + "/links")
                        .param("instruments", "PHQ9")
                        .param("mailTo", "jet.jansen@example.nl")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("behandelaar"))))
                .andReturn();
        assertThat(made.getFlashMap().get("issuedLink")).isInstanceOf(IssuedLink.class);
        assertThat(made.getFlashMap().get("message")).isEqualTo("portal.link.created");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM client_link_mail m JOIN client_link l ON l.id = m.link_id"
                                + " WHERE l.treatment_id = ?")
                        .param(treatment.getId())
                        .query(Integer.class)
                        .single())
                .isZero();
    }
}
