package nl.afsluitwijzer.measurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.afsluitwijzer.measurement.internal.AnswerProblem;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.Agreements;
import nl.afsluitwijzer.treatment.Treatment;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** The rules a new measurement must meet before it is scored and stored. */
class MeasurementCheckTest {

    static final InstrumentCatalog CATALOG = InstrumentCatalog.loadFromClasspath();
    static final LocalDate START = LocalDate.of(2026, 3, 2);
    static final LocalDate TODAY = LocalDate.of(2026, 5, 4);
    static final Instant NOW = Instant.parse("2026-05-04T09:00:00Z");

    final MeasurementCheck check = new MeasurementCheck(CATALOG);
    final Treatment started = withId(Treatment.started(
            1L, 2L, 3L, START, new Agreements(8, 10, 12, true, false, "PHQ9", "vraag", null), 3L, NOW));
    final Treatment referred = withId(Treatment.referral(1L, 2L, 3L, START, "vraag", false, 3L, NOW));

    @Test
    void answersAreScoredWithTheirBand() {
        MeasurementRecord m =
                scored(started, NewMeasurement.ofAnswers("PHQ9", TODAY, List.of(3, 3, 3, 3, 3, 3, 2, 0, 0)));
        assertThat(m.total()).isEqualTo(20);
        assertThat(m.band()).isEqualTo("SEVERE");
        assertThat(m.answers()).hasSize(9);
        assertThat(m.recordedAt()).isEqualTo(NOW);
    }

    @Test
    void theFirstAndLastDayAreAllowedTheDaysOutsideAreNot() {
        assertThat(scored(started, NewMeasurement.ofTotal("PHQ9", START, 0)).date())
                .isEqualTo(START);
        assertThat(scored(started, NewMeasurement.ofTotal("PHQ9", TODAY, 27)).date())
                .isEqualTo(TODAY);
        assertRefused(
                started,
                NewMeasurement.ofTotal("PHQ9", START.minusDays(1), 5),
                "date",
                "measurement.date.before-start");
        assertRefused(started, NewMeasurement.ofTotal("PHQ9", TODAY.plusDays(1), 5), "date", "measurement.date.future");
        assertRefused(started, new NewMeasurement("PHQ9", null, null, 5, null), "date", "measurement.date.required");
    }

    @Test
    void beforeTheStartTheRegistrationIsTheEarliestDate() {
        assertThat(scored(referred, NewMeasurement.ofTotal("GAD7", START, 9)).band())
                .isEqualTo("MILD");
        assertRefused(
                referred,
                NewMeasurement.ofTotal("GAD7", START.minusDays(1), 9),
                "date",
                "measurement.date.before-registration");
    }

    @Test
    void theInstrumentMustBeKnown() {
        assertRefused(started, NewMeasurement.ofTotal("K10", TODAY, 9), "instrument", "measurement.instrument.unknown");
        assertRefused(
                started,
                new NewMeasurement(" ", TODAY, null, 9, null),
                "instrument",
                "measurement.instrument.required");
    }

    @Test
    void aPerGoalInstrumentNeedsAGoalOfThisTreatmentAndOthersNone() {
        assertThat(check.scored(
                                started,
                                List.of(40L),
                                NewMeasurement.ofGoal("GBO", TODAY, 40L, 8),
                                TODAY,
                                MeasurementSource.THERAPIST,
                                3L,
                                NOW)
                        .goalId())
                .isEqualTo(40L);
        assertRefused(started, NewMeasurement.ofGoal("GBO", TODAY, 41L, 8), "goalId", "measurement.goal.unknown");
        assertRefused(started, NewMeasurement.ofTotal("GBO", TODAY, 8), "goalId", "measurement.goal.required");
        assertRefused(
                started, new NewMeasurement("PHQ9", TODAY, null, 8, 40L), "goalId", "measurement.goal.not-per-goal");
    }

    @Test
    void answersOrATotalButNotBothAndNotNeither() {
        assertRefused(
                started,
                new NewMeasurement("GAD7", TODAY, List.of(1, 1, 1, 1, 1, 1, 1), 7, null),
                "total",
                "measurement.answers-or-total.both");
        assertRefused(
                started,
                new NewMeasurement("GAD7", TODAY, null, null, null),
                "answers",
                "measurement.answers-or-total.neither");
    }

    @Test
    void everyKindOfInvalidAnswerNamesItsItem() {
        assertItem(List.of(1, 1, 1, 1, 1, 1), AnswerProblem.MISSING_ANSWERS, 7);
        assertItem(List.of(1, 1, 1, 1, 1, 1, 1, 1), AnswerProblem.EXTRA_ANSWERS, 8);
        assertItem(Arrays.asList(1, null, 1, 1, 1, 1, 1), AnswerProblem.UNANSWERED_ITEM, 2);
        assertItem(List.of(1, 1, 1, 1, 1, 9, 1), AnswerProblem.ANSWER_OUT_OF_RANGE, 6);
        assertRefused(
                started, NewMeasurement.ofTotal("GAD7", TODAY, 22), "total", "measurement.invalid.totalOutOfRange");
    }

    private void assertItem(List<Integer> answers, AnswerProblem problem, int item) {
        assertThatThrownBy(() -> scored(started, NewMeasurement.ofAnswers("GAD7", TODAY, answers)))
                .isInstanceOfSatisfying(MeasurementRefused.class, refused -> {
                    assertThat(refused.field()).isEqualTo("answers");
                    assertThat(refused.item()).isEqualTo(item);
                    assertThat(refused.messageKey()).isEqualTo(problem.messageKey());
                    assertThat(refused.details()).containsEntry("problem", problem.name());
                });
    }

    private void assertRefused(Treatment treatment, NewMeasurement m, String field, String key) {
        assertThatThrownBy(() -> scored(treatment, m)).isInstanceOfSatisfying(MeasurementRefused.class, refused -> {
            assertThat(refused.field()).isEqualTo(field);
            assertThat(refused.messageKey()).isEqualTo(key);
            assertThat(refused.kind()).isEqualTo(DomainException.Kind.REFUSED);
        });
    }

    private MeasurementRecord scored(Treatment treatment, NewMeasurement m) {
        return check.scored(treatment, List.of(40L), m, TODAY, MeasurementSource.THERAPIST, 3L, NOW);
    }

    private static Treatment withId(Treatment treatment) {
        ReflectionTestUtils.setField(treatment, "id", 7L);
        return treatment;
    }
}
