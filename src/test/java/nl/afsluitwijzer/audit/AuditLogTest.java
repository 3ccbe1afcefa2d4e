package nl.afsluitwijzer.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.patch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import nl.afsluitwijzer.support.Api;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@IntegrationTest
class AuditLogTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    AuditLog audit;

    @Autowired
    UserDetailsService users;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void readingTheLogIsItselfLoggedAndListedThroughTheApi() throws Exception {
        mvc.perform(get("/api/v1/audit").header("Authorization", Api.bearer(mvc, "manager")))
                .andExpect(status().isOk());
        mvc.perform(get("/api/v1/audit").header("Authorization", Api.bearer(mvc, "beheer")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].user").value("beheer"))
                .andExpect(jsonPath("$[0].action").value("VIEW"))
                .andExpect(jsonPath("$[0].role").value("ADMIN"));
    }

    @Test
    void therapistsMayNotReadTheLog() throws Exception {
        mvc.perform(get("/api/v1/audit").header("Authorization", Api.bearer(mvc, "behandelaar")))
                .andExpect(status().isForbidden());
    }

    @Test
    void filtersByClientReferenceAndDate() throws Exception {
        // unique, since the PostgreSQL test database keeps its rows from one run to the next
        String reference = "FILTER-REF-" + System.nanoTime();
        audit.recordAs(
                "behandelaar",
                "THERAPIST",
                AuditEvent.of(AuditAction.VIEW, "TREATMENT", 42).forClient(reference, 42L));
        mvc.perform(get("/api/v1/audit")
                        .param("clientReference", reference)
                        .param("from", "2000-01-01")
                        .header("Authorization", Api.bearer(mvc, "manager")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.length()").value(1))
                .andExpect(jsonPath("$[0].treatmentId").value(42))
                .andExpect(jsonPath("$[0].clientReference").value(reference));
        mvc.perform(get("/api/v1/audit")
                        .param("clientReference", reference)
                        .param("to", "2000-01-01")
                        .header("Authorization", Api.bearer(mvc, "manager")))
                .andExpect(jsonPath("$.length()").value(0));
    }

    @Test
    void noEndpointChangesOrDeletesAnEntry() throws Exception {
        String token = Api.bearer(mvc, "manager");
        for (MockHttpServletRequestBuilder request : List.of(
                put("/api/v1/audit"),
                delete("/api/v1/audit"),
                patch("/api/v1/audit"),
                post("/api/v1/audit"),
                delete("/api/v1/audit/1"),
                put("/api/v1/audit/1"))) {
            int status = mvc.perform(request.header("Authorization", token))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).isIn(404, 405);
        }
        for (MockHttpServletRequestBuilder request : List.of(post("/beheer/audit"), delete("/beheer/audit"))) {
            int status = mvc.perform(request.with(csrf()).with(user(users.loadUserByUsername("manager"))))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            assertThat(status).isIn(404, 405);
        }
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            boolean auditPath = info.getPatternValues().stream().anyMatch(p -> p.contains("audit"));
            if (auditPath) {
                assertThat(info.getMethodsCondition().getMethods()).containsOnly(RequestMethod.GET);
            }
        }
    }

    @Test
    void theAuditLogHasNoOperationThatChangesOrDeletesEntries() {
        List<String> publicMethods = Arrays.stream(AuditLog.class.getDeclaredMethods())
                .filter(m -> Modifier.isPublic(m.getModifiers()))
                .map(Method::getName)
                .toList();
        assertThat(publicMethods)
                .containsExactlyInAnyOrder("record", "recordAs", "recordRefusal", "find", "findPage", "verifyChain");
    }
}
