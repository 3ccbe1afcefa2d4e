package nl.afsluitwijzer.insight;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.audit.AuditQuery;
import nl.afsluitwijzer.audit.internal.AuditEntry;
import nl.afsluitwijzer.evaluation.Decision;
import nl.afsluitwijzer.evaluation.EvaluationKind;
import nl.afsluitwijzer.evaluation.Evaluations;
import nl.afsluitwijzer.evaluation.ExtensionReason;
import nl.afsluitwijzer.evaluation.NewEvaluation;
import nl.afsluitwijzer.evaluation.ReasonLevel;
import nl.afsluitwijzer.insight.internal.Figure;
import nl.afsluitwijzer.insight.internal.Indicators;
import nl.afsluitwijzer.insight.internal.ParetoBar;
import nl.afsluitwijzer.insight.internal.Period;
import nl.afsluitwijzer.insight.internal.Rate;
import nl.afsluitwijzer.measurement.Measurements;
import nl.afsluitwijzer.measurement.NewMeasurement;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Role;
import nl.afsluitwijzer.practice.UserAccount;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.Agreements;
import nl.afsluitwijzer.treatment.NewTreatment;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.SessionKind;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import nl.afsluitwijzer.treatment.TreatmentRegistration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Through the loader on the real database (H2, and PostgreSQL with -Ppostgres): a new therapist with two
 * treatments closed in February 2026, figures computed by hand in the comments.
 */
@IntegrationTest
class InsightsTest {

