package nl.afsluitwijzer.practice;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.afsluitwijzer.audit.PracticeScope;
import nl.afsluitwijzer.practice.internal.Practice;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import org.springframework.stereotype.Component;

/** Tells the access log the practice of the reader and of the user an entry is about. */
@Component
class AuditPracticeScope implements PracticeScope {

    private final UserAccountRepository users;
    private final PracticeRepository practices;

    AuditPracticeScope(UserAccountRepository users, PracticeRepository practices) {
        this.users = users;
        this.practices = practices;
    }

    @Override
    public Optional<Long> ofSignedInUser() {
        return CurrentUser.current().map(CurrentUser::practiceId);
    }

    @Override
    public Optional<Long> ofUser(String username) {
        if (username == null) {
            return Optional.empty();
        }
        Optional<CurrentUser> signedIn = CurrentUser.current().filter(user -> username.equals(user.username()));
        if (signedIn.isPresent()) {
            return signedIn.map(CurrentUser::practiceId);
        }
        return users.findByUsername(username).map(UserAccount::getPracticeId);
    }

    @Override
    public Optional<Long> onlyPractice() {
        List<Practice> all = practices.findAll();
        return all.size() == 1 ? Optional.of(Objects.requireNonNull(all.get(0).getId(), "stored")) : Optional.empty();
    }
}
