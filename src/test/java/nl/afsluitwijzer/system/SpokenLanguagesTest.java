package nl.afsluitwijzer.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Locale;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The application speaks Dutch and English only: any other language asked for by the address or by a cookie a client
 * wrote itself is read as Dutch (texts, dates and numbers alike), a regional English as English, and the cookie
 * remembers only those two; an API problem is written in Dutch unless Accept-Language asks for English.
 */
@IntegrationTest
class SpokenLanguagesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    MessageSource messages;

    @ParameterizedTest
    @CsvSource({"de, nl", "ar-EG-u-nu-arab, nl", "en-GB, en", "EN, en", "nl-BE, nl", "x-test, nl"})
    void aLanguageAskedForByTheAddressIsReadAsOneSpoken(String asked, String spoken) throws Exception {
        mvc.perform(get("/login").param("lang", asked))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"" + spoken + "\"")))
                .andExpect(
                        header().stringValues("Set-Cookie", hasItem(startsWith("AFSLUITWIJZER_LANG=" + spoken + ";"))));
    }

    @ParameterizedTest
    @CsvSource({"ar-EG-u-nu-arab, nl", "th-TH-u-nu-thai, nl", "de-DE, nl", "en-US, en"})
    void aLanguageInTheCookieIsReadAsOneSpoken(String cookie, String spoken) throws Exception {
        mvc.perform(get("/login").cookie(new Cookie("AFSLUITWIJZER_LANG", cookie)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<html lang=\"" + spoken + "\"")))
                .andExpect(content().string(not(containsString("lang=\"" + cookie + "\""))));
    }

    @ParameterizedTest
    @CsvSource({"de, nl", "ar-EG-u-nu-arab, nl", "en-US, en", "en, en", "nl, nl"})
    void anApiProblemIsWrittenInTheSpokenLanguageAskedFor(String asked, String spoken) throws Exception {
        String detail = messages.getMessage("api.error.unauthenticated", null, Locale.forLanguageTag(spoken));
        mvc.perform(get("/api/v1/caseload").header("Accept-Language", asked))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail").value(detail));
    }
}
