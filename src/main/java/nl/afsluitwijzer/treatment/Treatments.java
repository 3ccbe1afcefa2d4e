package nl.afsluitwijzer.treatment;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Role;
import org.jspecify.annotations.Nullable;
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
    private final TreatmentFileParts parts;
    private final GoalRepository goals;
    private final AuditLog audit;

    Treatments(
            TreatmentRepository treatments,
            ClientRepository clients,
            TreatmentFileParts parts,
            GoalRepository goals,
            AuditLog audit) {
        this.treatments = treatments;
        this.clients = clients;
        this.parts = parts;
        this.goals = goals;
        this.audit = audit;
    }

    /** The whole file of a treatment the current user may see; logged as a view. */
    @Transactional
    public TreatmentFile open(CurrentUser user, Long id) {
        Treatment treatment = require(user, id);
        TreatmentFile file = fileOf(treatment);
        audit.record(AuditEvent.of(AuditAction.VIEW, OBJECT, id)
                .forClient(file.client().getReference(), id));
        return file;
    }

    /** The treatment if the current user may see it; otherwise 404, and the attempt is logged. */
    @Transactional
    public Treatment require(CurrentUser user, @Nullable Long id) {
        Treatment treatment = id == null ? null : treatments.findById(id).orElse(null);
        if (treatment == null || !mayAccess(user, treatment)) {
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
     * The goals of a treatment the caller has already opened (through {@link #require} or {@link #forClientLink}),
     * in the order they were added, each with its status history.
     */
    public List<Goal> goalsOf(Long treatmentId) {
        return goals.findByTreatmentIdOrderByAddedOnAscIdAsc(treatmentId);
    }

    /**
     * The client's identifying details of a treatment of the current user's practice, for checking that a text
     * about it meant to be anonymous (a case discussion, which every colleague of the practice may read) is; the
     * caller shows none of it. Logged as a view of the client; empty for another practice's treatment.
     */
    @Transactional
    public Optional<ClientIdentity> identityForAnonymityCheck(CurrentUser user, Long id) {
        Optional<Treatment> treatment = Optional.ofNullable(id)
                .flatMap(treatments::findById)
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
        return Optional.of(Math.toIntExact(treatments.countWaitingAhead(
                        treatment.getPracticeId(),
                        treatment.getRegistrationDate(),
                        Objects.requireNonNull(treatment.getId(), "stored")))
                + 1);
    }

    public Client clientOf(Treatment treatment) {
        return clients.findById(treatment.getClientId()).orElseThrow();
    }

    /** The treatments the current user may see (manager: optionally those of one therapist). */
    @Transactional
    public List<TreatmentFile> visible(CurrentUser user, Long therapistFilter) {
        return visibleFiles(user, therapistFilter).files();
    }

    /** The same, with the scope they were read by, for reading other modules' records of them. */
    @Transactional
    public TreatmentFiles visibleFiles(CurrentUser user, @Nullable Long therapistFilter) {
        return visibleIn(user, EnumSet.allOf(Phase.class), therapistFilter);
    }

    /** The open treatments (waiting list included) the current user may see: the caseload. */
    @Transactional
    public List<TreatmentFile> visibleOpen(CurrentUser user, Long therapistFilter) {
        return visibleOpenFiles(user, therapistFilter).files();
    }

    /** The same, with the scope they were read by. */
    @Transactional
    public TreatmentFiles visibleOpenFiles(CurrentUser user, @Nullable Long therapistFilter) {
        return visibleIn(
                user,
                EnumSet.copyOf(
                        Arrays.stream(Phase.values()).filter(Phase::isOpen).toList()),
                therapistFilter);
    }

    /**
     * The condition that selects the open treatments (waiting list included) the current user may see (manager:
     * optionally of one therapist), for a list that pages, sorts and counts them in SQL; reads nothing itself. The
     * administrator's selects none.
     */
    public TreatmentScope visibleOpenScope(CurrentUser user, @Nullable Long therapistFilter) {
        TreatmentScope scope = scopeOf(user, openPhases(), therapistFilter);
        return scope == null ? TreatmentScope.none() : scope;
    }

    /**
     * {@link #visibleOpenScope} for a list read from data derived from the treatments in SQL (the caseload served from
     * the stored signal state): logged as a search, as every list is.
     */
    @Transactional
    public TreatmentScope searchedOpenScope(CurrentUser user, @Nullable Long therapistFilter) {
        audit.record(AuditEvent.of(AuditAction.SEARCH, OBJECT, null));
        return visibleOpenScope(user, therapistFilter);
    }

    /**
     * The files of the given treatments among the open ones the current user may see (a page of a list; ids outside
     * the user's view are left out), in the order of the ids given. Logged as a search, as every list is.
     */
    @Transactional
    public TreatmentFiles visibleOpenAmong(CurrentUser user, @Nullable Long therapistFilter, List<Long> ids) {
        audit.record(AuditEvent.of(AuditAction.SEARCH, OBJECT, null));
        TreatmentScope scope = scopeOf(user, openPhases(), therapistFilter);
        if (scope == null || ids.isEmpty()) {
            return new TreatmentFiles(List.of(), TreatmentScope.none());
        }
        TreatmentFiles read = filesIn(scope.among(ids));
        Map<Long, TreatmentFile> byId = new java.util.HashMap<>();
        read.files().forEach(file -> byId.put(file.id(), file));
        return new TreatmentFiles(
                ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList(), read.scope());
    }

    /**
     * FOR DATA DERIVED FROM TREATMENTS ONLY (the caseload's signal state): those of the given treatments that are
     * open, without a user, access check or audit entry; nothing read here may be shown to anyone.
     */
    public TreatmentFiles openFilesForDerivedState(List<Long> ids) {
        return filesIn(TreatmentScope.openAmong(ids));
    }

    /** A page of a list of treatment files, with how many all pages hold. */
    public record FilesPage(TreatmentFiles files, long total) {}

    /**
     * A page of the referrals in one waiting phase (REFERRED: waiting for an intake; INTAKE: after it, waiting for the
     * start) the current user may see, first registered first, with how many there are: the database counts and
     * pages, only the page's files are read. Logged as a search.
     */
    @Transactional
    public FilesPage visibleWaitingPage(CurrentUser user, Phase phase, int page, int size) {
        if (phase != Phase.REFERRED && phase != Phase.INTAKE) {
            throw new IllegalArgumentException("no waiting phase: " + phase);
        }
        audit.record(AuditEvent.of(AuditAction.SEARCH, OBJECT, null));
        TreatmentScope scope = scopeOf(user, EnumSet.of(phase), null);
        if (scope == null) {
            return new FilesPage(new TreatmentFiles(List.of(), TreatmentScope.none()), 0);
        }
        TreatmentFileParts.IdsPage ids = parts.idsInRegistrationOrder(scope, size, (long) (page - 1) * size);
        if (ids.ids().isEmpty()) {
            return new FilesPage(new TreatmentFiles(List.of(), scope), ids.total());
        }
        TreatmentFiles read = filesIn(scope.among(ids.ids()));
        Map<Long, TreatmentFile> byId = new java.util.HashMap<>();
        read.files().forEach(file -> byId.put(file.id(), file));
        return new FilesPage(
                new TreatmentFiles(ids.ids().stream().map(byId::get).toList(), read.scope()), ids.total());
    }

    /**
     * The waiting list's two pages at once (REFERRED, then INTAKE; see {@link #visibleWaitingPage}), read in one
     * transaction, so their two searches are logged in one step of the audit chain.
     */
    @Transactional
    public List<FilesPage> visibleWaitingPages(CurrentUser user, int referredPage, int intakePage, int size) {
        return List.of(
                visibleWaitingPage(user, Phase.REFERRED, referredPage, size),
                visibleWaitingPage(user, Phase.INTAKE, intakePage, size));
    }

    /** The referrals the current user may see that wait for an intake or, after it, for the start of treatment. */
    @Transactional
    public List<TreatmentFile> visibleWaiting(CurrentUser user) {
        return visibleIn(user, EnumSet.of(Phase.REFERRED, Phase.INTAKE), null).files();
    }

    private static Set<Phase> openPhases() {
        return EnumSet.copyOf(
                Arrays.stream(Phase.values()).filter(Phase::isOpen).toList());
    }

    /** The user's view of the treatments in these phases; null for the administrator, who sees none. */
    private static @Nullable TreatmentScope scopeOf(
            CurrentUser user, Set<Phase> phases, @Nullable Long therapistFilter) {
        return switch (user.role()) {
            case MANAGER -> TreatmentScope.practice(user.practiceId(), phases, therapistFilter);
            case THERAPIST -> TreatmentScope.therapist(user.practiceId(), user.id(), phases);
            case ADMIN -> null;
        };
    }

    /**
     * The treatments the current user may see that were under way on the day (started on or before it, not ended on
     * or before it), with their scope: the treatments whose open signals the practice's figures count.
     */
    @Transactional
    public TreatmentFiles visibleFilesUnderWay(CurrentUser user, LocalDate day) {
        return visibleIn(user, EnumSet.allOf(Phase.class), null, scope -> scope.underWayOn(day));
    }

    /**
     * Of the treatments the current user may see that were under way on the day, the files of those the caller picks
     * from their scope (for reading data derived from them in SQL first, and the files only where it is missing), in
     * id order; one search is logged however many are picked.
     */
    @Transactional
    public TreatmentFiles visibleFilesUnderWayAmong(
            CurrentUser user, LocalDate day, java.util.function.Function<TreatmentScope, List<Long>> pick) {
        return visibleIn(user, EnumSet.allOf(Phase.class), null, scope -> {
            TreatmentScope underWay = scope.underWayOn(day);
            List<Long> picked = pick.apply(underWay);
            return picked.isEmpty() ? TreatmentScope.none() : underWay.among(picked);
        });
    }

    /**
     * The treatments the current user may see (manager: optionally of one therapist) that were open at some time in
     * the period: registered on or before its last day and not ended before its first. Every treatment that had its
     * intake, start or end in the period is among them, and so is every treatment under way on its last day.
     */
    @Transactional
    public TreatmentFiles visibleFilesOpenBetween(
            CurrentUser user, LocalDate from, LocalDate to, @Nullable Long therapistFilter) {
        return visibleIn(user, EnumSet.allOf(Phase.class), therapistFilter, scope -> scope.openBetween(from, to));
    }

    private TreatmentFiles visibleIn(CurrentUser user, Set<Phase> phases, @Nullable Long therapistFilter) {
        return visibleIn(user, phases, therapistFilter, UnaryOperator.identity());
    }

    private TreatmentFiles visibleIn(
            CurrentUser user, Set<Phase> phases, @Nullable Long therapistFilter, UnaryOperator<TreatmentScope> narrow) {
        TreatmentScope scope = scopeOf(user, phases, therapistFilter);
        audit.record(AuditEvent.of(AuditAction.SEARCH, OBJECT, null));
        if (scope == null) {
            return new TreatmentFiles(List.of(), TreatmentScope.none());
        }
        TreatmentScope narrowed = narrow.apply(scope);
        return filesIn(narrowed);
    }

    public static boolean mayAccess(CurrentUser user, Treatment treatment) {
        if (!treatment.getPracticeId().equals(user.practiceId())) {
            return false;
        }
        return user.role() == Role.MANAGER
                || (user.role() == Role.THERAPIST
                        && (treatment.getTherapistId().equals(user.id()) || treatment.isSharedWith(user.id())));
    }

    TreatmentFile fileOf(Treatment treatment) {
        return filesOf(List.of(treatment), TreatmentScope.one(Objects.requireNonNull(treatment.getId(), "stored")))
                .get(0);
    }

    /**
     * Loads many files with one query per table, joined to the scope: never one per treatment, never a list of ids
     * bound one by one. The files come with the scope to read other modules' records of them by (their ids, when a
     * few: see {@link TreatmentFileParts#treatmentsIn}).
     */
    private TreatmentFiles filesIn(TreatmentScope scope) {
        TreatmentFileParts.Found found = parts.treatmentsIn(scope);
        return new TreatmentFiles(filesOf(found.treatments(), found.scope(), found.clients()), found.scope());
    }

    private List<TreatmentFile> filesOf(List<Treatment> found, TreatmentScope scope) {
        return found.isEmpty() ? List.of() : filesOf(found, scope, parts.clientsOf(scope));
    }

    private List<TreatmentFile> filesOf(List<Treatment> found, TreatmentScope scope, Map<Long, Client> clientsById) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<Long, List<Goal>> goalsBy = parts.goalsOf(scope);
        TreatmentFileParts.SessionsAndDiscussions dated = parts.sessionsAndDiscussionsOf(scope);
        Map<Long, List<TreatmentSession>> sessionsBy = dated.sessions();
        Map<Long, List<Discussion>> discussionsBy = dated.discussions();
        return found.stream()
                .map(t -> new TreatmentFile(
                        t,
                        Objects.requireNonNull(
                                clientsById.get(t.getClientId()), "the scope reads every treatment's client"),
                        goalsBy.getOrDefault(t.getId(), List.of()),
                        sessionsBy.getOrDefault(t.getId(), List.of()),
                        discussionsBy.getOrDefault(t.getId(), List.of())))
                .toList();
    }
}
