package nl.afsluitwijzer.practice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import nl.afsluitwijzer.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The users of a practice, read by hand for speed, are the users the repository maps, field by field. */
@IntegrationTest
class UsersOfPracticeTest {

    @Autowired
    UserAdministration administration;

    @Autowired
    UserAccountRepository repository;

    @Test
    void theHandReadUsersAreTheStoredOnesInNameOrder() {
        UserAccount manager = repository.findByUsername("manager").orElseThrow();
        List<UserAccount> stored = repository.findByPracticeIdOrderByDisplayName(manager.getPracticeId()).stream()
                .sorted(Comparator.comparing(UserAccount::getDisplayName).thenComparing(UserAccount::getId))
                .toList();

        List<UserAccount> read = administration.usersOf(manager.getPracticeId());

        assertThat(read).hasSizeGreaterThan(2);
        assertThat(read).usingRecursiveFieldByFieldElementComparator().containsExactlyElementsOf(stored);
        assertThat(read).extracting(UserAccount::getRole).contains(Role.MANAGER, Role.THERAPIST);
        assertThat(administration.usersOf(-1L)).isEmpty();
    }
}
