package nl.afsluitwijzer.system;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.afsluitwijzer.support.Api;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
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
    void overTlsPagesSendHstsAndOnlySecureCookies() throws Exception {
        mvc.perform(get("/login").secure(true).param("lang", "en"))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"))
                .andExpect(header().stringValues(
                                "Set-Cookie",
                                hasItem(allOf(startsWith("AFSLUITWIJZER_LANG=en"), containsString("; Secure")))))
                .andExpect(header().stringValues("Set-Cookie", everyItem(containsString("Secure"))));
    }

    @Test
    void signingInOverTlsKeepsTheSessionInTheHostOnlyCookie() throws Exception {
        mvc.perform(post("/login")
                        .secure(true)
                        .with(csrf())
                        .param("username", "behandelaar")
                        .param("password", "demo"))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")))
                .andExpect(header().stringValues(
                                "Set-Cookie",
                                hasItem(allOf(startsWith("__Host-AFSLUITWIJZER_SESSION="), containsString("Secure")))));
    }

    @Test
    void overPlainHttpThereIsNoHstsAndNoSecureCookie() throws Exception {
        mvc.perform(get("/login").param("lang", "en"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"))
                .andExpect(header().stringValues("Set-Cookie", hasItem(startsWith("AFSLUITWIJZER_LANG=en"))))
                .andExpect(header().stringValues("Set-Cookie", everyItem(not(containsString("Secure")))));
    }

    @Test
    void theApiSendsHstsOverTlsToo() throws Exception {
        mvc.perform(get("/api/v1/caseload").secure(true))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("Strict-Transport-Security", containsString("max-age=31536000")));
    }

    /** Pages, the API, the health probe and error responses all switch off camera, microphone and the like. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/login",
                "/api/v1/caseload",
                "/api/v1/treatments/0",
                "/bestaat-niet",
                "/actuator/health",
                "/css/app.css"
            })
    void everyResponseSendsAPermissionsPolicy(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(header().string(
                                "Permissions-Policy",
                                allOf(
                                        containsString("camera=()"),
                                        containsString("microphone=()"),
                                        containsString("geolocation=()"),
                                        containsString("payment=()"),
                                        containsString("usb=()"))));
    }

    @Test
    void errorPagesOfASignedInUserSendThePermissionsPolicy() throws Exception {
        mvc.perform(get("/bestaat-niet").with(user(users.loadUserByUsername("behandelaar"))))
                .andExpect(status().isNotFound())
                .andExpect(header().string("Permissions-Policy", containsString("camera=()")));
        mvc.perform(get("/api/v1/treatments/0").header("Authorization", Api.bearer(mvc, "behandelaar")))
                .andExpect(status().is4xxClientError())
                .andExpect(header().string("Permissions-Policy", containsString("camera=()")));
    }

    @Test
    void theApiIsNeverStoredInABrowserCacheEither() throws Exception {
        mvc.perform(get("/api/v1/caseload").header("Authorization", Api.bearer(mvc, "behandelaar")))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
        mvc.perform(get("/api/v1/audit").header("Authorization", Api.bearer(mvc, "manager")))
                .andExpect(header().string("Cache-Control", containsString("no-store")));
    }
}
