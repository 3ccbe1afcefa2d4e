package nl.afsluitwijzer.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class RecoveryCodesTest {

    @Autowired
    RecoveryCodes codes;

    @Autowired
    UserAdministration administration;

    @Autowired
    SecondFactors secondFactors;

    @Autowired
    PracticeRepository practices;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Test
    void tenDifferentCodesAreShownOnceAndStoredOnlyAsHashes() {
        Long user = newUser();
        List<String> shown = codes.replace(user, clock.instant());
        assertThat(shown).hasSize(10).allMatch(code -> code.matches("[a-z2-9]{4}(-[a-z2-9]{4}){3}"));
        assertThat(new HashSet<>(shown)).hasSize(10);
        List<String> stored = jdbc.sql("SELECT code_hash FROM recovery_code WHERE user_id = ?")
                .param(user)
                .query(String.class)
                .list();
        assertThat(stored)
                .hasSize(10)
                .allMatch(hash -> hash.matches("[0-9a-f]{64}"))
                .doesNotContainAnyElementsOf(shown)
                .doesNotContainAnyElementsOf(
                        shown.stream().map(RecoveryCodes::normalize).toList());
    }

    @Test
    void aCodeWorksOnceWrittenInAnyCaseWithOrWithoutDashes() {
        Long user = newUser();
        String code = codes.replace(user, clock.instant()).get(0);
        assertThat(codes.use(user, " " + code.toUpperCase().replace("-", " ") + " ", clock.instant()))
                .isTrue();
        assertThat(codes.use(user, code, clock.instant())).isFalse();
        assertThat(codes.remaining(user)).isEqualTo(9);
    }

    @Test
    void aCodeOfAnotherUserOrAnOldSetDoesNotWork() {
        Long user = newUser();
        Long other = newUser();
        String old = codes.replace(user, clock.instant()).get(0);
        String othersCode = codes.replace(other, clock.instant()).get(0);
        codes.replace(user, clock.instant());
        assertThat(codes.use(user, old, clock.instant())).isFalse();
        assertThat(codes.use(user, othersCode, clock.instant())).isFalse();
    }

    private Long newUser() {
        return new TwoFactorUsers(administration, secondFactors, clock)
                .withoutSecondFactor(practices.findAll().get(0).getId(), Role.THERAPIST)
                .id();
    }
}
