package nl.afsluitwijzer.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import nl.afsluitwijzer.practice.internal.PolicyVersion;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.WebSession;
import nl.afsluitwijzer.support.WebSession.Page;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/**
 * The policy's optional evaluation point "after N sessions": saved with the version, empty means halfway only, a
 * bad number is an error beside the field; the versions table names who saved each version and when.
 */
@IntegrationTest
class PolicyEvaluationPointTest {

    private static final LocalDate DATE = LocalDate.of(2027, 7, 1);

    @LocalServerPort
    int port;

    @Autowired
    Policies policies;

    @Autowired
    PracticeRepository practices;

    @Autowired
    UserAccountRepository users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    @AfterEach
    void removeTheVersion() {
        jdbc.sql("DELETE FROM practice_policy WHERE effective_from = ?")
                .param(DATE)
                .update();
    }

    @Test
    void theEvaluationPointAfterNSessionsIsSavedAndTheVersionNamesWhoSavedIt() {
        WebSession manager = signedIn();
        Page saved = manager.submit("/beheer/beleid", "/beheer/beleid", fields("5"));
        assertThat(saved.status()).isEqualTo(302);

        Long practice = practices.findAll().get(0).getId();
        assertThat(policies.inForce(practice, DATE).evaluateAfterSessions()).isEqualTo(5);
        assertThat(policies.inForce(practice, DATE).evaluationPoint(12)).isEqualTo(5);
        PolicyVersion version = policies.versions(practice).stream()
                .filter(v -> v.policy().effectiveFrom().equals(DATE))
                .findFirst()
                .orElseThrow();
        String name = users.findByUsername("manager").orElseThrow().getDisplayName();
        assertThat(version.savedBy()).isEqualTo(name);

        String page = HtmlUtils.htmlUnescape(manager.get("/beheer/beleid").body());
        assertThat(page).contains(text("policy.short.evaluation.after", 5)).contains(name + ", ");
    }

    @Test
    void anEmptyEvaluationPointMeansHalfwayOnly() {
        assertThat(signedIn()
                        .submit("/beheer/beleid", "/beheer/beleid", fields(""))
                        .status())
                .isEqualTo(302);

        Policy policy = policies.inForce(practices.findAll().get(0).getId(), DATE);
        assertThat(policy.evaluateAfterSessions()).isNull();
        assertThat(policy.evaluationPoint(12)).isEqualTo(6);
        assertThat(policy.evaluationPoint(13)).isEqualTo(7);
    }

    @Test
    void aBadEvaluationPointIsAnErrorBesideTheField() {
        Page page = signedIn().submit("/beheer/beleid", "/beheer/beleid", fields("0"));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).containsPattern("<input[^>]*aria-invalid=\"true\"[^>]*id=\"evaluateAfterSessions\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM practice_policy WHERE effective_from = ?")
                        .param(DATE)
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.ROOT);
    }

    private Map<String, String> fields(String evaluateAfterSessions) {
        Policy now = Policy.defaults();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("effectiveFrom", DATE.toString());
        fields.put("expectedStandard", String.valueOf(now.expectedStandard()));
        fields.put("expectedComplex", String.valueOf(now.expectedComplex()));
        fields.put("overrunMargin", String.valueOf(now.overrunMargin()));
        fields.put("measureEverySessions", String.valueOf(now.measureEverySessions()));
        fields.put("plateauMeasurements", String.valueOf(now.plateauMeasurements()));
        fields.put("plateauMinDays", String.valueOf(now.plateauMinDays()));
        fields.put("noContactDays", String.valueOf(now.noContactDays()));
        fields.put("mdoReviewDays", String.valueOf(now.mdoReviewDays()));
        fields.put("colleagueReviewDays", String.valueOf(now.colleagueReviewDays()));
        fields.put("lowRatingThreshold", String.valueOf(now.lowRatingThreshold()));
        fields.put("evaluateAfterSessions", evaluateAfterSessions);
        return fields;
    }

    private WebSession signedIn() {
        WebSession session = new WebSession(port);
        session.signIn("manager", "demo");
        return session;
    }
}
