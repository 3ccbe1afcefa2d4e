package nl.afsluitwijzer.treatment;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Role;
import nl.afsluitwijzer.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether a registration may use a client reference that already exists in the practice. Nothing of another
 * therapist's client shows through a registration: for a client the user may not see, the reference is
 * "unavailable" (the answer does not say that the client exists), unless the user breaks the glass with a
 * reason, which is stored for the manager and logged as {@link AuditAction#BREAK_GLASS}.
 */
@Component
class ExistingClients {

    static final String UNAVAILABLE = "treatment.client.reference-unavailable";

    /** The client to link, and whether the user broke the glass to do so. */
    record Link(Client client, boolean brokeTheGlass) {}

    private final ClientRepository clients;
    private final TreatmentRepository treatments;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    ExistingClients(
            ClientRepository clients, TreatmentRepository treatments, AuditLog audit, JdbcClient jdbc, Clock clock) {
        this.clients = clients;
        this.treatments = treatments;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** For a new client: an existing reference is refused, saying it exists only to whom may see the client. */
    void requireNew(CurrentUser user, String reference) {
        clients.findByPracticeIdAndReference(user.practiceId(), reference).ifPresent(client -> {
            if (!knownTo(user, treatments.findByClientId(Objects.requireNonNull(client.getId(), "stored")))) {
                throw refused(reference);
            }
            throw DomainException.conflict("treatment.client.duplicate", reference);
        });
    }

    /** The existing client a new treatment may be linked to, if any (see the class comment). */
    Optional<Link> forNewTreatment(CurrentUser user, String reference, @Nullable String reason) {
        Optional<Client> found = clients.findByPracticeIdAndReference(user.practiceId(), reference);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Treatment> its =
                treatments.findByClientId(Objects.requireNonNull(found.get().getId(), "stored"));
        boolean known = knownTo(user, its);
        boolean open = its.stream().anyMatch(t -> t.getPhase().isOpen());
        if (!known && (reason == null || reason.isBlank() || open)) {
            throw refused(reference);
        }
        if (open) {
            throw DomainException.conflict("treatment.client.open-treatment", reference);
        }
        return Optional.of(new Link(found.get(), !known));
    }

    /** Stores the reason for the manager and logs the break of the glass. */
    void recordBreakingTheGlass(CurrentUser user, Client client, Treatment treatment, String reason) {
        jdbc.sql("""
                INSERT INTO client_link_reason (practice_id, client_id, treatment_id, user_id, reason, linked_at)
                VALUES (?, ?, ?, ?, ?, ?)""")
                .params(
                        user.practiceId(),
                        Objects.requireNonNull(client.getId(), "stored"),
                        Objects.requireNonNull(treatment.getId(), "stored"),
                        user.id(),
                        reason.strip(),
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditEvent.of(AuditAction.BREAK_GLASS, Treatments.OBJECT, treatment.getId())
                .forClient(client.getReference(), treatment.getId()));
    }

    /** The manager sees every client of the practice; a therapist a client with a treatment they may see. */
    private static boolean knownTo(CurrentUser user, List<Treatment> treatmentsOfClient) {
        return user.role() == Role.MANAGER || treatmentsOfClient.stream().anyMatch(t -> Treatments.mayAccess(user, t));
    }

    private DomainException refused(String reference) {
        audit.recordRefusal(
                AuditEvent.of(AuditAction.CREATE, Treatments.OBJECT, null).forClient(reference, null));
        return DomainException.conflict(UNAVAILABLE);
    }
}
