package nl.afsluitwijzer.practice;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import nl.afsluitwijzer.practice.TwoFactorUsers.TestUser;
import nl.afsluitwijzer.practice.internal.Practice;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import nl.afsluitwijzer.support.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** POST /api/v1/tokens for users with a second factor: HTTP Basic plus a fresh X-TOTP code, used once. */
@IntegrationTest
class TokenSecondFactorTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserAdministration administration;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    PracticeRepository practices;

    @Autowired
    Clock clock;

    TwoFactorUsers users;

    @BeforeEach
    void setUp() {
        users = new TwoFactorUsers(administration, secondFactors, clock);
    }

    @Test
    void withoutXTotpTheAnswerIs401ProblemJson() throws Exception {
        TestUser manager = users.withSecondFactor(demoPractice(), Role.MANAGER);
        mvc.perform(tokenRequest(manager))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("X-TOTP")));
        mvc.perform(tokenRequest(manager).header("X-TOTP", "123")).andExpect(status().isUnauthorized());
    }

    @Test
    void aFreshCodeIssuesATokenThatWorksAndTheSameCodeDoesNotWorkTwice() throws Exception {
        TestUser manager = users.withSecondFactor(demoPractice(), Role.MANAGER);
        String code = manager.code(0);
        String body = mvc.perform(tokenRequest(manager).header("X-TOTP", code))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(tokenRequest(manager).header("X-TOTP", code)).andExpect(status().isUnauthorized());
    }

    @Test
    void aManagerWhoMustHaveASecondFactorButHasNoneGetsNoTokenByPasswordAlone() throws Exception {
        Practice real = practices.save(new Practice("Echte praktijk " + System.nanoTime()));
        TestUser manager = users.withoutSecondFactor(real.getId(), Role.MANAGER);
        mvc.perform(tokenRequest(manager))
                .andExpect(status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void usersWithoutASecondFactorInTheDemoPracticeStillGetATokenWithTheirPassword() throws Exception {
        TestUser therapist = users.withoutSecondFactor(demoPractice(), Role.THERAPIST);
        mvc.perform(tokenRequest(therapist)).andExpect(status().isCreated());
    }

    @Test
    void aUserWhoMustStillReplaceTheInitialPasswordGetsNoToken() throws Exception {
        String username = "eerste" + System.nanoTime();
        administration.create(
                CurrentUser.current().orElse(null),
                demoPractice(),
                username,
                "Nieuw",
                Role.THERAPIST,
                "een eerste wachtwoord");
        mvc.perform(post("/api/v1/tokens").with(httpBasic(username, "een eerste wachtwoord")))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value(Matchers.containsString("eerste wachtwoord")));
    }

    private MockHttpServletRequestBuilder tokenRequest(TestUser user) {
        return post("/api/v1/tokens")
                .with(httpBasic(user.username(), TwoFactorUsers.PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"script\"}");
    }

    private Long demoPractice() {
        return practices.findAll().get(0).getId();
    }
}
