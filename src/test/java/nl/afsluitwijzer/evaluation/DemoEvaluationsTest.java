package nl.afsluitwijzer.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.ExpectedSessions;
import nl.afsluitwijzer.treatment.ExpectedSessionsOrigin;
import nl.afsluitwijzer.treatment.TestTreatments;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.Treatments;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The demo practice follows the extension rule: after the agreements, every change of E is an evaluation that
 * decided it, and every raise carries a coded reason; most demo treatments were evaluated.
 */
@IntegrationTest
class DemoEvaluationsTest {

    @Autowired
    Treatments treatments;

    @Autowired
    Evaluations evaluations;

    @Autowired
    TestTreatments fixtures;

    Map<String, TreatmentFile> demo;
    Map<Long, List<Evaluation>> evaluated;

    @BeforeEach
    void readTheDemoPractice() {
        List<TreatmentFile> files = new ArrayList<>();
        fixtures.as("manager", () -> files.addAll(treatments.visible(CurrentUser.require(), null)));
        demo = files.stream()
                .filter(f -> f.client().getReference().startsWith("DW-"))
                .collect(Collectors.toMap(f -> f.client().getReference(), Function.identity()));
        evaluated = new java.util.HashMap<>();
        fixtures.as(
                "manager",
                () -> demo.values()
                        .forEach(file -> evaluated.put(file.id(), evaluations.of(CurrentUser.require(), file.id()))));
    }

    @Test
    void everyChangeOfEAfterTheAgreementsIsAnEvaluationWithItsReasons() {
        demo.forEach((reference, file) -> {
            List<ExpectedSessions> history = file.treatment().expectedSessionsHistory();
            List<Evaluation> own = evaluated.getOrDefault(file.id(), List.of());
            for (ExpectedSessions e : history.subList(Math.min(1, history.size()), history.size())) {
                assertThat(e.origin()).as(reference).isEqualTo(ExpectedSessionsOrigin.EVALUATION);
                assertThat(own)
                        .as(reference + " E=" + e.sessions() + " on " + e.effectiveDate())
                        .anySatisfy(x -> {
                            assertThat(x.getEvaluatedOn()).isEqualTo(e.effectiveDate());
                            assertThat(x.getNewExpectedSessions()).isEqualTo(e.sessions());
                            assertThat(x.isExtension()).isTrue();
                            assertThat(x.getDecision()).isEqualTo(Decision.CONTINUE);
                            assertThat(x.extensionReasons()).isNotEmpty();
                        });
            }
        });
    }

    @Test
    void theLongestTreatmentWasExtendedThreeTimesEachAtAnEvaluation() {
        TreatmentFile longest = demo.get("DW-0857");
        assertThat(longest.treatment().expectedSessionsHistory())
                .extracting(ExpectedSessions::sessions)
                .containsExactly(16, 24, 36, 48);
        assertThat(evaluated.get(longest.id()))
                .filteredOn(Evaluation::isExtension)
                .extracting(Evaluation::getPreviousExpectedSessions, Evaluation::getNewExpectedSessions)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(16, 24),
                        org.assertj.core.groups.Tuple.tuple(24, 36),
                        org.assertj.core.groups.Tuple.tuple(36, 48));
    }

    @Test
    void mostStartedDemoTreatmentsWereEvaluated() {
        List<TreatmentFile> started = demo.values().stream()
                .filter(f -> f.treatment().getStartDate() != null)
                .toList();
        long withEvaluation =
                started.stream().filter(f -> evaluated.containsKey(f.id())).count();
        assertThat(withEvaluation).isGreaterThan(started.size() / 2);
    }
}
