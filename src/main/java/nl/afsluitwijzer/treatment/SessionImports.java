package nl.afsluitwijzer.treatment;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sessions from an agenda export (docs/import.md): first a check of every session, which changes nothing, then the
 * same check again on confirming, adding the sessions it accepts through {@link TreatmentChanges} in one transaction,
 * so the rules of the session form and the API apply unchanged. A session belongs to the open treatment of the client
 * with that reference that the signed-in user treats (their own or shared with them); a reference without such a
 * treatment (unknown, closed, or another therapist's client, which the message does not distinguish) refuses that
 * session only. A session of the same kind on the same date as one the treatment has, or as one earlier in the file,
 * is already recorded and skipped: uploading the same export twice adds nothing the second time.
 */
@Service
@Transactional
public class SessionImports {

    static final String NO_OPEN_TREATMENT = "treatment.import.no-open-treatment";

    /** What confirming did. */
    public record SessionImportResult(int added, int alreadyRecorded, int refused) implements Serializable {}

    private record SessionKey(LocalDate date, SessionKind kind) {}

    private final ClientRepository clients;
    private final TreatmentRepository treatments;
    private final TreatmentSessionRepository sessions;
    private final TreatmentChanges changes;
    private final AuditLog audit;

    SessionImports(
            ClientRepository clients,
            TreatmentRepository treatments,
            TreatmentSessionRepository sessions,
            TreatmentChanges changes,
            AuditLog audit) {
        this.clients = clients;
        this.treatments = treatments;
        this.sessions = sessions;
        this.changes = changes;
        this.audit = audit;
    }

    /** What confirming would do with each session, in the order given; reading a treatment's sessions is logged. */
    public List<SessionImportCheck> check(CurrentUser user, List<ImportedSession> imported) {
        Map<String, Optional<Treatment>> treatmentOf = new HashMap<>();
        Map<Long, Set<SessionKey>> recorded = new HashMap<>();
        List<SessionImportCheck> checks = new ArrayList<>();
        for (ImportedSession session : imported) {
            checks.add(check(user, session, treatmentOf, recorded));
        }
        return checks;
    }

    /** Checks again and adds the sessions the check accepts; nothing is added twice. */
    public SessionImportResult add(CurrentUser user, List<ImportedSession> imported) {
        List<SessionImportCheck> checks = check(user, imported);
        for (SessionImportCheck check : checks) {
            if (check.outcome() == SessionImportCheck.Outcome.ADD) {
                ImportedSession session = check.session();
                changes.addSession(
                        user,
                        Objects.requireNonNull(check.treatmentId(), "an added session has its treatment"),
                        null,
                        session.date(),
                        session.kind(),
                        session.attended());
            }
        }
        Map<SessionImportCheck.Outcome, Long> counted =
                checks.stream().collect(Collectors.groupingBy(SessionImportCheck::outcome, Collectors.counting()));
        return new SessionImportResult(
                count(counted, SessionImportCheck.Outcome.ADD),
                count(counted, SessionImportCheck.Outcome.ALREADY_RECORDED),
                count(counted, SessionImportCheck.Outcome.REFUSED));
    }

    private SessionImportCheck check(
            CurrentUser user,
            ImportedSession session,
            Map<String, Optional<Treatment>> treatmentOf,
            Map<Long, Set<SessionKey>> recorded) {
        String reference = ClientReference.normalised(session.clientReference());
        if (reference == null || reference.isEmpty() || ClientReference.hasInvisibleCharacter(reference)) {
            return SessionImportCheck.refused(session, "treatment.client.reference.invisible");
        }
        Optional<Treatment> found = treatmentOf.computeIfAbsent(reference, r -> treatedBy(user, r));
        if (found.isEmpty()) {
            return SessionImportCheck.refused(session, NO_OPEN_TREATMENT, reference);
        }
        Treatment treatment = found.get();
        try {
            TreatmentChanges.checkSessionDate(
                    treatment, session.date(), session.kind(), session.attended(), changes.today());
        } catch (DomainException refusal) {
            return SessionImportCheck.refused(session, refusal.messageKey(), refusal.arguments());
        }
        Set<SessionKey> keys =
                recorded.computeIfAbsent(treatment.getId(), id -> recordedSessions(treatment, reference));
        return keys.add(new SessionKey(session.date(), session.kind()))
                ? SessionImportCheck.add(session, Objects.requireNonNull(treatment.getId(), "stored"))
                : SessionImportCheck.alreadyRecorded(session, Objects.requireNonNull(treatment.getId(), "stored"));
    }

    /** The client's open treatment that the user treats; a client the user may not see is logged as a refusal. */
    private Optional<Treatment> treatedBy(CurrentUser user, String reference) {
        Optional<Client> client = clients.findByPracticeIdAndReference(user.practiceId(), reference);
        if (client.isEmpty()) {
            return Optional.empty();
        }
        List<Treatment> its =
                treatments.findByClientId(Objects.requireNonNull(client.get().getId(), "stored"));
        Optional<Treatment> treated = its.stream()
                .filter(t -> t.getPhase().isOpen())
                .filter(t -> t.getTherapistId().equals(user.id()) || t.isSharedWith(user.id()))
                .findFirst();
        if (treated.isEmpty() && its.stream().noneMatch(t -> Treatments.mayAccess(user, t))) {
            audit.recordRefusal(
                    AuditEvent.of(AuditAction.UPDATE, Treatments.OBJECT, null).forClient(reference, null));
        }
        return treated;
    }

    private Set<SessionKey> recordedSessions(Treatment treatment, String reference) {
        audit.record(AuditEvent.of(AuditAction.VIEW, Treatments.OBJECT, treatment.getId())
                .forClient(reference, treatment.getId()));
        Set<SessionKey> keys = new HashSet<>();
        sessions.findByTreatmentIdIn(List.of(treatment.getId()))
                .forEach(s -> keys.add(new SessionKey(s.getSessionDate(), s.getKind())));
        return keys;
    }

    private static int count(Map<SessionImportCheck.Outcome, Long> counted, SessionImportCheck.Outcome outcome) {
        return counted.getOrDefault(outcome, 0L).intValue();
    }
}
