package nl.afsluitwijzer.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import nl.afsluitwijzer.privacy.internal.RetentionTerm;
import nl.afsluitwijzer.treatment.ClientHistory;
import org.junit.jupiter.api.Test;

/** The WGBO term of twenty years includes its last day: past from the day after the twentieth anniversary. */
class RetentionTermTest {

    private static final LocalDate END = LocalDate.of(2026, 3, 16);

    @Test
    void onTheTwentiethAnniversaryOfTheEndTheRecordIsStillWithinItsTerm() {
        assertThat(RetentionTerm.isPast(ended(END), LocalDate.of(2046, 3, 16))).isFalse();
    }

    @Test
    void theDayAfterTheTwentiethAnniversaryTheRecordIsPastItsTerm() {
        assertThat(RetentionTerm.isPast(ended(END), LocalDate.of(2046, 3, 17))).isTrue();
    }

    @Test
    void theDayBeforeTheAnniversaryTheRecordIsWithinItsTerm() {
        assertThat(RetentionTerm.isPast(ended(END), LocalDate.of(2046, 3, 15))).isFalse();
    }

    @Test
    void aLeapDayEndWhoseAnniversaryHasNoLeapDayRunsToTheTwentyEighthOfFebruary() {
        LocalDate leap = LocalDate.of(2080, 2, 29);
        assertThat(RetentionTerm.isPast(ended(leap), LocalDate.of(2100, 2, 28))).isFalse();
        assertThat(RetentionTerm.isPast(ended(leap), LocalDate.of(2100, 3, 1))).isTrue();
    }

    @Test
    void aClientWithAnOpenTreatmentIsNeverPast() {
        ClientHistory open = new ClientHistory(1L, 2L, 1, END);
        assertThat(RetentionTerm.isPast(open, LocalDate.of(2090, 1, 1))).isFalse();
    }

    @Test
    void aClientWithoutAnEndedTreatmentIsNeverPast() {
        ClientHistory none = new ClientHistory(1L, 2L, 0, null);
        assertThat(RetentionTerm.isPast(none, LocalDate.of(2090, 1, 1))).isFalse();
    }

    private static ClientHistory ended(LocalDate end) {
        return new ClientHistory(1L, 2L, 0, end);
    }
}