    static final Period FEBRUARY = new Period(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));

    @Autowired
    Insights insights;

    @Autowired
    TestTreatments fixtures;

    @Autowired
    TreatmentRegistration registration;

    @Autowired
    TreatmentChanges changes;

    @Autowired
    Measurements measurements;

    @Autowired
    Evaluations evaluations;

    @Autowired
    UserAdministration users;

    @Autowired
    PracticeRepository practices;

    @Autowired
    AuditLog audit;

    Long therapist;
    String therapistName;
    Treatment recovered;
    Treatment overrun;

    @BeforeEach
    void twoTreatmentsOfANewTherapist() {
        String username = "insight" + System.nanoTime();
        UserAccount account = users.create(
                CurrentUser.current().orElse(null),
                practices.findAll().get(0).getId(),
                username,
                "Insight",
                Role.THERAPIST,
                "insight-password-1");
        therapist = account.getId();
        therapistName = username;
        fixtures.as(username, () -> {
            // E 10, H 5; six weekly sessions from 5 Jan; evaluated 26 Jan (before session 5 on 2 Feb);
            // PHQ-9 18 on 5 Jan, 8 on 9 Feb (within 3 weeks of the end on 16 Feb): recovered
            recovered = start(10);
            weekly(recovered, 6);
            measurements.record(
                    CurrentUser.require(), recovered.getId(), NewMeasurement.ofTotal("PHQ9", date("2026-01-05"), 18));
            measurements.record(
                    CurrentUser.require(), recovered.getId(), NewMeasurement.ofTotal("PHQ9", date("2026-02-09"), 8));
            evaluations.record(CurrentUser.require(), recovered.getId(), evaluation("2026-01-26", null));
            changes.changePhase(
                    CurrentUser.require(), recovered.getId(), null, Phase.CLOSING, date("2026-02-09"), null);
            changes.changePhase(CurrentUser.require(), recovered.getId(), null, Phase.CLOSED, date("2026-02-16"), null);
            // E 4, H 2 (12 Jan); six sessions; first evaluation 10 Feb raises E to 8; no measurements; dropped out
            overrun = start(4);
            weekly(overrun, 6);
            evaluations.record(CurrentUser.require(), overrun.getId(), evaluation("2026-02-10", 8));
            changes.changePhase(
                    CurrentUser.require(), overrun.getId(), null, Phase.DROPPED_OUT, date("2026-02-20"), null);
        });
    }

    @Test
    void theLoaderFeedsTheCalculatorFromTheDatabase() {
        Indicators figures = asManager(() -> insights.report(CurrentUser.require(), FEBRUARY, therapist))
                .indicators();
        assertThat(figures.closed()).isEqualTo(2);
        assertThat(figures.sessions().median()).isEqualTo(6.0);
        assertThat(figures.sessions().mean()).isEqualTo(6.0);
        assertThat(figures.withinExpected()).isEqualTo(new Rate(1, 2));
        assertThat(figures.behind(Figure.OUTSIDE_E)).containsExactly(overrun.getId());
        assertThat(figures.midEvaluationOnTime()).isEqualTo(new Rate(1, 2));
        assertThat(figures.baseline()).isEqualTo(new Rate(1, 2));
        assertThat(figures.endMeasurement()).isEqualTo(new Rate(1, 2));
        assertThat(figures.outcomes().get("RECOVERED")).isEqualTo(new Rate(1, 2));
        assertThat(figures.outcomes().get(Figure.NO_PAIR)).isEqualTo(new Rate(1, 2));
        assertThat(figures.extensions()).isEqualTo(1);
        assertThat(figures.extensionReasons())
                .containsExactly(new ParetoBar("DEPENDENCY", 1, 50.0), new ParetoBar("UNCLEAR_GUIDELINES", 1, 100.0));
        assertThat(figures.extensionLevels())
                .containsExactly(Map.entry(ReasonLevel.PATIENT, 1), Map.entry(ReasonLevel.ORGANISATION, 1));
        assertThat(figures.openSignals()).isEmpty();
        assertThat(figures.toIntake().withinNorm().of()).isZero();
        assertThat(figures.withoutChecklist())
                .as("both ended by a phase change, not the closing checklist")
                .isEqualTo(2);
        assertThat(figures.checklistComplete()).isEqualTo(new Rate(0, 0));
    }

    @Test
    void aCorrectionOnTheDayOfTheAgreementsIsNoExtensionAndIsTheAgreedNumber() {
        LocalDate today = nl.afsluitwijzer.PracticeDay.today();
        Period thisMonth = new Period(today.withDayOfMonth(1), today);
        fixtures.as(therapistName, () -> {
            Treatment corrected = registration.start(
                    CurrentUser.require(),
                    new NewTreatment(
                            "I-" + System.nanoTime(),
                            today,
                            new Agreements(null, null, 2, true, false, "PHQ9", "vraag", null),
                            List.of(new NewTreatment.NewGoal("Weer werken", null))));
            changes.agree(
                    CurrentUser.require(),
                    corrected.getId(),
                    null,
                    new Agreements(null, null, 12, true, false, "PHQ9", "vraag", null));
        });
        Indicators figures = asManager(() -> insights.report(CurrentUser.require(), thisMonth, therapist))
                .indicators();
        assertThat(figures.extensions()).isZero();
        assertThat(figures.extensionReasons()).isEmpty();
    }

    @Test
    void lookingAtTheFiguresIsAuditLogged() {
        asManager(() -> insights.report(CurrentUser.require(), FEBRUARY, therapist));
        List<AuditEntry> entries = audit.find(new AuditQuery(null, null, "manager", null, null));
        assertThat(entries)
                .anyMatch(e ->
                        e.objectType().equals(Insights.OBJECT) && e.objectId().equals("2026-02-01/2026-02-28"));
    }

    private Treatment start(int expected) {
        return registration.start(
                CurrentUser.require(),
                new NewTreatment(
                        "I-" + System.nanoTime(),
                        date("2026-01-05"),
                        new Agreements(null, null, expected, true, false, "PHQ9", "vraag", null),
                        List.of(new NewTreatment.NewGoal("Weer werken", null))));
    }

    private void weekly(Treatment treatment, int count) {
        for (int i = 0; i < count; i++) {
            changes.addSession(
                    CurrentUser.require(),
                    treatment.getId(),
                    date("2026-01-05").plusWeeks(i),
                    SessionKind.TREATMENT,
                    true);
        }
    }

    private static NewEvaluation evaluation(String date, Integer newExpected) {
        Set<ExtensionReason> reasons =
                newExpected == null ? Set.of() : Set.of(ExtensionReason.DEPENDENCY, ExtensionReason.UNCLEAR_GUIDELINES);
        return new NewEvaluation(
                date(date),
                EvaluationKind.MID,
                7,
                7,
                false,
                List.of(),
                null,
                null,
                Decision.CONTINUE,
                newExpected,
                reasons,
                null,
                null,
                null);
    }

    private <T> T asManager(java.util.function.Supplier<T> action) {
        Object[] result = new Object[1];
        fixtures.as("manager", () -> result[0] = action.get());
        @SuppressWarnings("unchecked")
        T typed = (T) result[0];
        return typed;
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
