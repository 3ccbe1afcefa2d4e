package nl.afsluitwijzer.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.audit.AuditQuery;
import nl.afsluitwijzer.audit.internal.AuditEntry;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.Goal;
import nl.afsluitwijzer.treatment.GoalRepository;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentAccessDenied;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Recording and reading measurements against the real database (H2, and PostgreSQL with -Ppostgres). */
@IntegrationTest
class MeasurementsTest {

    /** The fixtures' treatments start on this day. */
    private static final LocalDate START = LocalDate.of(2026, 1, 5);

    @Autowired
    Measurements measurements;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    TreatmentChanges changes;

    @Autowired
    GoalRepository goals;

    @Autowired
    UserAccountRepository users;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTherapistRecordsAQuestionnaireByItsAnswersAndTheServerScoresIt() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        fixtures.as("behandelaar", () -> {
            MeasurementRecord saved = measurements.record(
                    CurrentUser.require(),
                    treatment.getId(),
                    NewMeasurement.ofAnswers("PHQ9", START, List.of(2, 2, 1, 2, 1, 2, 1, 2, 1)));
            assertThat(saved.id()).isNotNull();
            assertThat(saved.total()).isEqualTo(14);
            assertThat(saved.band()).isEqualTo("MODERATE");
            assertThat(saved.source()).isEqualTo(MeasurementSource.THERAPIST);
            assertThat(saved.recordedBy())
                    .isEqualTo(users.findByUsername("behandelaar").orElseThrow().getId());
            assertThat(measurements.of(CurrentUser.require(), treatment.getId()))
                    .singleElement()
                    .isEqualTo(saved);
        });
    }

    @Test
    void theAnswersAreStoredAndATotalEnteredByHandHasNone() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        fixtures.as("behandelaar", () -> {
            measurements.record(
                    CurrentUser.require(),
                    treatment.getId(),
                    NewMeasurement.ofAnswers("GAD7", START, List.of(0, 1, 2, 3, 0, 1, 2)));
            measurements.record(
                    CurrentUser.require(), treatment.getId(), NewMeasurement.ofTotal("GAD7", START.plusDays(7), 4));
        });
        List<MeasurementRecord> stored =
                measurements.forTreatments(List.of(treatment.getId())).get(treatment.getId());
        assertThat(stored)
                .extracting(MeasurementRecord::answers)
                .containsExactly(List.of(0, 1, 2, 3, 0, 1, 2), List.of());
        assertThat(stored.get(1).enteredAsTotal()).isTrue();
        assertThat(stored.get(1).band()).isEqualTo("MINIMAL");
    }

    @Test
    void theClassificationComparesTheFirstAndTheLatestPrimaryMeasurement() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        fixtures.as("behandelaar", () -> {
            measurements.record(CurrentUser.require(), treatment.getId(), NewMeasurement.ofTotal("PHQ9", START, 17));
            assertThat(measurements
                            .historyOf(CurrentUser.require(), treatment.getId())
                            .classification())
                    .isEmpty();
            measurements.record(
                    CurrentUser.require(), treatment.getId(), NewMeasurement.ofTotal("GAD7", START.plusDays(7), 2));
            measurements.record(
                    CurrentUser.require(), treatment.getId(), NewMeasurement.ofTotal("PHQ9", START.plusDays(28), 8));
            MeasurementHistory history = measurements.historyOf(CurrentUser.require(), treatment.getId());
            assertThat(history.primarySeries())
                    .extracting(MeasurementRecord::total)
                    .containsExactly(17, 8);
            assertThat(history.classification()).contains(Classification.RECOVERED);
        });
    }

    @Test
    void refusedAnswersStoreNothingAndNameTheItem() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        fixtures.as(
                "behandelaar",
                () -> assertThatThrownBy(() -> measurements.record(
                                CurrentUser.require(),
                                treatment.getId(),
                                NewMeasurement.ofAnswers("PHQ9", START, List.of(1, 1, 1, 4, 1, 1, 1, 1, 1))))
                        .isInstanceOfSatisfying(MeasurementRefused.class, refused -> {
                            assertThat(refused.kind()).isEqualTo(DomainException.Kind.REFUSED);
                            assertThat(refused.messageKey()).isEqualTo("measurement.invalid.answerOutOfRange");
                            assertThat(refused.item()).isEqualTo(4);
                        }));
        assertThat(count(treatment)).isZero();
    }

    @Test
    void theDateLiesBetweenTheStartAndToday() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        fixtures.as("behandelaar", () -> {
            assertThatThrownBy(() -> measurements.record(
                            CurrentUser.require(),
                            treatment.getId(),
                            NewMeasurement.ofTotal("PHQ9", START.minusDays(1), 10)))
                    .isInstanceOfSatisfying(
                            MeasurementRefused.class,
                            r -> assertThat(r.messageKey()).isEqualTo("measurement.date.before-start"));
            assertThatThrownBy(() -> measurements.record(
                            CurrentUser.require(),
                            treatment.getId(),
                            NewMeasurement.ofTotal("PHQ9", LocalDate.of(2100, 1, 1), 10)))
                    .isInstanceOfSatisfying(
                            MeasurementRefused.class, r -> assertThat(r.field()).isEqualTo("date"));
        });
        assertThat(count(treatment)).isZero();
    }

    @Test
    void goalRatingsAreRecordedAllOrNone() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        Long first = goals.findByTreatmentIdOrderByAddedOnAscIdAsc(treatment.getId())
                .get(0)
                .getId();
        fixtures.as("behandelaar", () -> {
            Goal second =
                    changes.addGoal(CurrentUser.require(), treatment.getId(), "Elke dag buiten wandelen", null, START);
            assertThatThrownBy(() -> measurements.record(
                            CurrentUser.require(),
                            treatment.getId(),
                            List.of(
                                    NewMeasurement.ofGoal("GBO", START, first, 4),
                                    NewMeasurement.ofGoal("GBO", START, second.getId(), 11))))
                    .isInstanceOf(MeasurementRefused.class);
            assertThat(count(treatment)).isZero();
            assertThatThrownBy(() -> measurements.record(
                            CurrentUser.require(), treatment.getId(), NewMeasurement.ofTotal("GBO", START, 4)))
                    .isInstanceOfSatisfying(
                            MeasurementRefused.class, r -> assertThat(r.field()).isEqualTo("goalId"));
            measurements.record(
                    CurrentUser.require(),
                    treatment.getId(),
                    List.of(
                            NewMeasurement.ofGoal("GBO", START, first, 4),
                            NewMeasurement.ofGoal("GBO", START, second.getId(), 6)));
            assertThat(measurements
                            .historyOf(CurrentUser.require(), treatment.getId())
                            .goalRatings())
                    .containsOnlyKeys(first, second.getId());
        });
    }

    @Test
    void anotherTherapistGetsNotFoundStoresNothingAndTheAttemptIsLogged() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        fixtures.as("behandelaar2", () -> {
            assertThatThrownBy(() -> measurements.record(
                            CurrentUser.require(), treatment.getId(), NewMeasurement.ofTotal("PHQ9", START, 9)))
                    .isInstanceOf(TreatmentAccessDenied.class);
            assertThatThrownBy(() -> measurements.of(CurrentUser.require(), treatment.getId()))
                    .isInstanceOf(TreatmentAccessDenied.class);
        });
        assertThat(count(treatment)).isZero();
        assertThat(audit.find(new AuditQuery(null, null, "behandelaar2", null, treatment.getId())))
                .isNotEmpty()
                .allMatch(e -> e.outcome().name().equals("FAILURE"));
    }

    @Test
    void theManagerRecordsForAnyTreatmentOfThePractice() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        fixtures.as(
                "manager",
                () -> measurements.record(
                        CurrentUser.require(), treatment.getId(), NewMeasurement.ofTotal("PHQ9", START, 9)));
        assertThat(count(treatment)).isOne();
    }

    @Test
    void anEndedTreatmentTakesNoMeasurements() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        fixtures.as("behandelaar", () -> {
            Treatment closing = changes.changePhase(
                    CurrentUser.require(), treatment.getId(), null, Phase.CLOSING, START.plusDays(1), null);
            changes.changePhase(
                    CurrentUser.require(),
                    treatment.getId(),
                    closing.getVersion(),
                    Phase.CLOSED,
                    START.plusDays(2),
                    null);
            assertThatThrownBy(() -> measurements.record(
                            CurrentUser.require(), treatment.getId(), NewMeasurement.ofTotal("PHQ9", START, 9)))
                    .isInstanceOfSatisfying(
                            DomainException.class, p -> assertThat(p.kind()).isEqualTo(DomainException.Kind.CONFLICT));
        });
        assertThat(count(treatment)).isZero();
    }

    @Test
    void everyWriteAndReadIsLoggedWithTheClientReference() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        fixtures.as("behandelaar", () -> {
            measurements.record(CurrentUser.require(), treatment.getId(), NewMeasurement.ofTotal("PHQ9", START, 9));
            measurements.of(CurrentUser.require(), treatment.getId());
        });
        List<AuditEntry> entries =
                audit.find(new AuditQuery(null, null, "behandelaar", null, treatment.getId())).stream()
                        .filter(e -> e.objectType().equals(Measurements.OBJECT))
                        .toList();
        assertThat(entries).extracting(e -> e.action().name()).contains("CREATE", "VIEW");
        assertThat(entries).allMatch(e -> fixtures.referenceOf(treatment).equals(e.clientReference()));
    }

    @Test
    void aClientEntersThroughThePortalWithoutASignedInUser() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        List<MeasurementRecord> saved = measurements.recordFromClient(
                treatment.getId(),
                List.of(NewMeasurement.ofAnswers("PHQ9", START.plusDays(3), Arrays.asList(0, 0, 1, 1, 0, 0, 1, 0, 0))));
        assertThat(saved).singleElement().satisfies(m -> {
            assertThat(m.source()).isEqualTo(MeasurementSource.CLIENT);
            assertThat(m.recordedBy()).isNull();
            assertThat(m.total()).isEqualTo(3);
        });
        assertThat(audit.find(new AuditQuery(null, null, Measurements.CLIENT_USER, null, treatment.getId())))
                .anyMatch(e -> e.action().name().equals("CREATE"));
    }

    @Test
    void manyTreatmentsAreReadInOneBatchWithoutEmptyEntries() {
        Treatment measured = fixtures.startedBy("behandelaar");
        Treatment unmeasured = fixtures.startedBy("behandelaar");
        fixtures.as(
                "behandelaar",
                () -> measurements.record(
                        CurrentUser.require(), measured.getId(), NewMeasurement.ofTotal("PHQ9", START, 9)));
        assertThat(measurements.forTreatments(List.of(measured.getId(), unmeasured.getId())))
                .containsOnlyKeys(measured.getId());
        assertThat(measurements.forTreatments(List.of())).isEmpty();
    }

    private long count(Treatment treatment) {
        return jdbc.sql("SELECT COUNT(*) FROM measurement WHERE treatment_id = ?")
                .param(treatment.getId())
                .query(Long.class)
                .single();
    }
}
