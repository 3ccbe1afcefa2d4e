package nl.afsluitwijzer.treatment;

import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.treatment.internal.NewReferral;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.stereotype.Component;

/** Test fixtures: started treatments with unique references, and running code as a demo user. */
@Component
public class TestTreatments {

    private final TreatmentRegistration registration;
    private final ClientRepository clients;
    private final UserDetailsService users;

    TestTreatments(TreatmentRegistration registration, ClientRepository clients, UserDetailsService users) {
        this.registration = registration;
        this.clients = clients;
        this.users = users;
    }

    public Treatment startedBy(String username) {
        Treatment[] result = new Treatment[1];
        as(
                username,
                () -> result[0] = registration.start(
                        CurrentUser.require(),
                        new NewTreatment(
                                "T-" + System.nanoTime(),
                                LocalDate.of(2026, 1, 5),
                                new Agreements(8, 10, 12, true, false, "PHQ9", "vraag", null),
                                List.of(new NewTreatment.NewGoal("Weer sporten", "zes weken")))));
        return result[0];
    }

    /** A referral on the waiting list, registered on the date, referred by a GP, with eHealth offered. */
    public Treatment referredBy(String username, LocalDate registered) {
        Treatment[] result = new Treatment[1];
        as(
                username,
                () -> result[0] = registration.refer(
                        CurrentUser.require(),
                        new NewReferral(
                                new ClientDetails(
                                        "R-" + System.nanoTime(),
                                        "Noor Verwezen",
                                        1988,
                                        "Dokter K. Smit",
                                        "Huisartsenpraktijk De Brink"),
                                registered,
                                "Ik ben al lang somber en kom moeilijk uit bed.",
                                false,
                                null,
                                new ReferralDetails(
                                        ReferrerKind.GP, "Dokter K. Smit", true, "Therapieland, module Somberheid"))));
        return result[0];
    }

    public String referenceOf(Treatment treatment) {
        return clients.findById(treatment.getClientId()).orElseThrow().getReference();
    }

    public void as(String username, Runnable action) {
        var previous = SecurityContextHolder.getContext().getAuthentication();
        UserDetails user = users.loadUserByUsername(username);
        SecurityContextHolder.getContext()
                .setAuthentication(
                        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        try {
            action.run();
        } finally {
            SecurityContextHolder.getContext().setAuthentication(previous);
        }
    }
}
