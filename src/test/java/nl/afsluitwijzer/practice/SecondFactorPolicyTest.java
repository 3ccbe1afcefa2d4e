package nl.afsluitwijzer.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.Optional;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.internal.Practice;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import org.junit.jupiter.api.Test;

/** Who must use a second factor, in demo mode and outside it. */
class SecondFactorPolicyTest {

    private final PracticeRepository practices = mock(PracticeRepository.class);

    @Test
    void outsideDemoModeManagersAndAdministratorsAlwaysAndTherapistsByPolicy() {
        Practice practice = practice(new Practice("Echt"));
        SecondFactorPolicy policy = policy(false);
        assertThat(policy.requiredFor(user(Role.MANAGER))).isTrue();
        assertThat(policy.requiredFor(user(Role.ADMIN))).isTrue();
        assertThat(policy.requiredFor(user(Role.THERAPIST))).isTrue();
        practice.requireTwoFactorForTherapists(false);
        assertThat(policy.requiredFor(user(Role.THERAPIST))).isFalse();
        assertThat(policy.requiredFor(user(Role.MANAGER))).isTrue();
    }

    @Test
    void theDemoPracticeOffersButDoesNotEnforceItInDemoMode() {
        practice(Practice.demo("Praktijk De Wissel"));
        assertThat(policy(true).requiredFor(user(Role.MANAGER))).isFalse();
        assertThat(policy(true).requiredFor(user(Role.THERAPIST))).isFalse();
    }

    @Test
    void theDemoPracticeOnANonDemoInstallationIsEnforcedAgain() {
        practice(Practice.demo("Praktijk De Wissel"));
        assertThat(policy(false).requiredFor(user(Role.MANAGER))).isTrue();
    }

    @Test
    void anyOtherPracticeInDemoModeIsEnforced() {
        practice(new Practice("Andere praktijk"));
        assertThat(policy(true).requiredFor(user(Role.ADMIN))).isTrue();
    }

    private Practice practice(Practice practice) {
        when(practices.findById(1L)).thenReturn(Optional.of(practice));
        return practice;
    }

    private SecondFactorPolicy policy(boolean demo) {
        return new SecondFactorPolicy(
                practices, new DemoMode(String.valueOf(demo), "jdbc:postgresql://db/x"), mock(AuditLog.class));
    }

    private static CurrentUser user(Role role) {
        return new CurrentUser(7L, 1L, "iemand", "Iemand", role);
    }
}
