package nl.afsluitwijzer.system;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
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
 * request secure: HSTS and the Secure, __Host- session cookie, as over TLS directly.
 */
@SpringBootTest(properties = "server.forward-headers-strategy=framework")
@DirtiesContext
@AutoConfigureMockMvc
class ForwardedTlsTest {

    @Autowired
    MockMvc mvc;

    @Test
    void aRequestForwardedFromTlsGetsHstsAndASecureHostOnlyCookie() throws Exception {
        mvc.perform(get("/login").header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "afsluitwijzer.nl"))
                .andExpect(header().string("Strict-Transport-Security", containsString("includeSubDomains")))
                .andExpect(header().stringValues("Set-Cookie", hasItem(allOf(
                        startsWith("__Host-AFSLUITWIJZER_SESSION="), containsString("Secure")))));
    }

    @Test
    void aPlainRequestWithoutTheHeaderStaysPlain() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(header().doesNotExist("Strict-Transport-Security"))
                .andExpect(header().stringValues("Set-Cookie", hasItem(startsWith("AFSLUITWIJZER_SESSION="))));
    }
}
