package nl.afsluitwijzer.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** A bearer request is a read: it writes the token's "last used" at most once a minute, not on every request. */
@IntegrationTest
class ApiTokenLastUsedTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokens tokens;

    @Autowired
    UserAccountRepository users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void theFirstRequestRecordsTheUseAndASecondOneWithinTheMinuteWritesNothing() throws Exception {
        ApiTokens.IssuedToken issued = issue("within a minute");
        assertThat(lastUsed(issued)).isNull();

        request(issued);
        Instant first = lastUsed(issued);
        assertThat(first).isNotNull();

        Instant halfAMinuteAgo = clock.instant().minusSeconds(30).truncatedTo(ChronoUnit.MILLIS);
        setLastUsed(issued, halfAMinuteAgo);
        request(issued);
        request(issued);
        assertThat(lastUsed(issued)).isEqualTo(halfAMinuteAgo);
    }

    @Test
    void aRequestMoreThanAMinuteAfterTheRecordedUseRecordsItAgain() throws Exception {
        ApiTokens.IssuedToken issued = issue("after a minute");
        Instant longerAgo = clock.instant().minusSeconds(61).truncatedTo(ChronoUnit.MILLIS);
        setLastUsed(issued, longerAgo);

        Instant before = clock.instant().minusSeconds(1);
        request(issued);

        assertThat(lastUsed(issued)).isAfter(before);
    }

    private ApiTokens.IssuedToken issue(String name) {
        return tokens.issue(users.findByUsername("manager").orElseThrow().getId(), name);
    }

    private void request(ApiTokens.IssuedToken issued) throws Exception {
        mvc.perform(get("/api/v1/audit").header("Authorization", "Bearer " + issued.secret()))
                .andExpect(status().isOk());
    }

    private Instant lastUsed(ApiTokens.IssuedToken issued) {
        Timestamp at = jdbc.sql("SELECT last_used_at FROM api_token WHERE id = ?")
                .param(issued.id())
                .query(Timestamp.class)
                .list()
                .get(0);
        return at == null ? null : at.toInstant();
    }

    private void setLastUsed(ApiTokens.IssuedToken issued, Instant at) {
        jdbc.sql("UPDATE api_token SET last_used_at = ? WHERE id = ?")
                .params(Timestamp.from(at), issued.id())
                .update();
    }
}
