package nl.afsluitwijzer.closing;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V116__closing_letters_by_ending;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.UserAccount;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.support.PdfPages;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Stored templates after the letters learned how a treatment ended (V116): an unchanged copy of the former default
 * gives way to the new default; a changed template keeps its own text, with the sections that only fit a regular
 * closing put inside {{#ending.closed}}, so a transfer letter made with it has no empty agreements or guarantee.
 */
@IntegrationTest
class LetterEndingMigrationTest {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DataSource dataSource;

    @Autowired
    UserAccountRepository users;

    @Autowired
    ClosingFixtures closingFixtures;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    Letters letters;

    @AfterEach
    void removeStoredTemplates() {
        jdbc.sql("DELETE FROM letter_template WHERE practice_id = ?")
                .param(manager().getPracticeId())
                .update();
    }

    @Test
    void anUnchangedCopyOfTheFormerDefaultGivesWayToTheNewDefault() throws Exception {
        store("GP", formerDefault("gp"));
        migrate();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM letter_template WHERE practice_id = ?")
                        .param(manager().getPracticeId())
                        .query(Integer.class)
                        .single())
                .isZero();
    }

    @Test
    void aChangedTemplateKeepsItsTextAndPrintsNoAgreementsOrGuaranteeAfterATransfer() throws Exception {
        String own = formerDefault("gp").replace("Met collegiale groet,", "Met vriendelijke groet van ons team,");
        store("GP", own);
        migrate();
        String body = jdbc.sql("SELECT body FROM letter_template WHERE practice_id = ? AND kind = 'GP'")
                .param(manager().getPracticeId())
                .query(String.class)
                .single();
        assertThat(body)
                .contains(
                        "Met vriendelijke groet van ons team,",
                        "{{#ending.closed}}\n## Afspraken over behoud van resultaat",
                        "{{/plan.returnGuarantee}}\n{{/ending.closed}}");

        Treatment treatment = closingFixtures.inClosing();
        closingFixtures.close(
                treatment,
                ClosingReason.TRANSFERRED,
                new Handover("M. Jansen", "GGZ De Brug", true, true, true),
                "volgt");
        String[] text = new String[1];
        fixtures.as("behandelaar", () -> {
            StoredLetter letter = letters.generate(CurrentUser.require(), treatment.getId(), LetterKind.GP);
            byte[] pdf = letters.download(CurrentUser.require(), treatment.getId(), letter.id())
                    .content();
            PdfPages.save("migrated-own-gp-transfer", pdf);
            text[0] = PdfPages.text(pdf);
        });
        assertThat(text[0])
                .contains("Met vriendelijke groet van ons team,")
                .doesNotContain("Afspraken over behoud van resultaat", "Terugkeergarantie");
    }

    @Test
    void aTemplateWithoutTheShippedSectionsOrAlreadyAwareOfTheEndingIsLeftAsItIs() {
        assertThat(V116__closing_letters_by_ending.migrate("HANDOVER", "## Behoud van resultaat\n"))
                .isEqualTo("## Behoud van resultaat\n");
        String aware = "{{#ending.closed}}x{{/ending.closed}}\n## Behoud van resultaat\n{{/plan.returnGuarantee}}\n";
        assertThat(V116__closing_letters_by_ending.migrate("CLIENT", aware)).isEqualTo(aware);
        assertThat(V116__closing_letters_by_ending.migrate("GP", "Beste collega\n"))
                .isEqualTo("Beste collega\n");
    }

    private UserAccount manager() {
        return users.findByUsername("manager").orElseThrow();
    }

    private void store(String kind, String body) {
        UserAccount manager = manager();
        jdbc.sql("INSERT INTO letter_template (practice_id, kind, body, updated_at, updated_by, version) "
                        + "VALUES (?, ?, ?, ?, ?, 2)")
                .params(manager.getPracticeId(), kind, body, Timestamp.from(Instant.now()), manager.getId())
                .update();
    }

    private void migrate() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            new V116__closing_letters_by_ending().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }
    }

    private static String formerDefault(String name) throws Exception {
        return new ClassPathResource("db/letters/V116/" + name + ".txt").getContentAsString(StandardCharsets.UTF_8);
    }
}
