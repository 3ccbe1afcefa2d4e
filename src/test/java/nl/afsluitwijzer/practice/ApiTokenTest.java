package nl.afsluitwijzer.practice;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ApiTokenTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    UserAccountRepository users;

    @Test
    void theApiAnswers401ProblemJsonWithoutAToken() throws Exception {
        mvc.perform(get("/api/v1/audit"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(401))
                .andExpect(jsonPath("$.detail").isNotEmpty());
    }

    @Test
    void anUnknownTokenGets401ProblemJsonNeverALoginRedirect() throws Exception {
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer afw_not-a-real-token"))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void httpBasicCredentialsIssueATokenThatWorks() throws Exception {
        String body = mvc.perform(post("/api/v1/tokens")
                        .with(httpBasic("manager", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"script\"}"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.token").isNotEmpty())
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = body.replaceAll(".*\"token\":\"([^\"]+)\".*", "$1");
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
    }

    @Test
    void wrongBasicCredentialsGet401ProblemJson() throws Exception {
        mvc.perform(post("/api/v1/tokens").with(httpBasic("manager", "wrong-password")))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aRevokedTokenStopsWorking() throws Exception {
        Long userId = users.findByUsername("manager").orElseThrow().getId();
        ApiTokens.IssuedToken issued = tokens.issue(userId, "to revoke");
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isOk());
        tokens.revoke(userId, issued.id());
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void aTokenCannotBeRevokedByAnotherUser() {
        Long owner = users.findByUsername("behandelaar").orElseThrow().getId();
        Long other = users.findByUsername("behandelaar2").orElseThrow().getId();
        ApiTokens.IssuedToken issued = tokens.issue(owner, "mine");
        org.assertj.core.api.Assertions.assertThat(tokens.revoke(other, issued.id()))
                .isFalse();
        org.assertj.core.api.Assertions.assertThat(tokens.authenticate(issued.secret()))
                .isPresent();
    }

    @Test
    void unknownJsonFieldsAreRefusedWith400NamingTheField() throws Exception {
        mvc.perform(post("/api/v1/tokens")
                        .with(httpBasic("manager", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"x\",\"role\":\"ADMIN\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("role")));
    }
}
