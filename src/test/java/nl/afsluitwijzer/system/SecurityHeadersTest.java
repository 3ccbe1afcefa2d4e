package nl.afsluitwijzer.system;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import nl.afsluitwijzer.support.Api;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class SecurityHeadersTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;

    @Test
    void pagesSendAStrictContentSecurityPolicyAndFrameDenial() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().string("Content-Security-Policy", containsString("script-src 'self';")))
                .andExpect(header().string("Content-Security-Policy", containsString("frame-ancestors 'none'")))
                .andExpect(header().string("X-Frame-Options", "DENY"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Referrer-Policy", "same-origin"))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    /** Every page of the role table, as the manager (who sees client data), is never stored by a browser. */
    @ParameterizedTest
    @MethodSource("nl.afsluitwijzer.attack.EndpointAccessTest#pageUrls")
    void noPageIsStoredInABrowserCache(String url) throws Exception {
        mvc.perform(get(url).with(user(users.loadUserByUsername("manager"))))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }

    @Test
    void theApiIsNeverStoredInABrowserCacheEither() throws Exception {
        mvc.perform(get("/api/v1/caseload").header("Authorization", Api.bearer(mvc, "behandelaar")))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
        mvc.perform(get("/api/v1/audit").header("Authorization", Api.bearer(mvc, "manager")))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }
}
