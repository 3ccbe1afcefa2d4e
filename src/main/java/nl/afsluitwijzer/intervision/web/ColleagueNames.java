package nl.afsluitwijzer.intervision.web;

import java.util.Map;
import java.util.stream.Collectors;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.UserAccount;
import nl.afsluitwijzer.practice.UserAdministration;
import org.springframework.stereotype.Component;

/** The display names of the user's colleagues by id, for "begeleid door" and "ingebracht door". */
@Component
class ColleagueNames {

    private final UserAdministration users;

    ColleagueNames(UserAdministration users) {
        this.users = users;
    }

    Map<Long, String> of(CurrentUser user) {
        return users.usersOf(user.practiceId()).stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
    }
}
