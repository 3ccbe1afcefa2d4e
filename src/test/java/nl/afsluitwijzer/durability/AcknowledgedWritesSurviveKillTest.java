package nl.afsluitwijzer.durability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import nl.afsluitwijzer.durability.TreatmentWriters.Ack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application is killed (SIGKILL) while parallel API writers start treatments, then started again on
 * the same database: every treatment the API acknowledged is there, with its goal and its audit entry,
 * nothing is there in part, and the audit chain verifies. On the database of the suite (H2 or -Ppostgres).
 */
class AcknowledgedWritesSurviveKillTest {

    // Starting takes 15 s on a quiet machine; a CI machine running other suites may need much longer.
    private static final Duration START_TIMEOUT = Duration.ofSeconds(240);
    // A small child that starts fast: the test needs its writes, not its top speed.
    private static final String[] JVM = {"-Xmx384m", "-XX:+UseSerialGC"};
    private static final int WRITERS = 4;

    @TempDir
    Path dataDir;

    @Test
    void everyAcknowledgedWriteSurvivesAKillAndTheAuditChainStillVerifies() throws Exception {
        try (ChildDatabase database = ChildDatabase.forSuite(dataDir)) {
            List<Ack> acknowledged = writeUntilKilled(database);
            try (ApplicationProcess restarted = ApplicationProcess.start(
                    database.applicationProperties(), dataDir.resolve("restart.log"), START_TIMEOUT, JVM)) {
                assertThat(restarted.auditIntact())
                        .as(
                                "audit chain after the kill: first break %s, see %s",
                                restarted.auditFirstBreak(), restarted.output())
                        .isTrue();
                assertThat(restarted.auditChecked()).isGreaterThanOrEqualTo(acknowledged.size());
                assertTheApplicationStillWrites(restarted);
            }
            Map<Long, Stored> stored = storedTreatments(database);
            long lost = acknowledged.stream()
                    .filter(ack -> !stored.containsKey(ack.id()))
                    .count();
            System.out.printf(
                    "%s: %d writes acknowledged before the kill, %d treatments stored, %d lost%n",
                    database.isPostgres() ? "PostgreSQL" : "H2", acknowledged.size(), stored.size(), lost);
            assertThat(acknowledged)
                    .allSatisfy(ack -> assertThat(stored.get(ack.id()))
                            .as("acknowledged treatment %s (%d acknowledged before the kill)", ack, acknowledged.size())
                            .isNotNull()
                            .extracting(Stored::reference)
                            .isEqualTo(ack.reference()));
            assertThat(stored.values())
                    .as("every treatment whole: one goal, one audit entry")
                    .allSatisfy(treatment -> assertThat(treatment.goals() + "/" + treatment.audits())
                            .isEqualTo("1/1"));
            assertThat(clientsWithoutTreatment(database)).isZero();
        }
    }

    private List<Ack> writeUntilKilled(ChildDatabase database) throws Exception {
        ApplicationProcess application = ApplicationProcess.start(
                database.applicationProperties(), dataDir.resolve("first.log"), START_TIMEOUT, JVM);
        TreatmentWriters writers = TreatmentWriters.asDemoTherapist(application.port());
        // Killed the moment a random acknowledgement arrives: its commit is as recent as an acknowledged one
        // can be, and the other writers have requests in every stage.
        writers.onAcknowledgement(ThreadLocalRandom.current().nextInt(50, 150), application::killNow);
        writers.start(WRITERS);
        application.awaitExit(Duration.ofMinutes(3));
        writers.stop();
        assertThat(writers.errors())
                .as("answers other than 201 before the kill")
                .isEmpty();
        assertThat(writers.broken()).as("writers cut off by the kill").isPositive();
        return writers.acks();
    }

    private static void assertTheApplicationStillWrites(ApplicationProcess application) throws Exception {
        TreatmentWriters writers = TreatmentWriters.asDemoTherapist(application.port());
        writers.start(1);
        Thread.sleep(300);
        writers.stop();
        assertThat(writers.errors()).isEmpty();
        assertThat(writers.acks()).isNotEmpty();
    }

    record Stored(String reference, int goals, int audits) {}

    private static Map<Long, Stored> storedTreatments(ChildDatabase database) throws Exception {
        Map<Long, Stored> stored = new HashMap<>();
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT t.id, c.reference,
                            (SELECT COUNT(*) FROM goal g WHERE g.treatment_id = t.id),
                            (SELECT COUNT(*) FROM audit_entry a WHERE a.treatment_id = t.id
                                AND a.action = 'CREATE' AND a.object_type = 'TREATMENT')
                        FROM treatment t JOIN client c ON c.id = t.client_id
                        WHERE c.reference LIKE 'DUR-%'""")) {
            while (rows.next()) {
                stored.put(rows.getLong(1), new Stored(rows.getString(2), rows.getInt(3), rows.getInt(4)));
            }
        }
        return stored;
    }

    private static int clientsWithoutTreatment(ChildDatabase database) throws Exception {
        try (Connection connection = database.connect();
                Statement statement = connection.createStatement();
                ResultSet count = statement.executeQuery("""
                        SELECT COUNT(*) FROM client c WHERE c.reference LIKE 'DUR-%'
                            AND NOT EXISTS (SELECT 1 FROM treatment t WHERE t.client_id = c.id)""")) {
            count.next();
            return count.getInt(1);
        }
    }
}
