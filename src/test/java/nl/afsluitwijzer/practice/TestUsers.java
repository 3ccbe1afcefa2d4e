package nl.afsluitwijzer.practice;

import nl.afsluitwijzer.practice.internal.PracticeRepository;
import org.springframework.stereotype.Component;

/** Users made on the spot for a test: a new therapist of the demo practice, and a personal API token for a user. */
@Component
public class TestUsers {

    private final UserAdministration administration;
    private final PracticeRepository practices;
    private final UserAccountRepository accounts;
    private final ApiTokens tokens;

    TestUsers(
            UserAdministration administration,
            PracticeRepository practices,
            UserAccountRepository accounts,
            ApiTokens tokens) {
        this.administration = administration;
        this.practices = practices;
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /** A new therapist of the demo practice, with a user name that starts with the given word and is unique. */
    public UserAccount newTherapist(String name) {
        return administration.create(
                CurrentUser.current().orElse(null),
                practices.findAll().get(0).getId(),
                name + System.nanoTime(),
                name,
                Role.THERAPIST,
                name + "-password-123");
    }

    /** The Authorization header of a new personal token of the user: "Bearer " and the token. */
    public String bearer(String username) {
        return "Bearer "
                + tokens.issue(accounts.findByUsername(username).orElseThrow().getId(), "test")
                        .secret();
    }
}
