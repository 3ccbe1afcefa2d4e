package nl.afsluitwijzer.practice;

import static org.assertj.core.api.Assertions.assertThat;

import nl.afsluitwijzer.practice.internal.RoleGrants;
import org.junit.jupiter.api.Test;

class RoleGrantsTest {

    @Test
    void theAdministratorGivesNoClinicalRoleButMayMakeAnotherAdministrator() {
        assertThat(RoleGrants.mayGrant(Role.ADMIN, Role.THERAPIST)).isFalse();
        assertThat(RoleGrants.mayGrant(Role.ADMIN, Role.MANAGER)).isFalse();
        assertThat(RoleGrants.mayGrant(Role.ADMIN, Role.ADMIN)).isTrue();
        assertThat(RoleGrants.grantableBy(Role.ADMIN)).containsExactly(Role.ADMIN);
    }

    @Test
    void theManagerGivesEveryRoleAndATherapistNone() {
        assertThat(RoleGrants.grantableBy(Role.MANAGER)).containsExactly(Role.THERAPIST, Role.MANAGER, Role.ADMIN);
        assertThat(RoleGrants.grantableBy(Role.THERAPIST)).isEmpty();
    }
}
