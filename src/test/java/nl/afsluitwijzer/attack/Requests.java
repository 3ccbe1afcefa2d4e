package nl.afsluitwijzer.attack;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.afsluitwijzer.support.Api;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Requests for the attack tests: an endpoint pattern with its path variables filled with real records of the
 * demo practice, sent as each role (web: a signed-in user and a CSRF token; API: a bearer token).
 */
@Component
class Requests {

    /** anonymous, then the demo users of the roles therapist, manager and administrator. */
    static final List<String> USERS = java.util.Arrays.asList(null, "behandelaar", "manager", "beheer");

    static final String NO_SUCH_ID = "999999999";

    private final ObjectProvider<MockMvc> mvc;
    private final UserDetailsService users;
    private final RequestMappingHandlerMapping mappings;
    private final AttackFixtures fixtures;
    private Records records;

    /** The records whose ids fill the path variables. */
    record Records(
            AttackFixtures.Case treatment,
            Long workshop,
            Long caseDiscussion,
            Long user,
            AttackFixtures.Case portal,
            String joinCode) {}

    Requests(
            ObjectProvider<MockMvc> mvc,
            UserDetailsService users,
            @Qualifier("requestMappingHandlerMapping") RequestMappingHandlerMapping mappings,
            AttackFixtures fixtures) {
        this.mvc = mvc;
        this.users = users;
        this.mappings = mappings;
        this.fixtures = fixtures;
    }

    synchronized Records records() {
        if (records == null) {
            // the client pages and the participant pages get records of their own, which no staff row ends
            Long participated = fixtures.workshopOf("manager");
            records = new Records(
                    fixtures.ofBehandelaar(),
                    fixtures.workshopOf("manager"),
                    fixtures.caseDiscussionOf("behandelaar"),
                    fixtures.throwawayUser(),
                    fixtures.ofBehandelaar(),
                    fixtures.joinCodeOf("manager", participated));
        }
        return records;
    }

    /** "METHOD /pattern" of every handler mapping; a mapping without methods counts as GET. */
    Set<String> handlerEndpoints() {
        Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("GET " + pattern);
                }
                methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
            }
        }
        return endpoints;
    }

    /** The URL of a pattern in the records of {@link #records()}. */
    String url(String pattern) {
        return url(pattern, records().treatment());
    }

    /** The URL of a pattern with the treatment (and its goal, letter and link) of the given case. */
    String url(String pattern, AttackFixtures.Case treatment) {
        Records r = records();
        String id;
        if (pattern.startsWith("/intervisie/dilemmas/")) {
            id = String.valueOf(r.workshop());
        } else if (pattern.startsWith("/intervisie/casuistiek/")) {
            id = String.valueOf(r.caseDiscussion());
        } else if (pattern.startsWith("/beheer/gebruikers/")) {
            id = String.valueOf(r.user());
        } else if (pattern.startsWith("/profiel/tokens/")) {
            id = NO_SUCH_ID;
        } else {
            id = String.valueOf(treatment.id());
        }
        String token = pattern.endsWith("/afronden")
                ? r.portal().closingLinkToken()
                : r.portal().linkToken();
        return pattern.replace("{id}", id)
                .replace("{goalId}", String.valueOf(treatment.goalId()))
                .replace("{letterId}", String.valueOf(treatment.letterId()))
                .replace("{linkId}", String.valueOf(treatment.linkId()))
                .replace("{code}", pattern.startsWith("/w/") ? r.joinCode() : "GOAL_REACHED")
                .replace("{kind}", "CLIENT")
                .replace("{number}", "1")
                .replace("{token}", token)
                .replace("{cardId}", NO_SUCH_ID)
                .replace("{entryId}", NO_SUCH_ID)
                .replace("{evaluationId}", NO_SUCH_ID)
                .replace("{clientId}", String.valueOf(treatment.clientId()))
                .replace("{requestId}", NO_SUCH_ID);
    }

    /** The status for anonymous, therapist, manager and administrator. */
    List<Integer> statuses(EndpointRow row) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (String username : USERS) {
            statuses.add(status(row.method(), url(row.pattern()), username, row.params()));
        }
        return statuses;
    }

    int status(String method, String url, String username, Map<String, String> params) throws Exception {
        return response(method, url, username, params).getStatus();
    }

    MockHttpServletResponse response(String method, String url, String username, Map<String, String> params)
            throws Exception {
        return response(method, url, username, params, "{}");
    }

    /** The answer to a request with form parameters and, for API POSTs and PUTs, this JSON body. */
    MockHttpServletResponse response(
            String method, String url, String username, Map<String, String> params, String json) throws Exception {
        return mvc.getObject()
                .perform(as(request(HttpMethod.valueOf(method), url), method, url, username, params, json))
                .andReturn()
                .getResponse();
    }

    /** The request as the user: bearer token on /api, else a signed-in session user and a CSRF token. */
    MockHttpServletRequestBuilder as(
            MockHttpServletRequestBuilder request,
            String method,
            String url,
            String username,
            Map<String, String> params) {
        return as(request, method, url, username, params, "{}");
    }

    /** The same with a JSON body for API POSTs and PUTs. */
    MockHttpServletRequestBuilder as(
            MockHttpServletRequestBuilder request,
            String method,
            String url,
            String username,
            Map<String, String> params,
            String json) {
        params.forEach(request::param);
        if (url.startsWith("/api/")) {
            if (username != null) {
                String token = fixtures.tokenOf(username);
                request.header(
                        "Authorization", token != null ? "Bearer " + token : Api.bearer(mvc.getObject(), username));
            }
            if (method.matches("POST|PUT|PATCH")) {
                request.contentType(MediaType.APPLICATION_JSON).content(json);
            }
            return request;
        }
        request.with(csrf());
        return username == null ? request : request.with(user(users.loadUserByUsername(username)));
    }

    /** The row as the table would hold it with the statuses seen now. */
    String suggestedRow(String endpoint, Map<String, String> params) {
        try {
            EndpointRow probe = new EndpointRow(endpoint, 0, 0, 0, 0, params);
            List<Integer> seen = statuses(probe);
            return "row(\"%s\", %d, %d, %d, %d)"
                    .formatted(endpoint, seen.get(0), seen.get(1), seen.get(2), seen.get(3));
        } catch (Exception e) {
            return endpoint + ": " + e;
        }
    }
}
