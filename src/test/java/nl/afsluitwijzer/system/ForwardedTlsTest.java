package nl.afsluitwijzer.system;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Behind a TLS proxy with server.forward-headers-strategy=framework, X-Forwarded-Proto: https makes the
 * request secure: HSTS and Secure, __Host- cookies, as over TLS directly. An anonymous visit to the sign-in page
 * only gets the CSRF cookie (no session); the session cookie follows the same rule, see SecurityHeadersTest.
 * <p>
 * A context of its own on purpose: spring-security-test's {@code csrf()} (used by many MockMvc tests of the shared
 * context) swaps the CSRF filter's token store for a session-based one for good, which would hide the cookie.
 */
@SpringBootTest(properties = "server.forward-headers-strategy=framework")
@DirtiesContext
@AutoConfigureMockMvc
class ForwardedTlsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aRequestForwardedFromTlsGetsHstsAndSecureHostOnlyCookies() throws Exception {
        mvc.perform(get("/login").header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "afsluitwijzer.nl"))
                .andExpect(header().string("Strict-Transport-Security", containsString("includeSubDomains")))
                .andExpect(header().stringValues(
                                "Set-Cookie",
                                hasItem(allOf(startsWith("__Host-AFSLUITWIJZER_CSRF="), containsString("Secure")))));
    }

    @Test
    void aPlainRequestWithoutTheHeaderStaysPlain() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"))
                .andExpect(header().stringValues(
                                "Set-Cookie",
                                hasItem(allOf(startsWith("AFSLUITWIJZER_CSRF="), not(containsString("Secure"))))));
    }

    @Test
    void overTlsTheCsrfCookieIsHostOnlyAndNoSessionIsMade() throws Exception {
        mvc.perform(get("/login").secure(true))
                .andExpect(header().stringValues(
                                "Set-Cookie",
                                hasItem(allOf(
                                        startsWith("__Host-AFSLUITWIJZER_CSRF="),
                                        containsString("Secure"),
                                        containsString("Path=/"),
                                        containsString("HttpOnly"),
                                        not(containsString("Domain"))))))
                .andExpect(header().stringValues("Set-Cookie", everyItem(not(containsString("SESSION")))));
    }
}
