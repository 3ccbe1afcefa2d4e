package nl.afsluitwijzer.intervision;

import java.util.concurrent.atomic.AtomicInteger;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Role;
import nl.afsluitwijzer.practice.UserAccount;
import nl.afsluitwijzer.practice.UserAccountRepository;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.practice.internal.Practice;
import nl.afsluitwijzer.practice.internal.PracticeRepository;

/** Test users: the demo practice's, and a therapist of another practice created on the spot. */
public final class Colleagues {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Colleagues() {}

    public static CurrentUser demo(UserAccountRepository users, String username) {
        return users.findByUsername(username).orElseThrow().toCurrentUser();
    }

    /** A therapist of a new practice; their user name is {@code username()} of the result. */
    public static CurrentUser ofAnotherPractice(PracticeRepository practices, UserAdministration administration) {
        int n = SEQUENCE.incrementAndGet();
        Practice practice = practices.save(new Practice("Andere praktijk " + n));
        UserAccount account = administration.create(
                CurrentUser.current().orElse(null),
                practice.getId(),
                "anders" + n + "-" + System.nanoTime(),
                "Andere behandelaar",
                Role.THERAPIST,
                "een-lang-wachtwoord");
        return account.toCurrentUser();
    }
}
