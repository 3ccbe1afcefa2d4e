package nl.afsluitwijzer.intervision.web;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.afsluitwijzer.intervision.Colleagues;
import nl.afsluitwijzer.intervision.Workshops;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Wrong join codes are limited per source address: then every participant page answers 429 there. */
@IntegrationTest
class JoinCodeGuessesTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JoinCodeGuesses guesses;

    @Autowired
    Workshops workshops;

    @Autowired
    UserAccountRepository users;

    @Value("${afsluitwijzer.join.max-wrong-codes}")
    int maxWrong;

    @Test
    void afterTooManyWrongCodesFromOneAddressEvenTheRightCodeIsRefusedThereButNotElsewhere() throws Exception {
        String open = workshops
                .start(Colleagues.demo(users, "behandelaar"))
                .getJoinCode()
                .value();
        String guesser = "10.9.9." + (System.nanoTime() % 200);
        MockHttpServletRequest earlier = new MockHttpServletRequest();
        earlier.setRemoteAddr(guesser);
        for (int i = 0; i < maxWrong - 2; i++) {
            guesses.wrong(earlier);
        }
        mvc.perform(get("/w").param("code", "ZZZ ZZZ").with(from(guesser))).andExpect(status().isNotFound());
        mvc.perform(get("/w/ZZZZZY").with(from(guesser))).andExpect(status().isNotFound());

        mvc.perform(get("/w").param("code", "ZZZ ZZX").with(from(guesser)))
                .andExpect(status().isTooManyRequests())
                .andExpect(header().string("Retry-After", "600"))
                .andExpect(content().string(containsString("Te veel onbekende codes")));
        mvc.perform(get("/w/" + open).with(from(guesser))).andExpect(status().isTooManyRequests());
        mvc.perform(get("/w/" + open + "/stap").param("shown", "1").with(from(guesser)))
                .andExpect(status().isTooManyRequests());
        mvc.perform(get("/w/" + open).with(from("10.8.8.8"))).andExpect(status().isOk());
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }
}
