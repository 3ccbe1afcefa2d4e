package nl.afsluitwijzer.intervision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import nl.afsluitwijzer.intervision.CaseDiscussions;
import nl.afsluitwijzer.intervision.CasePreparation;
import nl.afsluitwijzer.intervision.Colleagues;
import nl.afsluitwijzer.intervision.Workshops;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The pages with a path variable, which EndpointAccessTest checks with one record only: a colleague of the practice gets
 * them, another practice gets 404, an administrator 403, and nobody signed in goes to the sign-in page.
 */
@IntegrationTest
class IntervisionAccessTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService userDetails;

    @Autowired
    UserAccountRepository users;

    @Autowired
    PracticeRepository practices;

    @Autowired
    UserAdministration administration;

    @Autowired
    Workshops workshops;

    @Autowired
    CaseDiscussions discussions;

    Long workshop;
    Long discussion;
    String stranger;

    @BeforeEach
    void aSessionAndACaseOfTheDemoPracticeAndAUserOfAnother() {
        CurrentUser therapist = Colleagues.demo(users, "behandelaar");
        workshop = workshops.start(therapist).getId();
        discussion = discussions
                .prepare(
                        therapist,
                        new CasePreparation(
                                "Somberheid, 20 maanden",
                                "Somberheid",
                                null,
                                "20 maanden",
                                "Afbouw geprobeerd",
                                "Afhankelijkheid"))
                .getId();
        stranger = Colleagues.ofAnotherPractice(practices, administration).username();
    }

    List<String> pages() {
        return List.of(
                "/intervisie/dilemmas/" + workshop,
                "/intervisie/dilemmas/" + workshop + "/live",
                "/intervisie/dilemmas/" + workshop + "/qr.svg",
                "/intervisie/dilemmas/" + workshop + "/samenvatting",
                "/intervisie/dilemmas/" + workshop + "/samenvatting.pdf",
                "/intervisie/casuistiek/" + discussion,
                "/intervisie/casuistiek/" + discussion + "/bewerken",
                "/intervisie/casuistiek/" + discussion + "/timer",
                "/intervisie/casuistiek/" + discussion + "/samenvatting",
                "/intervisie/casuistiek/" + discussion + "/samenvatting.pdf");
    }

    List<String> actions() {
        return List.of(
                "/intervisie/dilemmas/" + workshop + "/stap",
                "/intervisie/dilemmas/" + workshop + "/afsluiten",
                "/intervisie/casuistiek/" + discussion + "/stap",
                "/intervisie/casuistiek/" + discussion + "/factoren",
                "/intervisie/casuistiek/" + discussion + "/afronden");
    }

    @Test
    void colleaguesOfThePracticeSeeThePages() throws Exception {
        for (String page : pages()) {
            assertThat(status(get(page).with(user(userDetails.loadUserByUsername("behandelaar2")))))
                    .as(page)
                    .isIn(200, 302);
        }
    }

    @Test
    void anotherPracticeGets404OnEveryPageAndAction() throws Exception {
        for (String page : pages()) {
            assertThat(status(get(page).with(user(userDetails.loadUserByUsername(stranger)))))
                    .as(page)
                    .isEqualTo(404);
        }
        for (String action : actions()) {
            assertThat(status(post(action)
                            .param("step", "2")
                            .param("level", "PATIENT")
                            .param("content", "x")
                            .with(csrf())
                            .with(user(userDetails.loadUserByUsername(stranger)))))
                    .as(action)
                    .isEqualTo(404);
        }
    }

    @Test
    void anAdministratorGets403() throws Exception {
        for (String page : pages()) {
            assertThat(status(get(page).with(user(userDetails.loadUserByUsername("beheer")))))
                    .as(page)
                    .isEqualTo(403);
        }
        assertThat(status(
                        post("/intervisie/dilemmas").with(csrf()).with(user(userDetails.loadUserByUsername("beheer")))))
                .isEqualTo(403);
    }

    @Test
    void nobodySignedInIsSentToTheSignInPage() throws Exception {
        for (String page : pages()) {
            assertThat(status(get(page))).as(page).isEqualTo(302);
        }
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
