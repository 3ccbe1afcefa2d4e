package nl.afsluitwijzer.attack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.afsluitwijzer.support.Api;
import nl.afsluitwijzer.support.IntegrationTest;
import org.assertj.core.api.SoftAssertions;
import org.assertj.core.api.junit.jupiter.InjectSoftAssertions;
import org.assertj.core.api.junit.jupiter.SoftAssertionsExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * SQL injection strings in every request parameter of every GET endpoint (the parameter names come from the
 * handler methods: request parameters and the fields of form records, so sort, filter and search are in),
 * in every text field of the treatment forms and API bodies: never a server error, never a database message,
 * never more data, and the text is stored as typed.
 */
@IntegrationTest
@ExtendWith(SoftAssertionsExtension.class)
class SqlInjectionTest {

    static final List<String> PAYLOADS = List.of(
            "' OR '1'='1",
            "1; DROP TABLE treatment--",
            "x' UNION SELECT username, password_hash FROM user_account--",
            "%' OR 1=1 --",
            "\" OR \"\"=\"");
    /** Fewer for the forms, which store: each string is one new record per form. */
    private static final List<String> STORED = List.of("' OR '1'='1", "1\"; DROP TABLE treatment--");

    private static final List<String> DATABASE_WORDS = List.of(
            "SQLException",
            "SQL statement",
            "org.h2",
            "PSQLException",
            "bad SQL grammar",
            "syntax error",
            "{bcrypt}",
            "$2a$");

    @InjectSoftAssertions
    SoftAssertions softly;

    @Autowired
    MockMvc mvc;

    @Autowired
    Requests requests;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    AttackFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyParameterOfEveryGetEndpointSurvivesInjectionStrings() throws Exception {
        int requestsSent = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            if (!isGet(entry.getKey())) {
                continue;
            }
            for (String pattern : entry.getKey().getPatternValues()) {
                for (String parameter : parameterNames(entry.getValue())) {
                    for (String payload : PAYLOADS.subList(0, 3)) {
                        String url = requests.url(pattern);
                        String username = url.startsWith("/api/v1/audit") || url.startsWith("/beheer/")
                                ? "manager"
                                : url.startsWith("/inzicht") || url.startsWith("/api/v1/insights")
                                        ? "manager"
                                        : "behandelaar";
                        var response = mvc.perform(
                                        requests.as(get(url).param(parameter, payload), "GET", url, username, Map.of()))
                                .andReturn()
                                .getResponse();
                        harmless(response, pattern + "?" + parameter + "=" + payload);
                        requestsSent++;
                    }
                }
            }
        }
        assertThat(requestsSent).isGreaterThan(50);
    }

    @Test
    void aSearchForAnInjectionStringFindsNothing() throws Exception {
        for (String payload : PAYLOADS) {
            var response = mvc.perform(get("/api/v1/audit")
                            .param("clientReference", payload)
                            .header("Authorization", Api.bearer(mvc, "manager")))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus()).isEqualTo(200);
            assertThat(response.getContentAsString()).as(payload).isEqualTo("[]");
        }
    }

    @Test
    void everyTextFieldOfTheTreatmentFormsAndApiStoresInjectionStringsAsTyped() throws Exception {
        AttackFixtures.Case treatment = fixtures.of("behandelaar");
        Long colleague = jdbc.sql("SELECT id FROM user_account WHERE username = 'behandelaar2'")
                .query(Long.class)
                .single();
        for (String payload : STORED) {
            for (String endpoint : requests.handlerEndpoints()) {
                if (!endpoint.startsWith("POST /behandelingen/{id}/")
                        || endpoint.endsWith("/fase")
                        || endpoint.endsWith("/afsluiten")) {
                    continue;
                }
                Map<String, String> form = new java.util.HashMap<>(ValidInput.form(endpoint, colleague));
                if (!form.containsValue(ValidInput.TEXT)) {
                    continue;
                }
                form.replaceAll((name, value) -> ValidInput.TEXT.equals(value) ? payload : value);
                String url = requests.url(endpoint.substring(5), treatment);
                harmless(
                        mvc.perform(requests.as(request(HttpMethod.POST, url), "POST", url, "behandelaar", form))
                                .andReturn()
                                .getResponse(),
                        endpoint + " " + payload);
            }
            for (String endpoint : List.of(
                    "POST /api/v1/treatments/{id}/goals",
                    "POST /api/v1/treatments/{id}/discussions",
                    "POST /api/v1/treatments/{id}/evaluations")) {
                String url = requests.url(endpoint.substring(5), treatment);
                String body = ValidInput.json(endpoint).replace(ValidInput.TEXT, payload.replace("\"", "\\\""));
                var response = mvc.perform(
                                requests.as(request(HttpMethod.POST, url), "POST", url, "behandelaar", Map.of(), body))
                        .andReturn()
                        .getResponse();
                harmless(response, endpoint + " " + payload);
            }
            assertThat(jdbc.sql("SELECT COUNT(*) FROM goal WHERE treatment_id = ? AND description = ?")
                            .params(treatment.id(), payload)
                            .query(Long.class)
                            .single())
                    .as(payload)
                    .isEqualTo(2);
        }
    }

    @AfterEach
    void theTablesAreStillThere() {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM treatment").query(Long.class).single())
                .isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM user_account")
                        .query(Long.class)
                        .single())
                .isPositive();
    }

    private void harmless(MockHttpServletResponse response, String what) throws Exception {
        softly.assertThat(response.getStatus()).as(what).isLessThan(500);
        String body = response.getContentAsString();
        for (String word : DATABASE_WORDS) {
            softly.assertThat(body).as(what).doesNotContainIgnoringCase(word);
        }
    }

    private static boolean isGet(RequestMappingInfo info) {
        Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
        return methods.isEmpty() ? !info.getPatternValues().contains("/error") : methods.contains(RequestMethod.GET);
    }

    /** The request parameters a handler reads: @RequestParam names and the fields of form records. */
    static Set<String> parameterNames(HandlerMethod handler) {
        Set<String> names = new TreeSet<>();
        for (MethodParameter parameter : handler.getMethodParameters()) {
            parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
            RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
            if (param != null) {
                names.add(!param.name().isEmpty() ? param.name() : parameter.getParameterName());
            } else if (parameter.getParameterType().isRecord()
                    && !parameter.hasParameterAnnotation(RequestBody.class)
                    && !parameter.hasParameterAnnotation(PathVariable.class)) {
                for (var component : parameter.getParameterType().getRecordComponents()) {
                    names.add(component.getName());
                }
            }
        }
        return names;
    }
}
