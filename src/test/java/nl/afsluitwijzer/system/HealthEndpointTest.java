package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The health probes are open to load balancers without signing in and tell nothing but UP or DOWN; no
 * other actuator endpoint is reachable, for anyone. (Actuator endpoints have their own handler mapping, so
 * EndpointAccessTest does not see them: this is their access table.)
 */
@IntegrationTest
class HealthEndpointTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void theProbesAreAnonymousAndShowNoDetails(String path) throws Exception {
        mvc.perform(get(path))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UP"))
                .andExpect(content().string(not(containsString("components"))))
                .andExpect(content().string(not(containsString("details"))))
                .andExpect(content().string(not(containsString("jdbc"))));
    }

    @Test
    void signedInUsersSeeNoMoreThanAnonymousOnes() throws Exception {
        String anonymous =
                mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString();
        for (String username : List.of("behandelaar", "manager", "beheer")) {
            String seen = mvc.perform(get("/actuator/health").with(user(users.loadUserByUsername(username))))
                    .andReturn()
                    .getResponse()
                    .getContentAsString();
            assertThat(seen).as(username).isEqualTo(anonymous);
        }
    }

    /** Each path as anonymous, therapist, manager and administrator: always forbidden. */
    @ParameterizedTest
    @ValueSource(
            strings = {
                "/actuator",
                "/actuator/env",
                "/actuator/beans",
                "/actuator/configprops",
                "/actuator/health/db",
                "/actuator/health/diskSpace",
                "/actuator/heapdump",
                "/actuator/loggers",
                "/actuator/mappings",
                "/actuator/sessions",
                "/actuator/metrics"
            })
    void noOtherActuatorEndpointIsReachable(String path) throws Exception {
        List<Integer> seen = new ArrayList<>();
        seen.add(statusOf(get(path)));
        for (String username : List.of("behandelaar", "manager", "beheer")) {
            seen.add(statusOf(get(path).with(user(users.loadUserByUsername(username)))));
        }
        assertThat(seen).as(path).containsExactly(403, 403, 403, 403);
    }

    @Test
    void theProbesOnlyAnswerGet() throws Exception {
        assertThat(statusOf(post("/actuator/health/readiness"))).isEqualTo(403);
    }

    private int statusOf(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }
}
