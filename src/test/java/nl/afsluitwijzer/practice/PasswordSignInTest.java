package nl.afsluitwijzer.practice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import nl.afsluitwijzer.practice.internal.LoginThrottle;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The password step on its own: the same work and answer for every failure, and "demo" only in demo mode. */
class PasswordSignInTest {

    private final PasswordEncoder encoder = spy(PasswordEncoderFactories.createDelegatingPasswordEncoder());
    private final UserAccountRepository accounts = mock(UserAccountRepository.class);
    private final LoginThrottle throttle = mock(LoginThrottle.class);

    PasswordSignInTest() {
        when(throttle.begin(anyString(), any())).thenReturn(1);
        when(throttle.delay(anyString())).thenReturn(Duration.ZERO);
        UserAccount manager =
                new UserAccount(1L, "manager", "Carla", encoder.encode("demo"), Role.MANAGER, false, Instant.EPOCH);
        UserAccount gone = new UserAccount(
                1L, "oud", "Oud", encoder.encode("a-long-password"), Role.THERAPIST, false, Instant.EPOCH);
        gone.disable();
        when(accounts.findByUsername(anyString())).thenReturn(Optional.empty());
        when(accounts.findByUsername("manager")).thenReturn(Optional.of(manager));
        when(accounts.findByUsername("oud")).thenReturn(Optional.of(gone));
    }

    @Test
    void theDemoPasswordWorksInDemoMode() {
        assertThat(provider(true).authenticate(login("manager", "demo")).isAuthenticated())
                .isTrue();
    }

    @Test
    void theDemoPasswordIsRefusedOutsideDemoModeWithTheUsualAnswer() {
        assertThatThrownBy(() -> provider(false).authenticate(login("manager", "demo")))
                .isInstanceOf(BadCredentialsException.class);
        verify(encoder, never()).matches(anyString(), anyString());
        verify(throttle).failed("manager", null, 1);
    }

    @Test
    void unknownAndDisabledUsersCostAPasswordHashLikeAWrongPassword() {
        ThrottledAuthenticationProvider provider = provider(true);
        for (String name : new String[] {"nobody", "oud", "manager"}) {
            assertThatThrownBy(() -> provider.authenticate(login(name, "a-wrong-password")))
                    .isInstanceOf(BadCredentialsException.class)
                    .hasMessage("bad credentials");
        }
        verify(encoder, times(3)).matches(any(), any());
        verify(throttle, times(3)).failed(anyString(), any(), anyInt());
    }

    @Test
    void aPasswordLongerThanBcryptReadsIsSimplyWrongNotAnError() {
        String longer = "é".repeat(37);
        assertThatThrownBy(() -> provider(true).authenticate(login("manager", longer)))
                .isInstanceOf(BadCredentialsException.class);
        verify(throttle).failed("manager", null, 1);
    }

    private ThrottledAuthenticationProvider provider(boolean demo) {
        DemoMode mode = new DemoMode(demo ? "true" : "false", "jdbc:postgresql://db/afsluitwijzer");
        SecondFactors secondFactors = mock(SecondFactors.class);
        return new ThrottledAuthenticationProvider(
                new UserAccountDetailsService(accounts, secondFactors),
                encoder,
                throttle,
                mode,
                mock(FailedSignIns.class));
    }

    private static UsernamePasswordAuthenticationToken login(String username, String password) {
        return UsernamePasswordAuthenticationToken.unauthenticated(username, password);
    }
}
