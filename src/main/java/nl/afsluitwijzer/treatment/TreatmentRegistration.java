package nl.afsluitwijzer.treatment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Role;
import nl.afsluitwijzer.practice.UserAccount;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.shared.FirstSave;
import nl.afsluitwijzer.treatment.internal.NewReferral;
import org.apache.commons.lang3.StringUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** New clients and treatments: a referral on the waiting list, or (API) a treatment that starts at once. */
@Service
@Transactional
public class TreatmentRegistration {

    private final ClientRepository clients;
    private final TreatmentRepository treatments;
    private final GoalRepository goals;
    private final UserAdministration users;
    private final ExistingClients existing;
    private final AuditLog audit;
    private final Clock clock;

    TreatmentRegistration(
            ClientRepository clients,
            TreatmentRepository treatments,
            GoalRepository goals,
            UserAdministration users,
            ExistingClients existing,
            AuditLog audit,
            Clock clock) {
        this.clients = clients;
        this.treatments = treatments;
        this.goals = goals;
        this.users = users;
        this.existing = existing;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new client on the waiting list; a reference that already exists in the practice is refused. */
    public Treatment refer(CurrentUser user, NewReferral referral) {
        existing.requireNew(user, referral.client().reference());
        TreatmentDates.notAfter(referral.registrationDate(), LocalDate.now(clock));
        Long therapist = therapistFor(user, referral.therapistId());
        Client client = newClient(
                new Client(user.practiceId(), referral.client(), clock.instant()), "treatment.client.duplicate");
        Treatment created = Treatment.referral(
                user.practiceId(),
                Objects.requireNonNull(client.getId(), "stored"),
                therapist,
                referral.registrationDate(),
                referral.helpQuestion().strip(),
                referral.complex(),
                user.id(),
                clock.instant());
        created.describeReferral(referral.details(), created.getHelpQuestion());
        Treatment treatment = treatments.save(created);
        logCreated(treatment, client);
        return treatment;
    }

    /**
     * A treatment in phase TREATMENT for the current therapist. A known client gets a new trajectory only
     * when their earlier treatments have ended; a client the user may not see only with a reason
     * ({@link ExistingClients}).
     */
    public Treatment start(CurrentUser user, NewTreatment command) {
        TreatmentDates.notAfter(command.startDate(), LocalDate.now(clock));
        Optional<ExistingClients.Link> link =
                existing.forNewTreatment(user, command.clientReference(), command.linkReason());
        Client client = link.map(ExistingClients.Link::client)
                .orElseGet(() -> newClient(
                        new Client(
                                user.practiceId(),
                                new ClientDetails(
                                        command.clientReference(), command.clientReference(), null, null, null),
                                clock.instant()),
                        "treatment.client.open-treatment"));
        Treatment treatment = firstOpen(
                Treatment.started(
                        user.practiceId(),
                        Objects.requireNonNull(client.getId(), "stored"),
                        therapistFor(user, null),
                        command.startDate(),
                        command.agreements(),
                        user.id(),
                        clock.instant()),
                client);
        for (NewTreatment.NewGoal goal : command.goals()) {
            goals.save(new Goal(
                    Objects.requireNonNull(treatment.getId(), "stored"),
                    goal.description().strip(),
                    StringUtils.stripToNull(goal.criterion()),
                    command.startDate()));
        }
        logCreated(treatment, client);
        if (link.isPresent() && link.get().brokeTheGlass()) {
            existing.recordBreakingTheGlass(
                    user,
                    client,
                    treatment,
                    Objects.requireNonNull(command.linkReason(), "the glass is broken only with a reason"));
        }
        return treatment;
    }

    /** Someone who registered the same reference a moment earlier wins; this request gets the refusal. */
    private Client newClient(Client client, String refusalKey) {
        return firstSave(() -> clients.save(client), refusalKey, client.getReference());
    }

    /**
     * The client's one open treatment: when someone started another for the same client a moment earlier, the
     * database's unique index refuses this one and the request gets the same refusal as a later start would.
     */
    private Treatment firstOpen(Treatment started, Client client) {
        return firstSave(() -> treatments.save(started), "treatment.client.open-treatment", client.getReference());
    }

    private static <T> T firstSave(Supplier<T> insert, String refusalKey, String reference) {
        try {
            return insert.get();
        } catch (RuntimeException e) {
            if (FirstSave.isDuplicateKey(e)) {
                throw DomainException.conflict(refusalKey, reference);
            }
            throw e;
        }
    }

    /** Therapists register for themselves; a manager may choose a therapist of the practice. */
    private Long therapistFor(CurrentUser user, @Nullable Long requested) {
        if (requested == null || user.role() == Role.THERAPIST) {
            return user.id();
        }
        return users.find(user.practiceId(), requested)
                .filter(UserAccount::isEnabled)
                .filter(u -> u.getRole() != Role.ADMIN)
                .map(UserAccount::getId)
                .orElseThrow(() -> DomainException.refused("treatment.therapist.unknown"));
    }

    private void logCreated(Treatment treatment, Client client) {
        audit.record(AuditEvent.of(AuditAction.CREATE, Treatments.OBJECT, treatment.getId())
                .forClient(client.getReference(), treatment.getId()));
    }
}
