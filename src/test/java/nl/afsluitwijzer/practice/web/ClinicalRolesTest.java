package nl.afsluitwijzer.practice.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.audit.AuditQuery;
import nl.afsluitwijzer.audit.internal.AuditOutcome;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Practices;
import nl.afsluitwijzer.practice.Role;
import nl.afsluitwijzer.practice.UserAccount;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.support.IntegrationTest;
import nl.afsluitwijzer.treatment.TestTreatments;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The administrator sees no clinical content, also not by making itself a clinical account: it creates
 * administrators only; therapists and managers are created by a manager, the first manager at the founding
 * of the practice. Every creation, also a refused one, is in the audit log with the role.
 */
@IntegrationTest
class ClinicalRolesTest {

    private static final String PASSWORD = "een-heel-lang-wachtwoord";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    UserAdministration administration;

    @Autowired
    Practices practices;

    @Autowired
    AuditLog audit;

    @Autowired
    TestTreatments as;

    @Test
    void theAdministratorCannotCreateATherapistOrAManager() throws Exception {
        for (Role clinical : List.of(Role.THERAPIST, Role.MANAGER)) {
            String username = "klinisch-" + System.nanoTime();
            MockHttpServletResponse response = create("beheer", username, clinical);
            assertThat(response.getStatus()).as(clinical.name()).isEqualTo(200);
            assertThat(response.getContentAsString()).contains("Deze rol mag je niet toekennen");
            assertThat(accounts.findByUsername(username)).as(clinical.name()).isEmpty();
        }
    }

    @Test
    void theAdministratorCannotCreateOneThroughTheServiceEither() {
        Long practice = accounts.findByUsername("beheer").orElseThrow().getPracticeId();
        String username = "omweg-" + System.nanoTime();
        as.as(
                "beheer",
                () -> assertThatThrownBy(() -> administration.create(
                                CurrentUser.current().orElse(null),
                                practice,
                                username,
                                "Omweg",
                                Role.MANAGER,
                                PASSWORD))
                        .isInstanceOf(AccessDeniedException.class));
        assertThat(accounts.findByUsername(username)).isEmpty();
        as.as(
                "manager",
                () -> assertThat(audit.find(new AuditQuery(null, null, "beheer", null, null)))
                        .anySatisfy(e -> assertThat(e.objectType() + " " + e.outcome())
                                .isEqualTo("USER_MANAGER " + AuditOutcome.FAILURE)));
    }

    @Test
    void theAdministratorCreatesAnotherAdministrator() throws Exception {
        String username = "beheer-" + System.nanoTime();
        assertThat(create("beheer", username, Role.ADMIN).getStatus()).isEqualTo(302);
        assertThat(accounts.findByUsername(username)).map(UserAccount::getRole).contains(Role.ADMIN);
    }

    @Test
    void theManagerCreatesTherapistsAndManagersAndEachCreationIsLoggedWithItsRole() throws Exception {
        for (Role role : List.of(Role.THERAPIST, Role.MANAGER, Role.ADMIN)) {
            String username = "nieuw-" + System.nanoTime();
            assertThat(create("manager", username, role).getStatus())
                    .as(role.name())
                    .isEqualTo(302);
            UserAccount created = accounts.findByUsername(username).orElseThrow();
            assertThat(created.getRole()).isEqualTo(role);
            assertThat(created.isMustChangePassword()).isTrue();
            as.as(
                    "manager",
                    () -> assertThat(audit.find(new AuditQuery(null, null, "manager", null, null)))
                            .anySatisfy(e -> assertThat(List.of(e.objectType(), e.objectId()))
                                    .containsExactly("USER_" + role.name(), String.valueOf(created.getId()))));
        }
    }

    @Test
    void aManagerOfAnotherPracticeCannotCreateUsersInOurs() {
        Practices.Founded other = practices.found(
                "Andere praktijk " + System.nanoTime(),
                "b-" + System.nanoTime(),
                "Beheer",
                "m-" + System.nanoTime(),
                "Manager");
        Long ours = accounts.findByUsername("manager").orElseThrow().getPracticeId();
        as.as(
                other.managerUsername(),
                () -> assertThatThrownBy(() -> administration.create(
                                CurrentUser.current().orElse(null),
                                ours,
                                "indringer-" + System.nanoTime(),
                                "Indringer",
                                Role.THERAPIST,
                                PASSWORD))
                        .isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void aFoundedPracticeHasItsFirstManagerWhoMustChangeThePasswordAndNoSecondFirstManager() {
        Practices.Founded founded = practices.found(
                "Nieuwe praktijk " + System.nanoTime(),
                "beheer-" + System.nanoTime(),
                "Beheer",
                "praktijkhouder-" + System.nanoTime(),
                "Praktijkhouder");
        UserAccount manager = accounts.findByUsername(founded.managerUsername()).orElseThrow();
        assertThat(manager.getRole()).isEqualTo(Role.MANAGER);
        assertThat(manager.isMustChangePassword()).isTrue();
        assertThat(founded.managerPassword())
                .isNotEqualTo(founded.adminPassword())
                .hasSizeGreaterThan(20);
        assertThat(accounts.findByUsername(founded.adminUsername())
                        .orElseThrow()
                        .getRole())
                .isEqualTo(Role.ADMIN);
        assertThatThrownBy(
                        () -> practices.addFirstManager(founded.practiceId(), "tweede-" + System.nanoTime(), "Tweede"))
                .isInstanceOf(IllegalStateException.class);
    }

    private MockHttpServletResponse create(String creator, String username, Role role) throws Exception {
        return mvc.perform(post("/beheer/gebruikers")
                        .with(user(users.loadUserByUsername(creator)))
                        .with(csrf())
                        .param("username", username)
                        .param("displayName", "Nieuw " + role)
                        .param("role", role.name())
                        .param("initialPassword", PASSWORD))
                .andReturn()
                .getResponse();
    }
}
