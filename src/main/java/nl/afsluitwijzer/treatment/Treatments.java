package nl.afsluitwijzer.treatment;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading treatments with access control: a therapist sees their own and those shared with them, the
 * manager all of the practice, the administrator none. Every read is audit-logged, and so is a refusal.
 */
@Service
@Transactional(readOnly = true)
public class Treatments {

    static final String OBJECT = "TREATMENT";

    private final TreatmentRepository treatments;
    private final ClientRepository clients;
    private final GoalRepository goals;
    private final TreatmentSessionRepository sessions;
    private final DiscussionRepository discussions;
    private final TreatmentFileParts parts;
    private final AuditLog audit;

    Treatments(TreatmentRepository treatments, ClientRepository clients, GoalRepository goals,
            TreatmentSessionRepository sessions, DiscussionRepository discussions, TreatmentFileParts parts,
            AuditLog audit) {
        this.treatments = treatments;
        this.clients = clients;
        this.goals = goals;
        this.sessions = sessions;
        this.discussions = discussions;
        this.parts = parts;
        this.audit = audit;
    }

    /** The whole file of a treatment the current user may see; logged as a view. */
    @Transactional
    public TreatmentFile open(Long id) {
        TreatmentFile file = fileOf(require(id));
        audit.record(AuditEvent.of(AuditAction.VIEW, OBJECT, id).forClient(file.client().getReference(), id));
        return file;
    }

    /** The treatment if the current user may see it; otherwise 404, and the attempt is logged. */
    @Transactional
    public Treatment require(Long id) {
        Treatment treatment = id == null ? null : treatments.findById(id).orElse(null);
        if (treatment == null || !mayAccess(CurrentUser.require(), treatment)) {
            audit.recordRefusal(AuditEvent.of(AuditAction.VIEW, OBJECT, id).forClient(null, id));
            throw new TreatmentAccessDenied();
        }
        return treatment;
    }

    /**
     * FOR THE CLIENT PORTAL ONLY: the treatment of a valid client link, which is the client's own access;
     * no user is signed in, so no user access check applies.
     */
    public Treatment forClientLink(Long id) {
        return treatments.findById(id).orElseThrow(TreatmentAccessDenied::new);
    }

    /**
     * The client's identifying details of a treatment of the current user's practice, for checking that a text
     * about it meant to be anonymous (a case discussion, which every colleague of the practice may read) is; the
     * caller shows none of it. Logged as a view of the client; empty for another practice's treatment.
     */
    @Transactional
    public Optional<ClientIdentity> identityForAnonymityCheck(Long id) {
        CurrentUser user = CurrentUser.require();
        Optional<Treatment> treatment = Optional.ofNullable(id).flatMap(treatments::findById)
                .filter(t -> t.getPracticeId().equals(user.practiceId()));
        return treatment.map(t -> {
            Client client = clientOf(t);
            audit.record(AuditEvent.of(AuditAction.VIEW, OBJECT, id).forClient(client.getReference(), id));
            return new ClientIdentity(client.getDisplayName(), client.getReference(), t.getHelpQuestion());
        });
    }

    /**
     * The position of a referral on the practice's waiting list for an intake (from 1: first registered first, the
     * earlier id on the same day), counted over every waiting referral of the practice, not only those the user
     * sees; empty when the treatment waits for no intake. The caller has been allowed to see the treatment.
     */
    public Optional<Integer> practiceWaitingPosition(Treatment treatment) {
        if (treatment.getPhase() != Phase.REFERRED) {
            return Optional.empty();
        }
        return Optional.of(Math.toIntExact(treatments.countWaitingAhead(treatment.getPracticeId(),
                treatment.getRegistrationDate(), treatment.getId())) + 1);
    }

    public Client clientOf(Treatment treatment) {
        return clients.findById(treatment.getClientId()).orElseThrow();
    }

    /** The treatments the current user may see (manager: optionally those of one therapist). */
    @Transactional
    public List<TreatmentFile> visible(Long therapistFilter) {
        return visibleIn(EnumSet.allOf(Phase.class), therapistFilter);
    }

    /** The open treatments (waiting list included) the current user may see: the caseload. */
    @Transactional
    public List<TreatmentFile> visibleOpen(Long therapistFilter) {
        return visibleIn(EnumSet.copyOf(Arrays.stream(Phase.values()).filter(Phase::isOpen).toList()),
                therapistFilter);
    }

    private List<TreatmentFile> visibleIn(Set<Phase> phases, Long therapistFilter) {
        CurrentUser user = CurrentUser.require();
        TreatmentScope scope = switch (user.role()) {
            case MANAGER -> TreatmentScope.practice(user.practiceId(), phases, therapistFilter);
            case THERAPIST -> TreatmentScope.therapist(user.practiceId(), user.id(), phases);
            case ADMIN -> null;
        };
        audit.record(AuditEvent.of(AuditAction.SEARCH, OBJECT, null));
        return scope == null ? List.of() : filesIn(scope);
    }

    public static boolean mayAccess(CurrentUser user, Treatment treatment) {
        if (!treatment.getPracticeId().equals(user.practiceId())) {
            return false;
        }
        return user.role() == Role.MANAGER || (user.role() == Role.THERAPIST
                && (treatment.getTherapistId().equals(user.id()) || treatment.isSharedWith(user.id())));
    }

    TreatmentFile fileOf(Treatment treatment) {
        Long id = treatment.getId();
        return new TreatmentFile(treatment, clientOf(treatment), goals.findByTreatmentIdOrderByAddedOnAscIdAsc(id),
                sessions.findByTreatmentIdOrderBySessionDateAscIdAsc(id),
                discussions.findByTreatmentIdOrderByDiscussedOnAscIdAsc(id));
    }

    /** Loads many files with one query per table, not per treatment. */
    private List<TreatmentFile> filesIn(TreatmentScope scope) {
        List<Treatment> found = treatments.findAllById(parts.idsIn(scope));
        if (found.isEmpty()) {
            return List.of();
        }
        List<Long> ids = found.stream().map(Treatment::getId).toList();
        Map<Long, Client> clientsById = clients.findAllById(found.stream().map(Treatment::getClientId).toList())
                .stream().collect(Collectors.toMap(Client::getId, Function.identity()));
        Map<Long, List<Goal>> goalsBy = parts.goalsOf(scope);
        Map<Long, List<TreatmentSession>> sessionsBy = parts.sessionsOf(scope);
        Map<Long, List<Discussion>> discussionsBy = discussions.findByTreatmentIdIn(ids).stream()
                .collect(Collectors.groupingBy(Discussion::getTreatmentId));
        return found.stream().map(t -> new TreatmentFile(t, clientsById.get(t.getClientId()),
                goalsBy.getOrDefault(t.getId(), List.of()), sessionsBy.getOrDefault(t.getId(), List.of()),
                discussionsBy.getOrDefault(t.getId(), List.of()))).toList();
    }
}
