package nl.afsluitwijzer.interop.api;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.Arrays;
import java.util.List;
import nl.afsluitwijzer.support.Api;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.ResultMatcher;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** Calls to the treatment API as a demo user, and treatments to work on that no other test shares. */
final class TreatmentApi {

    static final String TREATMENTS = "/api/v1/treatments";
    static final String START = "2026-01-05";

    private final MockMvc mvc;

    TreatmentApi(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** A client reference no other test (or earlier run on the same database) uses. */
    static String uniqueReference() {
        return "API-" + System.nanoTime();
    }

    /** A valid POST /treatments body starting on {@link #START}, with one goal. */
    static String newTreatment(String reference) {
        return """
                {"clientReference": "%s", "startDate": "%s", "helpQuestion": "I want to sleep again",
                 "clientEstimateSessions": 8, "closingDiscussedAtStart": true, "primaryInstrument": "PHQ9",
                 "goals": [{"description": "Goes to bed before 23:00 five nights a week",
                            "criterion": "Sleep diary shows 5 of 7 nights"}]}""".formatted(reference, START);
    }

    /** An application/problem+json answer with this status whose detail mentions every given text. */
    static ResultMatcher problem(int status, String... detailMentions) {
        List<Matcher<? super String>> mentions = Arrays.stream(detailMentions)
                .<Matcher<? super String>>map(Matchers::containsString)
                .toList();
        List<ResultMatcher> matchers = List.of(
                status().is(status),
                content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON),
                jsonPath("$.status").value(status),
                jsonPath("$.detail", Matchers.allOf(mentions)));
        return result -> {
            for (ResultMatcher matcher : matchers) {
                matcher.match(result);
            }
        };
    }

    static String path(long id, String sub) {
        return TREATMENTS + "/" + id + sub;
    }

    /** A new treatment of the user in phase TREATMENT; returns its id. */
    long start(String user) throws Exception {
        String body = post(user, TREATMENTS, newTreatment(uniqueReference()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return ((Number) JsonPath.read(body, "$.id")).longValue();
    }

    int version(String user, long id) throws Exception {
        return JsonPath.read(get(user, id).andReturn().getResponse().getContentAsString(), "$.version");
    }

    ResultActions get(String user, long id) throws Exception {
        return mvc.perform(as(user, MockMvcRequestBuilders.get(path(id, ""))));
    }

    ResultActions post(String user, String path, String json) throws Exception {
        return mvc.perform(json(as(user, MockMvcRequestBuilders.post(path)), json));
    }

    ResultActions post(String user, String path, String json, String ifMatch) throws Exception {
        return mvc.perform(
                json(as(user, MockMvcRequestBuilders.post(path)), json).header("If-Match", ifMatch));
    }

    ResultActions put(String user, String path, String json) throws Exception {
        return mvc.perform(json(as(user, MockMvcRequestBuilders.put(path)), json));
    }

    ResultActions put(String user, String path, String json, String ifMatch) throws Exception {
        return mvc.perform(
                json(as(user, MockMvcRequestBuilders.put(path)), json).header("If-Match", ifMatch));
    }

    ResultActions changePhase(String user, long id, String phase, String date) throws Exception {
        return post(user, path(id, "/phase"), """
                {"phase": "%s", "date": "%s", "reason": "agreed with the client"}""".formatted(phase, date));
    }

    /** Signed in with the user's bearer token; a null user sends no token. */
    private MockHttpServletRequestBuilder as(String user, MockHttpServletRequestBuilder request) {
        return user == null ? request : request.header("Authorization", Api.bearer(mvc, user));
    }

    private static MockHttpServletRequestBuilder json(MockHttpServletRequestBuilder request, String json) {
        return request.contentType(MediaType.APPLICATION_JSON).content(json);
    }
}
