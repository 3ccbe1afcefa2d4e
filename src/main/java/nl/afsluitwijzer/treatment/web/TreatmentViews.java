package nl.afsluitwijzer.treatment.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Policies;
import nl.afsluitwijzer.practice.Role;
import nl.afsluitwijzer.practice.UserAccount;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.treatment.TreatmentFile;
import org.springframework.stereotype.Component;

/** Builds the view models of treatment pages: names of therapists, today's figures. */
@Component
class TreatmentViews {

    private final UserAdministration users;
    private final Policies policies;
    private final Clock clock;

    TreatmentViews(UserAdministration users, Policies policies, Clock clock) {
        this.users = users;
        this.policies = policies;
        this.clock = clock;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    TreatmentView of(TreatmentFile file) {
        LocalDate today = today();
        return TreatmentView.of(
                file,
                today,
                therapistNames().get(file.treatment().getTherapistId()),
                policies.inForce(file.treatment().getPracticeId(), today));
    }

    /** Therapists (and managers, who may treat too) of the practice that can hold or share a treatment. */
    List<UserAccount> clinicians() {
        return users.usersOf(CurrentUser.require().practiceId()).stream()
                .filter(UserAccount::isEnabled)
                .filter(u -> u.getRole() != Role.ADMIN)
                .toList();
    }

    Map<Long, String> therapistNames() {
        return users.usersOf(CurrentUser.require().practiceId()).stream()
                .collect(Collectors.toMap(UserAccount::getId, UserAccount::getDisplayName));
    }
}
