package nl.afsluitwijzer.intervision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.cookie;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import nl.afsluitwijzer.intervision.Colleagues;
import nl.afsluitwijzer.intervision.PollAnswer;
import nl.afsluitwijzer.intervision.Workshop;
import nl.afsluitwijzer.intervision.Workshops;
import nl.afsluitwijzer.intervision.internal.ContributionOutcome;
import nl.afsluitwijzer.intervision.internal.WorkshopStep;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

/** The participant's pages under /w: no account, an identity cookie, CSRF-protected forms. */
@IntegrationTest
class ParticipantPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Workshops workshops;

    @Autowired
    UserAccountRepository users;

    @Autowired
    UserDetailsService userDetails;

    Workshop workshop;
    String code;

    @BeforeEach
    void startASession() {
        workshop = workshops.start(Colleagues.demo(users, "behandelaar"));
        code = workshop.getJoinCode().value();
    }

    @Test
    void joiningSetsAnHttpOnlyCookieScopedToTheSession() throws Exception {
        mvc.perform(get("/w/" + code))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Vindt u het lastig om behandelingen tijdig af te ronden?")))
                .andExpect(header().stringValues(
                                "Set-Cookie",
                                hasItem(allOf(
                                        startsWith(ParticipantCookie.NAME + "="), containsString("Path=/w/" + code),
                                        containsString("HttpOnly"), containsString("SameSite=Lax")))));
    }

    @Test
    void aReloadWithTheCookieKeepsTheParticipantAndTheirVote() throws Exception {
        Cookie identity = join();
        vote(identity, PollAnswer.NO_3).andExpect(flash().attribute("outcome", ContributionOutcome.ACCEPTED));
        mvc.perform(get("/w/" + code).cookie(identity))
                .andExpect(status().isOk())
                .andExpect(cookie().doesNotExist(ParticipantCookie.NAME))
                .andExpect(content()
                        .string(containsString(
                                "ik bij de start van de behandeling duidelijke behandeldoelen afspreek")));
        vote(identity, PollAnswer.YES_1).andExpect(flash().attribute("outcome", ContributionOutcome.ALREADY_GIVEN));
        assertThat(workshops.board(workshop).poll().total()).isEqualTo(1);
    }

    @Test
    void theCodeIsFoundFromWhatAPersonTypes() throws Exception {
        mvc.perform(get("/w").param("code", code.substring(0, 3).toLowerCase() + " " + code.substring(3)))
                .andExpect(redirectedUrl("/w/" + code));
        mvc.perform(get("/w/" + code.toLowerCase())).andExpect(redirectedUrl("/w/" + code));
    }

    @Test
    void anUnknownOrClosedCodeSaysSoOnTheJoinPage() throws Exception {
        mvc.perform(get("/w").param("code", "ZZZZZ2"))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Er is geen open sessie met de code")));
        workshops.close(Colleagues.demo(users, "behandelaar"), workshop.getId());
        mvc.perform(get("/w/" + code)).andExpect(status().isNotFound());
    }

    @Test
    void participantFormsNeedTheCsrfToken() throws Exception {
        Cookie identity = join();
        mvc.perform(post("/w/" + code + "/stem").cookie(identity).param("answer", "YES_1"))
                .andExpect(status().isForbidden());
        assertThat(workshops.board(workshop).poll().total()).isZero();
    }

    @Test
    void aCardIsEscapedOnTheProjectorAndItsLengthIsLimited() throws Exception {
        Cookie identity = join();
        mvc.perform(post("/w/" + code + "/kaarten")
                        .cookie(identity)
                        .with(csrf())
                        .param("tag", "WITHIN_INFLUENCE")
                        .param("content", "<script>alert(1)</script> samen evalueren"))
                .andExpect(redirectedUrl("/w/" + code + "?step=2"));
        mvc.perform(post("/w/" + code + "/kaarten")
                        .cookie(identity)
                        .with(csrf())
                        .param("tag", "PATIENT")
                        .param("content", "x".repeat(201)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hoogstens 200 tekens")));
        workshops.moveTo(Colleagues.demo(users, "behandelaar"), workshop.getId(), WorkshopStep.REFLECTION);
        mvc.perform(get("/intervisie/dilemmas/" + workshop.getId() + "/live")
                        .with(user(userDetails.loadUserByUsername("behandelaar"))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt; samen evalueren")))
                .andExpect(content().string(not(containsString("<script>alert"))));
    }

    @Test
    void dotsAndAPledgeFromThePhone() throws Exception {
        Cookie identity = join();
        mvc.perform(post("/w/" + code + "/kaarten")
                .cookie(identity)
                .with(csrf())
                .param("tag", "WITHIN_INFLUENCE")
                .param("content", "halverwege evalueren"));
        Long card = workshops.board(workshop).remedies().get(0).id();
        mvc.perform(post("/w/" + code + "/stippen")
                        .cookie(identity)
                        .with(csrf())
                        .param("card", card.toString()))
                .andExpect(flash().attribute("outcome", ContributionOutcome.ACCEPTED));
        mvc.perform(get("/w/" + code).param("step", "3").cookie(identity))
                .andExpect(content().string(containsString("Je hebt er nog 2 van de 3")));
        mvc.perform(post("/w/" + code + "/voornemen")
                        .cookie(identity)
                        .with(csrf())
                        .param("kind", "ATTENTION")
                        .param("content", "de werkrelatie"))
                .andExpect(redirectedUrl("/w/" + code + "?step=4"));
        assertThat(workshops.board(workshop).pledges()).hasSize(1);
        assertThat(workshops.board(workshop).dotsGiven()).isEqualTo(1);
    }

    @Test
    void thePhoneHearsWhenTheFacilitatorMovesOn() throws Exception {
        mvc.perform(get("/w/" + code + "/stap").param("shown", "1"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("step-moved"))));
        workshops.moveTo(Colleagues.demo(users, "behandelaar"), workshop.getId(), WorkshopStep.DEEPENING);
        mvc.perform(get("/w/" + code + "/stap").param("shown", "1"))
                .andExpect(content().string(containsString("De begeleider is naar stap 3 gegaan.")));
        workshops.close(Colleagues.demo(users, "behandelaar"), workshop.getId());
        mvc.perform(get("/w/" + code + "/stap").param("shown", "3"))
                .andExpect(status().is(286))
                .andExpect(header().exists("HX-Redirect"));
    }

    private Cookie join() throws Exception {
        MvcResult result =
                mvc.perform(get("/w/" + code)).andExpect(status().isOk()).andReturn();
        Cookie cookie = result.getResponse().getCookie(ParticipantCookie.NAME);
        assertThat(cookie).isNotNull();
        return cookie;
    }

    private ResultActions vote(Cookie identity, PollAnswer answer) throws Exception {
        return mvc.perform(post("/w/" + code + "/stem")
                        .cookie(identity)
                        .with(csrf())
                        .param("answer", answer.name()))
                .andExpect(redirectedUrl("/w/" + code + "?step=1"));
    }
}
