package nl.afsluitwijzer.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** Helpers for API tests: personal tokens for the demo users, issued once per test run. */
public final class Api {

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();

    private Api() {}

    public static String tokenFor(MockMvc mvc, String username) {
        return TOKENS.computeIfAbsent(username, name -> issue(mvc, name));
    }

    public static String bearer(MockMvc mvc, String username) {
        return "Bearer " + tokenFor(mvc, username);
    }

    private static String issue(MockMvc mvc, String username) {
        try {
            MvcResult result = mvc.perform(post("/api/v1/tokens").with(httpBasic(username, "demo")))
                    .andReturn();
            String body = result.getResponse().getContentAsString();
            int start = body.indexOf("\"token\":\"") + 9;
            return body.substring(start, body.indexOf('"', start));
        } catch (Exception e) {
            throw new IllegalStateException("could not issue a token for " + username, e);
        }
    }
}
