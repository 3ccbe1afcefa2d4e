package nl.afsluitwijzer.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import nl.afsluitwijzer.practice.internal.PolicyVersion;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Policy versions take effect on their date; before it the previous version (or the defaults) applies. */
@IntegrationTest
class PoliciesTest {

    private static final LocalDate FAR = LocalDate.of(2099, 1, 1);

    @Autowired
    Policies policies;

    @Autowired
    PracticeRepository practices;

    @Test
    void theVersionInForceIsTheLatestOnOrBeforeTheDate() {
        Long practice = practices.findAll().get(0).getId();
        Policy strict = new Policy(FAR, 10, 14, 3, 3, 3, 21, 30, 300, 600, 4);
        policies.set(practice, strict, null, Instant.EPOCH);
        assertThat(policies.inForce(practice, FAR.minusDays(1)).expectedStandard())
                .isEqualTo(12);
        assertThat(policies.inForce(practice, FAR)).isEqualTo(strict);
        assertThat(policies.inForce(practice, FAR.plusYears(1)).noContactDays()).isEqualTo(30);
        assertThat(policies.versions(practice))
                .extracting(PolicyVersion::policy)
                .contains(strict);
    }

    @Test
    void aVersionOnTheSameDateIsReplaced() {
        Long practice = practices.findAll().get(0).getId();
        LocalDate day = FAR.plusDays(50);
        policies.set(practice, new Policy(day, 10, 14, 3, 3, 3, 21, 30, 300, 600, 4), null, Instant.EPOCH);
        policies.set(practice, new Policy(day, 11, 14, 3, 3, 3, 21, 30, 300, 600, 4), null, Instant.EPOCH);
        assertThat(policies.versions(practice).stream()
                        .filter(v -> v.policy().effectiveFrom().equals(day)))
                .hasSize(1);
        assertThat(policies.inForce(practice, day).expectedStandard()).isEqualTo(11);
    }
}
