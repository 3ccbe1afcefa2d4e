package nl.afsluitwijzer.practice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import nl.afsluitwijzer.practice.Role;
import nl.afsluitwijzer.practice.SecondFactors;
import nl.afsluitwijzer.practice.TwoFactorUsers;
import nl.afsluitwijzer.practice.TwoFactorUsers.TestUser;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.practice.internal.Practice;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Re-authentication before changing the keys of an account, password rules, and the managers' 2FA controls. */
@IntegrationTest
class AccountSecurityPagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService details;

    @Autowired
    UserAdministration administration;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    PracticeRepository practices;

    @Autowired
    Clock clock;

    TwoFactorUsers users;
    Long demoPractice;

    @BeforeEach
    void setUp() {
        users = new TwoFactorUsers(administration, secondFactors, clock);
        demoPractice = practices.findAll().get(0).getId();
    }

    @Test
    void aTokenIsOnlyMadeAfterThePasswordAndWith2faACode() throws Exception {
        TestUser therapist = users.withSecondFactor(demoPractice, Role.THERAPIST);
        mvc.perform(as(therapist, post("/profiel/tokens").param("name", "script")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("is verplicht")));
        mvc.perform(as(
                        therapist,
                        post("/profiel/tokens")
                                .param("name", "script")
                                .param("currentPassword", TwoFactorUsers.PASSWORD)
                                .param("code", "000000")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deze code klopt niet")));
        mvc.perform(as(
                        therapist,
                        post("/profiel/tokens")
                                .param("name", "script")
                                .param("currentPassword", TwoFactorUsers.PASSWORD)
                                .param("code", therapist.code(0))))
                .andExpect(redirectedUrl("/profiel"));
    }

    @Test
    void aNewPasswordMustNotBeCommonAndNeedsACodeWith2fa() throws Exception {
        TestUser therapist = users.withSecondFactor(demoPractice, Role.THERAPIST);
        mvc.perform(as(
                        therapist,
                        post("/profiel/wachtwoord")
                                .param("currentPassword", TwoFactorUsers.PASSWORD)
                                .param("code", therapist.code(0))
                                .param("newPassword", "Wachtwoord12345!")
                                .param("repeatPassword", "Wachtwoord12345!")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("veelgebruikt wachtwoord")));
        mvc.perform(as(
                        therapist,
                        post("/profiel/wachtwoord")
                                .param("currentPassword", TwoFactorUsers.PASSWORD)
                                .param("newPassword", "een nieuw lang wachtwoord")
                                .param("repeatPassword", "een nieuw lang wachtwoord")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Deze code klopt niet")));
        mvc.perform(as(
                        therapist,
                        post("/profiel/wachtwoord")
                                .param("currentPassword", TwoFactorUsers.PASSWORD)
                                .param("code", therapist.code(0))
                                .param("newPassword", "een nieuw lang wachtwoord")
                                .param("repeatPassword", "een nieuw lang wachtwoord")))
                .andExpect(redirectedUrl("/profiel"));
        assertThat(administration.passwordMatches(therapist.id(), "een nieuw lang wachtwoord"))
                .isTrue();
    }

    @Test
    void aSecondFactorRequiredForTheRoleCannotBeTurnedOff() throws Exception {
        Practice real = practices.save(new Practice("Echte praktijk " + System.nanoTime()));
        TestUser manager = users.withSecondFactor(real.getId(), Role.MANAGER);
        mvc.perform(as(
                        manager,
                        post("/profiel/tweestaps/uitzetten")
                                .param("currentPassword", TwoFactorUsers.PASSWORD)
                                .param("code", manager.code(0))))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("uitzetten kan niet")));
        assertThat(secondFactors.isEnrolled(manager.id())).isTrue();
    }

    @Test
    void aManagerResetsALostSecondFactorOfAUserInTheirPractice() throws Exception {
        TestUser therapist = users.withSecondFactor(demoPractice, Role.THERAPIST);
        mvc.perform(post("/beheer/gebruikers/" + therapist.id() + "/tweestaps-herstellen")
                        .with(csrf())
                        .with(user(details.loadUserByUsername("manager"))))
                .andExpect(redirectedUrl("/beheer/gebruikers"));
        assertThat(secondFactors.isEnrolled(therapist.id())).isFalse();
        mvc.perform(post("/beheer/gebruikers/" + therapist.id() + "/tweestaps-herstellen")
                        .with(csrf())
                        .with(user(details.loadUserByUsername("behandelaar"))))
                .andExpect(status().isForbidden());
    }

    @Test
    void theManagerDecidesWhetherTherapistsNeed2fa() throws Exception {
        Practice real = practices.save(new Practice("Echte praktijk " + System.nanoTime()));
        TestUser manager = users.withSecondFactor(real.getId(), Role.MANAGER);
        mvc.perform(as(manager, post("/beheer/beleid/tweestaps").param("therapistsNeedTwoFactor", "false")))
                .andExpect(redirectedUrl("/beheer/beleid"));
        assertThat(practices.findById(real.getId()).orElseThrow().isTherapistsNeedTwoFactor())
                .isFalse();
    }

    private MockHttpServletRequestBuilder as(TestUser testUser, MockHttpServletRequestBuilder request) {
        return request.with(csrf()).with(user(details.loadUserByUsername(testUser.username())));
    }
}
