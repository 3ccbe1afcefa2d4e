package nl.afsluitwijzer.system;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import nl.afsluitwijzer.support.Api;
import org.hamcrest.Matchers;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** API calls with an optional Idempotency-Key, on treatments no other test shares. */
final class ApiCalls {

    static final String TREATMENTS = "/api/v1/treatments";

    private final MockMvc mvc;
    private final JdbcClient jdbc;

    ApiCalls(MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    /** A valid POST /treatments body with a client reference no other test (or earlier run) uses. */
    static String newTreatment() {
        return """
                {"clientReference": "IDEM-%d", "startDate": "2026-01-05", "helpQuestion": "I want to sleep again",
                 "clientEstimateSessions": 8, "closingDiscussedAtStart": true, "primaryInstrument": "PHQ9",
                 "goals": [{"description": "Goes to bed before 23:00", "criterion": "Sleep diary"}]}""".formatted(System.nanoTime());
    }

    static String referenceIn(String body) {
        return JsonPath.read(body, "$.clientReference");
    }

    static ResultMatcher problem(int status, String... detailMentions) {
        List<ResultMatcher> matchers = new java.util.ArrayList<>(List.of(
                status().is(status),
                content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.status").value(status)));
        for (String mention : detailMentions) {
            matchers.add(jsonPath("$.detail", Matchers.containsString(mention)));
        }
        return result -> {
            for (ResultMatcher matcher : matchers) {
                matcher.match(result);
            }
        };
    }

    long startTreatment(String user) throws Exception {
        String body = post(user, TREATMENTS, null, newTreatment())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    ResultActions addSession(String user, long treatment, String key, String json) throws Exception {
        return post(user, TREATMENTS + "/" + treatment + "/sessions", key, json);
    }

    ResultActions post(String user, String path, String key, String json) throws Exception {
        return mvc.perform(request(user, path, key, json));
    }

    MockHttpServletRequestBuilder request(String user, String path, String key, String json) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path)
                .header("Authorization", Api.bearer(mvc, user))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json);
        return key == null ? request : request.header(IdempotencyFilter.HEADER, key);
    }

    long sessions(long treatment) {
        return jdbc.sql("SELECT COUNT(*) FROM treatment_session WHERE treatment_id = ?")
                .param(treatment)
                .query(Long.class)
                .single();
    }
}
