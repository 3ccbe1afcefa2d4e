package nl.afsluitwijzer.signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.PracticeDay;
import nl.afsluitwijzer.measurement.Measurements;
import nl.afsluitwijzer.measurement.NewMeasurement;
import nl.afsluitwijzer.portal.ClientLinks;
import nl.afsluitwijzer.portal.internal.IssuedLink;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.signal.internal.SignalAcknowledging;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SUICIDE_ITEM from stored measurements (by the therapist and through the client link): only a recorded risk
 * assessment acknowledges it, and the assessment is stored, audit-logged and listed.
 */
@IntegrationTest
class RiskAssessmentsTest {

    private static final List<Integer> ITEM9_ZERO = List.of(2, 2, 1, 2, 1, 1, 2, 1, 0);
    private static final List<Integer> ITEM9_ONE = List.of(2, 2, 1, 2, 1, 1, 2, 1, 1);

    @Autowired
    Signals signals;

    @Autowired
    SignalAcknowledging acknowledging;

    @Autowired
    RiskAssessments assessments;

    @Autowired
    Measurements measurements;

    @Autowired
    ClientLinks links;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aTherapistsPhq9WithItem9AboveZeroAsksForARiskAssessmentAndOnlyThatAcknowledgesIt() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        LocalDate today = PracticeDay.today();
        fixtures.as("behandelaar", () -> {
            measurements.record(
                    CurrentUser.require(),
                    treatment.getId(),
                    NewMeasurement.ofAnswers("PHQ9", today.minusDays(1), ITEM9_ZERO));
            assertThat(suicideItem(treatment)).isNull();
            measurements.record(
                    CurrentUser.require(), treatment.getId(), NewMeasurement.ofAnswers("PHQ9", today, ITEM9_ONE));
            Signal open = suicideItem(treatment);
            assertThat(open.severity()).isEqualTo(Severity.ACTION);
            assertThat(open.acknowledged()).isFalse();
            assertThat(open.fingerprint()).isEqualTo("PHQ9@" + today + ":item9=1");

            assertThatThrownBy(() -> acknowledging.acknowledge(
                            CurrentUser.require(), treatment.getId(), SignalCode.SUICIDE_ITEM, "Besproken"))
                    .hasMessage("signal.acknowledge.risk-assessment-required");
            assertThatThrownBy(() -> assessments.record(CurrentUser.require(), treatment.getId(), today, null, "x"))
                    .hasMessage("risk.assessment.outcome.required");
            assertThatThrownBy(() -> assessments.record(
                            CurrentUser.require(), treatment.getId(), null, RiskOutcome.SAFETY_PLAN, null))
                    .hasMessage("risk.assessment.date.required");
            assertThatThrownBy(() -> assessments.record(
                            CurrentUser.require(), treatment.getId(), today.plusDays(1), RiskOutcome.SAFETY_PLAN, null))
                    .hasMessage("risk.assessment.date.future");
            assertThatThrownBy(() -> assessments.record(
                            CurrentUser.require(), treatment.getId(), today, RiskOutcome.SAFETY_PLAN, "x".repeat(2001)))
                    .hasMessage("risk.assessment.note.too-long");
            assertThat(assessments.recordedFor(treatment.getId())).isEmpty();
            assertThat(suicideItem(treatment).acknowledged()).isFalse();

            RiskAssessments.Recorded saved = assessments.record(
                    CurrentUser.require(),
                    treatment.getId(),
                    today,
                    RiskOutcome.SAFETY_PLAN,
                    "  Veiligheidsplan gemaakt, partner ingelicht.  ");
            assertThat(saved.note()).isEqualTo("Veiligheidsplan gemaakt, partner ingelicht.");
            assertThat(saved.recordedByName()).isNotBlank();
            assertThat(suicideItem(treatment).acknowledged()).isTrue();
            assertThat(assessments.of(CurrentUser.require(), treatment.getId()))
                    .singleElement()
                    .satisfies(a -> assertThat(a.outcome()).isEqualTo(RiskOutcome.SAFETY_PLAN));
        });
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE object_type = 'RISK_ASSESSMENT'"
                                + " AND action = 'CREATE' AND treatment_id = ?")
                        .param(treatment.getId())
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aClientsAnswerThroughTheLinkRaisesItAndTellsThePortalToShowWhereToGetHelp() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        IssuedLink[] issued = new IssuedLink[2];
        fixtures.as("behandelaar", () -> {
            issued[0] = links.create(CurrentUser.require(), treatment.getId(), List.of("PHQ9", "GAD7"));
            issued[1] = links.create(CurrentUser.require(), treatment.getId(), List.of("PHQ9"));
        });
        List<Integer> gad7 = List.of(3, 3, 3, 3, 3, 3, 3);
        assertThat(links.submit(issued[0].token(), Map.of("PHQ9", ITEM9_ZERO, "GAD7", gad7)))
                .isFalse();
        fixtures.as("behandelaar", () -> assertThat(suicideItem(treatment)).isNull());

        assertThat(links.submit(issued[1].token(), Map.of("PHQ9", ITEM9_ONE))).isTrue();
        fixtures.as("behandelaar", () -> {
            assertThat(suicideItem(treatment).acknowledged()).isFalse();
            assertThat(signals.caseload(CurrentUser.require(), PracticeDay.today(), null).stream()
                            .filter(s -> s.file().id().equals(treatment.getId()))
                            .findFirst()
                            .orElseThrow()
                            .has(SignalCode.SUICIDE_ITEM))
                    .isTrue();
        });
    }

    @Test
    void aTotalEnteredByHandSaysNothingAboutItem9() {
        Treatment treatment = fixtures.startedBy("behandelaar");
        fixtures.as("behandelaar", () -> {
            measurements.record(
                    CurrentUser.require(), treatment.getId(), NewMeasurement.ofTotal("PHQ9", PracticeDay.today(), 27));
            assertThat(suicideItem(treatment)).isNull();
        });
    }

    private Signal suicideItem(Treatment treatment) {
        return signals.forTreatment(CurrentUser.require(), treatment.getId(), PracticeDay.today()).signals().stream()
                .filter(s -> s.code() == SignalCode.SUICIDE_ITEM)
                .findFirst()
                .orElse(null);
    }
}
