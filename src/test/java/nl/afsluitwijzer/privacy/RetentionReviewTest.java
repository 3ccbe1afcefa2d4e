package nl.afsluitwijzer.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.privacy.internal.RetentionReview;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.ClientRecords;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The retention job, run once with a clock twenty years on, flags exactly the records past their term. */
@IntegrationTest
class RetentionReviewTest {

    private static final LocalDate ENDED = LocalDate.of(2026, 3, 2);

    @Autowired
    ClientRecords records;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    AuditLog audit;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    TreatmentChanges changes;

    @Autowired
    RetentionReview realReview;

    @AfterEach
    void liftTheFlags() {
        realReview.run();
    }

    @Test
    void theJobFlagsAnEndedRecordTheDayAfterItsTermAndNeverAnOpenOne() {
        Treatment ended = fixtures.startedBy("behandelaar");
        Treatment open = fixtures.startedBy("behandelaar");
        fixtures.as(
                "behandelaar",
                () -> changes.changePhase(
                        CurrentUser.require(), ended.getId(), null, Phase.DROPPED_OUT, ENDED, "client stopte"));

        jobAt(ENDED.plusYears(20));
        assertThat(flagged(ended)).isZero();

        jobAt(ENDED.plusYears(20).plusDays(1));
        assertThat(flagged(ended)).isEqualTo(1);
        assertThat(flagged(open)).isZero();
        fixtures.as(
                "manager",
                () -> assertThat(realReview.flagged(CurrentUser.require()))
                        .anyMatch(f -> f.clientId().equals(ended.getClientId())
                                && f.lastEnd().equals(ENDED)
                                && f.reference().equals(fixtures.referenceOf(ended))));
        fixtures.as(
                "behandelaar",
                () -> assertThatThrownBy(() -> realReview.flagged(CurrentUser.require()))
                        .isInstanceOf(DomainException.class));
    }

    private void jobAt(LocalDate day) {
        Clock clock = Clock.fixed(day.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        new RetentionJob(new RetentionReview(records, jdbc, audit, clock)).run();
    }

    private int flagged(Treatment treatment) {
        return jdbc.sql("SELECT COUNT(*) FROM retention_flag WHERE client_id = ?")
                .param(treatment.getClientId())
                .query(Integer.class)
                .single();
    }
}
