package nl.afsluitwijzer.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Each role gets exactly its pages: a table of URL × role → status, and every page must have a row. */
@IntegrationTest
class RoleAccessTest {

    private static final int LOGIN = 302;

    /** URL, then the status for: anonymous, therapist, manager, administrator. */
    static Stream<Arguments> pages() {
        return Stream.of(
                row("/", LOGIN, 302, 302, 302),
                row("/caseload", LOGIN, 200, 200, 403),
                row("/behandelingen/nieuw", LOGIN, 200, 200, 403),
                row("/bronnen", LOGIN, 200, 200, 200),
                row("/beheer/beleid", LOGIN, 403, 200, 403),
                row("/beheer/brieven", LOGIN, 403, 200, 403),
                row("/login", 200, 302, 302, 302),
                row("/login/code", LOGIN, 302, 302, 302),
                row("/profiel/tweestaps", LOGIN, 200, 200, 200),
                row("/profiel", LOGIN, 200, 200, 200),
                row("/profiel/wachtwoord", LOGIN, 200, 200, 200),
                row("/beheer/gebruikers", LOGIN, 403, 200, 200),
                row("/beheer/audit", LOGIN, 403, 200, 200),
                row("/beheer/audit/controle", LOGIN, 403, 200, 200),
                row("/beheer/audit/export", LOGIN, 403, 200, 200),
                row("/intervisie", LOGIN, 200, 200, 403),
                row("/intervisie/kennisbank", LOGIN, 200, 200, 403),
                row("/intervisie/casuistiek/nieuw", LOGIN, 200, 200, 403),
                row("/inzicht", LOGIN, 403, 200, 403),
                row("/inzicht/indicatoren", LOGIN, 403, 200, 403),
                row("/inzicht/indicatoren.csv", LOGIN, 403, 200, 403),
                row("/inzicht/behandelingen", LOGIN, 403, 200, 403),
                row("/inzicht/simulatie", LOGIN, 403, 200, 403),
                row("/inzicht/norm1", LOGIN, 403, 200, 403),
                row("/w", 200, 200, 200, 200));
    }

    /** GET pages that are not meant for people in a role (error pages, API, static files). */
    private static final Set<String> NOT_PAGES = Set.of("/error", "/error/problem");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    RequestMappingHandlerMapping mappings;

    @ParameterizedTest(name = "{0}: anonymous {1}, therapist {2}, manager {3}, admin {4}")
    @MethodSource("pages")
    void eachRoleGetsExactlyItsPages(String url, int anonymous, int therapist, int manager, int admin)
            throws Exception {
        assertThat(status(get(url))).as("anonymous").isEqualTo(anonymous);
        assertThat(status(get(url).with(user(users.loadUserByUsername("behandelaar"))))).as("therapist")
                .isEqualTo(therapist);
        assertThat(status(get(url).with(user(users.loadUserByUsername("manager"))))).as("manager")
                .isEqualTo(manager);
        assertThat(status(get(url).with(user(users.loadUserByUsername("beheer"))))).as("admin").isEqualTo(admin);
    }

    @Test
    void everyPageHasARowInTheTable() {
        Set<String> covered = new TreeSet<>(pages().map(row -> (String) row.get()[0]).toList());
        Set<String> missing = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            boolean isGet = info.getMethodsCondition().getMethods().isEmpty()
                    || info.getMethodsCondition().getMethods().contains(RequestMethod.GET);
            for (String pattern : info.getPatternValues()) {
                if (isGet && !pattern.startsWith("/api/") && !NOT_PAGES.contains(pattern)
                        && !pattern.contains("{") && !covered.contains(pattern)) {
                    missing.add(pattern);
                }
            }
        }
        assertThat(missing).as("pages without a row in RoleAccessTest").isEmpty();
    }

    private int status(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse().getStatus();
    }

    private static Arguments row(String url, int anonymous, int therapist, int manager, int admin) {
        return Arguments.of(url, anonymous, therapist, manager, admin);
    }

    static List<String> urls() {
        return pages().map(row -> (String) row.get()[0]).toList();
    }
}
