package nl.afsluitwijzer.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.afsluitwijzer.privacy.internal.BenchmarkTreatment;
import nl.afsluitwijzer.privacy.internal.BenchmarkTreatment.Extension;
import nl.afsluitwijzer.privacy.internal.BenchmarkTreatment.Score;
import nl.afsluitwijzer.privacy.internal.Pseudonymisation;
import org.junit.jupiter.api.Test;

/** Benchmark rows carry pseudonyms and per-client shifted dates: intervals stay, calendars and ids do not. */
class PseudonymisationTest {

    private static final long CLIENT_A = 4711;
    private static final long CLIENT_B = 4712;
    private static final int COLUMN_CLIENT = 0;
    private static final int COLUMN_REGISTERED = 3;
    private static final int COLUMN_ENDED = 5;
    private static final int COLUMN_SESSIONS = 8;
    private static final int COLUMN_BASELINE_DATE = 13;

    /** The sessions column tells the treatments apart in the output. */
    private final Map<Integer, BenchmarkTreatment> bySessions = Map.of(
            11, treatment(CLIENT_A, 11, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 3, 30)),
            12, treatment(CLIENT_A, 12, LocalDate.of(2026, 6, 1), LocalDate.of(2026, 9, 14)),
            13, treatment(CLIENT_B, 13, LocalDate.of(2026, 2, 2), LocalDate.of(2026, 4, 27)));

    private final List<BenchmarkTreatment> treatments = List.copyOf(bySessions.values());

    @Test
    void noIdAndNoOriginalDateAppears() {
        String all = new Pseudonymisation(new Random(1)).rows(treatments).toString();
        assertThat(all).doesNotContain(String.valueOf(CLIENT_A), String.valueOf(CLIENT_B));
        for (BenchmarkTreatment t : treatments) {
            assertThat(all)
                    .doesNotContain(
                            t.registrationDate().toString(),
                            String.valueOf(t.endDate()),
                            String.valueOf(t.startDate()),
                            t.extensions().get(0).date().toString());
        }
    }

    @Test
    void allDatesOfAClientShiftByOneOffsetSoIntervalsStay() {
        List<List<Object>> rows = new Pseudonymisation(new Random(2)).rows(treatments);
        long first = offset(rows, 11);
        assertThat(offset(rows, 12)).isEqualTo(first);
        for (List<Object> row : rows) {
            BenchmarkTreatment original = bySessions.get((Integer) row.get(COLUMN_SESSIONS));
            long shift = offset(rows, (Integer) row.get(COLUMN_SESSIONS));
            assertThat(row.get(COLUMN_ENDED)).isEqualTo(original.endDate().plusDays(shift));
            assertThat(row.get(COLUMN_BASELINE_DATE))
                    .isEqualTo(original.baseline().date().plusDays(shift));
        }
        List<Object> a1 = row(rows, 11);
        List<Object> a2 = row(rows, 12);
        assertThat(a1.get(COLUMN_CLIENT)).isEqualTo(a2.get(COLUMN_CLIENT));
        assertThat(ChronoUnit.DAYS.between((LocalDate) a1.get(COLUMN_REGISTERED), (LocalDate) a2.get(COLUMN_ENDED)))
                .isEqualTo(ChronoUnit.DAYS.between(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 9, 14)));
    }

    @Test
    void clientsGetDifferentPseudonymsAndOffsetsAndEveryExportNewOnes() {
        List<List<Object>> rows = new Pseudonymisation(new Random(3)).rows(treatments);
        assertThat(row(rows, 11).get(COLUMN_CLIENT)).isNotEqualTo(row(rows, 13).get(COLUMN_CLIENT));
        assertThat(rows).allMatch(r -> ((String) r.get(COLUMN_CLIENT)).matches("P[0-9a-f]{12}"));
        assertThat(offset(rows, 11)).isNotEqualTo(offset(rows, 13));
        assertThat(List.of(offset(rows, 11), offset(rows, 13)))
                .allMatch(d -> Math.abs(d) <= Pseudonymisation.MAX_SHIFT_DAYS);
        List<List<Object>> again = new Pseudonymisation(new Random(4)).rows(treatments);
        assertThat(row(again, 11).get(COLUMN_CLIENT)).isNotEqualTo(row(rows, 11).get(COLUMN_CLIENT));
    }

    private long offset(List<List<Object>> rows, int sessions) {
        return ChronoUnit.DAYS.between(bySessions.get(sessions).registrationDate(), (LocalDate)
                row(rows, sessions).get(COLUMN_REGISTERED));
    }

    private static List<Object> row(List<List<Object>> rows, int sessions) {
        return rows.stream()
                .filter(r -> r.get(COLUMN_SESSIONS).equals(sessions))
                .findFirst()
                .orElseThrow();
    }

    private static BenchmarkTreatment treatment(long client, int sessions, LocalDate registered, LocalDate ended) {
        return new BenchmarkTreatment(
                client,
                "CLOSED",
                registered,
                registered.plusDays(7),
                ended,
                12,
                14,
                sessions,
                List.of(new Extension(registered.plusDays(40), List.of("FEAR_OF_RELAPSE", "NEW_GOALS"))),
                "PHQ9",
                new Score(registered.plusDays(7), 18),
                new Score(ended, 6),
                "RECOVERED",
                "GOAL_REACHED");
    }
}
