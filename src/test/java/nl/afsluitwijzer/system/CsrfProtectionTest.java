package nl.afsluitwijzer.system;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class CsrfProtectionTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @ParameterizedTest
    @ValueSource(strings = {"/login", "/logout", "/profiel/tokens", "/profiel/wachtwoord", "/beheer/gebruikers"})
    void formPostsWithoutCsrfTokenAreRefused(String url) throws Exception {
        mvc.perform(post(url).param("name", "x").with(user(users.loadUserByUsername("manager"))))
                .andExpect(status().isForbidden());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/profiel/tokens"})
    void theSamePostWithTheTokenIsAccepted(String url) throws Exception {
        mvc.perform(post(url)
                        .param("name", "csrf-check")
                        .param("currentPassword", "demo")
                        .with(csrf())
                        .with(user(users.loadUserByUsername("manager"))))
                .andExpect(status().is3xxRedirection());
    }
}
