package nl.afsluitwijzer.closing;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.ThymeleafLetterText;
import db.migration.V47__closing_mustache_letter_templates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import nl.afsluitwijzer.closing.internal.Preview;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.UserAccount;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Templates stored as Thymeleaf become Mustache text (V47): what converts keeps working, the rest stays text. */
@IntegrationTest
class LetterTemplateMigrationTest {

    @Autowired
    LetterTemplates templates;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    UserAccountRepository users;

    @Test
    void theFormerDefaultTemplatesConvertToKnownPlaceholdersOnly() throws IOException {
        for (LetterKind kind : LetterKind.values()) {
            String thymeleaf = new ClassPathResource(
                            "letters-thymeleaf/" + kind.name().toLowerCase() + ".html")
                    .getContentAsString(StandardCharsets.UTF_8);
            String mustache = ThymeleafLetterText.convert(thymeleaf);
            assertThat(TemplateScan.of(mustache).unknown())
                    .as(kind + ":\n" + mustache)
                    .isEmpty();
            assertThat(mustache).doesNotContain("th:", "${", "<").contains("{{client.name}}", "{{therapist.name}}");
            fixtures.as("manager", () -> {
                Preview preview = templates.preview(CurrentUser.require(), kind, mustache);
                assertThat(preview.failed())
                        .as(kind + ": " + preview.errorDetail())
                        .isFalse();
                assertThat(preview.body()).contains("<h2>", "Sam Voorbeeld").doesNotContain("&#123;", "th:");
            });
        }
    }

    @Test
    void aStoredTemplateIsConvertedAndWhatCannotBeStaysText() throws Exception {
        UserAccount manager = users.findByUsername("manager").orElseThrow();
        String stored = """
                <html xmlns:th="http://www.thymeleaf.org"><head><style>p { color: red; }</style></head><body>
                <p>Beste <span th:text="${client.name}">x</span>, [[${therapist.name}]] groet.</p>
                <p th:if="${plan.learned}" th:text="${plan.learned}">x</p>
                <ul><li th:each="g : ${treatment.goals}" th:text="|${g.description} (${g.status})|">x</li></ul>
                <p th:text="${T(java.lang.Runtime).getRuntime().exec('id')}">x</p>
                <p th:if="${#strings.contains(client.name, 'a')}">a</p>
                </body></html>""";
        jdbc.sql("DELETE FROM letter_template WHERE practice_id = ? AND kind = 'HANDOVER'")
                .param(manager.getPracticeId())
                .update();
        jdbc.sql("INSERT INTO letter_template (practice_id, kind, body, updated_at, updated_by, version) "
                        + "VALUES (?, 'HANDOVER', ?, ?, ?, 3)")
                .params(manager.getPracticeId(), stored, Timestamp.from(Instant.now()), manager.getId())
                .update();
        try (Connection connection = dataSource.getConnection()) {
            new V47__closing_mustache_letter_templates().migrate(contextOf(connection));
        }
        String body = jdbc.sql("SELECT body FROM letter_template WHERE practice_id = ? AND kind = 'HANDOVER'")
                .param(manager.getPracticeId())
                .query(String.class)
                .single();
        jdbc.sql("DELETE FROM letter_template WHERE practice_id = ? AND kind = 'HANDOVER'")
                .param(manager.getPracticeId())
                .update();
        assertThat(body).isEqualTo("""
                Beste {{client.name}}, {{therapist.name}} groet.

                {{#plan.learned}}
                {{plan.learned}}

                {{/plan.learned}}

                {{#treatment.goals}}
                - {{description}} ({{status}})
                {{/treatment.goals}}

                th:text="${T(java.lang.Runtime).getRuntime().exec('id')}"

                th:if="${#strings.contains(client.name, 'a')}" a
                """);
    }

    private static Context contextOf(Connection connection) {
        return new Context() {
            @Override
            public Configuration getConfiguration() {
                return null;
            }

            @Override
            public Connection getConnection() {
                return connection;
            }
        };
    }
}
