package nl.afsluitwijzer.treatment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Role;
import nl.afsluitwijzer.practice.UserAccount;
import nl.afsluitwijzer.practice.UserAdministration;
import nl.afsluitwijzer.shared.DomainException;
import org.apache.commons.lang3.StringUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every change to a treatment: one transaction each, access checked, refused once the treatment has
 * ended, the treatment's version raised (so concurrent edits conflict instead of overwriting), logged.
 */
@Service
@Transactional
public class TreatmentChanges {

    /** The audit object of a correction of E on the day the agreements were set. */
    static final String EXPECTED_SESSIONS = "EXPECTED_SESSIONS";

    private final Treatments treatments;
    private final TreatmentRepository repository;
    private final GoalRepository goals;
    private final TreatmentSessionRepository sessions;
    private final DiscussionRepository discussions;
    private final AuditLog audit;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final UserAdministration users;
    private final NextAppointmentAnswers nextAppointments;

    TreatmentChanges(
            Treatments treatments,
            TreatmentRepository repository,
            GoalRepository goals,
            TreatmentSessionRepository sessions,
            DiscussionRepository discussions,
            AuditLog audit,
            Clock clock,
            ApplicationEventPublisher events,
            UserAdministration users,
            NextAppointmentAnswers nextAppointments) {
        this.nextAppointments = nextAppointments;
        this.events = events;
        this.users = users;
        this.treatments = treatments;
        this.repository = repository;
        this.goals = goals;
        this.sessions = sessions;
        this.discussions = discussions;
        this.audit = audit;
        this.clock = clock;
    }

    public Treatment changePhase(
            CurrentUser user,
            Long id,
            @Nullable Integer expectedVersion,
            Phase phase,
            LocalDate date,
            @Nullable String reason) {
        Treatment treatment = editable(user, id, expectedVersion, false);
        TreatmentDates.notAfter(date, today());
        treatment.moveTo(phase, date, StringUtils.stripToNull(reason), user.id());
        return saved(treatment);
    }

    /**
     * The behandelafspraken; raising E after the day they were set is refused ({@link ExtensionNeedsEvaluation}):
     * an extension goes through an evaluation. A change of E on that day is a correction, logged as such.
     */
    public Treatment agree(CurrentUser user, Long id, @Nullable Integer expectedVersion, Agreements agreements) {
        Treatment treatment = editable(user, id, expectedVersion, true);
        int changesBefore = treatment.expectedSessionsHistory().size();
        treatment.agree(agreements, today());
        Treatment saved = saved(treatment);
        boolean corrected = saved.expectedSessionsHistory().size() > changesBefore
                && saved.latestExpectedSessions()
                        .filter(e -> e.origin() == ExpectedSessionsOrigin.CORRECTED)
                        .isPresent();
        if (corrected) {
            audit.record(AuditEvent.of(AuditAction.CORRECTION, EXPECTED_SESSIONS, saved.getId())
                    .forClient(treatments.clientOf(saved).getReference(), saved.getId()));
        }
        return saved;
    }

    /** The agreements together with the first goals, in one transaction. */
    public Treatment agreeWithGoals(
            CurrentUser user,
            Long id,
            @Nullable Integer expectedVersion,
            Agreements agreements,
            List<String[]> newGoals) {
        Treatment treatment = agree(user, id, expectedVersion, agreements);
        for (String[] goal : newGoals) {
            goals.save(new Goal(id, goal[0].strip(), StringUtils.stripToNull(goal[1]), today()));
        }
        return treatment;
    }

    public Goal addGoal(CurrentUser user, Long id, String description, @Nullable String criterion, LocalDate date) {
        return addGoal(user, id, null, description, criterion, date);
    }

    /** As above, refused with a conflict when the treatment is no longer at the expected version. */
    public Goal addGoal(
            CurrentUser user,
            Long id,
            @Nullable Integer expectedVersion,
            String description,
            @Nullable String criterion,
            LocalDate date) {
        Treatment treatment = editable(user, id, expectedVersion, true);
        TreatmentDates.notBefore(date, treatment.getRegistrationDate(), "registration");
        TreatmentDates.notFarAhead(date, today());
        Goal goal = goals.save(new Goal(id, description.strip(), StringUtils.stripToNull(criterion), date));
        saved(treatment);
        return goal;
    }

    public Goal changeGoalStatus(CurrentUser user, Long id, Long goalId, GoalStatus status, LocalDate date) {
        return changeGoalStatus(user, id, null, goalId, status, date);
    }

    public Goal changeGoalStatus(
            CurrentUser user,
            Long id,
            @Nullable Integer expectedVersion,
            Long goalId,
            GoalStatus status,
            LocalDate date) {
        Treatment treatment = editable(user, id, expectedVersion, true);
        Goal goal = goals.findById(goalId)
                .filter(g -> g.getTreatmentId().equals(id))
                .orElseThrow(() -> DomainException.notFound("treatment.goal.not-found"));
        TreatmentDates.notBefore(date, goal.getAddedOn(), "goal");
        TreatmentDates.notAfter(date, today());
        goal.changeStatus(status, date);
        saved(treatment);
        return goals.save(goal);
    }

    public TreatmentSession addSession(CurrentUser user, Long id, LocalDate date, SessionKind kind, boolean attended) {
        return addSession(user, id, null, date, kind, attended);
    }

    public TreatmentSession addSession(
            CurrentUser user,
            Long id,
            @Nullable Integer expectedVersion,
            LocalDate date,
            SessionKind kind,
            boolean attended) {
        return addSession(user, id, expectedVersion, date, kind, attended, null, null)
                .session();
    }

    /** A session and what it adds, such as the answer to "Wil je nog een volgende afspraak?". */
    public record RecordedSession(
            TreatmentSession session, @Nullable NextAppointmentAnswer nextAppointment) {}

    /**
     * Records a session, with the client's answer to "Wil je nog een volgende afspraak?" at it when given (only for an
     * attended session; the client's words are optional, at most {@link NextAppointmentAnswer#MAX_WORDS} characters).
     */
    public RecordedSession addSession(
            CurrentUser user,
            Long id,
            @Nullable Integer expectedVersion,
            LocalDate date,
            SessionKind kind,
            boolean attended,
            @Nullable NextAppointmentWish nextAppointment,
            @Nullable String clientWords) {
        Treatment treatment = editable(user, id, expectedVersion, true);
        checkSessionDate(treatment, date, kind, attended, today());
        if (nextAppointment == null && clientWords != null && !clientWords.isBlank()) {
            throw DomainException.refused("treatment.next-appointment.words-without-answer");
        }
        Treatment saved = saved(treatment);
        TreatmentSession session = sessions.save(new TreatmentSession(id, date, kind, attended, clock.instant()));
        return new RecordedSession(
                session,
                nextAppointment == null
                        ? null
                        : nextAppointments.recordAtSession(saved, session, nextAppointment, clientWords));
    }

    /**
     * The date rules of a session, the same for every way in (form, API, agenda import): an intake or other contact
     * not before the registration, a counted session only once the treatment started and not before its start, an
     * attended session not in the future, none more than a year ahead. Static, so that a check that
     * refuses does not mark a running transaction for rollback (the agenda import checks many).
     */
    static void checkSessionDate(
            Treatment treatment, LocalDate date, SessionKind kind, boolean attended, LocalDate today) {
        if (kind == SessionKind.INTAKE || kind == SessionKind.OTHER) {
            TreatmentDates.notBefore(date, treatment.getRegistrationDate(), "registration");
        } else if (treatment.getStartDate() == null) {
            throw DomainException.conflict("treatment.session.not-started");
        } else {
            TreatmentDates.notBefore(date, treatment.getStartDate(), "start");
        }
        if (attended) {
            TreatmentDates.notAfter(date, today);
        }
        TreatmentDates.notFarAhead(date, today);
    }

    public Discussion addDiscussion(
            CurrentUser user, Long id, LocalDate date, DiscussionKind kind, @Nullable String note) {
        return addDiscussion(user, id, null, date, kind, note);
    }

    public Discussion addDiscussion(
            CurrentUser user,
            Long id,
            @Nullable Integer expectedVersion,
            LocalDate date,
            DiscussionKind kind,
            @Nullable String note) {
        Treatment treatment = editable(user, id, expectedVersion, true);
        TreatmentDates.notBefore(date, treatment.getRegistrationDate(), "registration");
        TreatmentDates.notAfter(date, today());
        saved(treatment);
        Discussion discussion =
                discussions.save(new Discussion(id, date, kind, StringUtils.stripToNull(note), clock.instant()));
        events.publishEvent(new DiscussionRecorded(id, date, kind, user));
        return discussion;
    }

    /**
     * A discussion held by the practice about one of its treatments, such as a finished case discussion that
     * any colleague may have led: checked against the practice rather than the treating therapist.
     * An ended treatment is left as it is (it is read-only).
     */
    public void recordPracticeDiscussion(CurrentUser user, Long id, LocalDate date, DiscussionKind kind, String note) {
        Treatment treatment = repository
                .findById(id)
                .filter(t -> t.getPracticeId().equals(user.practiceId()))
                .orElseThrow(TreatmentAccessDenied::new);
        if (treatment.getPhase().isEnded()) {
            return;
        }
        saved(treatment);
        discussions.save(new Discussion(id, date, kind, StringUtils.stripToNull(note), clock.instant()));
        events.publishEvent(new DiscussionRecorded(id, date, kind, user));
    }

    public Treatment share(CurrentUser user, Long id, Long colleagueId, boolean shared) {
        Treatment treatment = editable(user, id, null, shared);
        if (shared) {
            // only with a clinician of the same practice: an id typed into the form is no colleague yet
            users.find(treatment.getPracticeId(), colleagueId)
                    .filter(UserAccount::isEnabled)
                    .filter(u -> u.getRole() != Role.ADMIN)
                    .orElseThrow(() -> DomainException.refused("treatment.therapist.unknown"));
            treatment.shareWith(colleagueId);
        } else {
            treatment.stopSharingWith(colleagueId);
        }
        return saved(treatment);
    }

    /**
     * Sets E at an evaluation from its date on: an extension, whose coded reasons the evaluation holds, or a
     * lowering. Only the evaluation module calls this (an architecture test checks it).
     */
    public Treatment changeExpectedSessionsAtEvaluation(
            CurrentUser user, Long id, int sessionsExpected, LocalDate evaluatedOn) {
        Treatment treatment = editable(user, id, null, true);
        treatment.changeExpectedSessionsAtEvaluation(sessionsExpected, evaluatedOn);
        return saved(treatment);
    }

    private Treatment editable(CurrentUser user, Long id, @Nullable Integer expectedVersion, boolean mustBeOpen) {
        Treatment treatment = treatments.require(user, id);
        if (expectedVersion != null && !expectedVersion.equals(treatment.getVersion())) {
            throw new OptimisticLockingFailureException("treatment " + id + " changed");
        }
        if (mustBeOpen) {
            treatment.requireOpen();
        }
        return treatment;
    }

    private Treatment saved(Treatment treatment) {
        Treatment saved = repository.save(treatment);
        audit.record(AuditEvent.of(AuditAction.UPDATE, Treatments.OBJECT, saved.getId())
                .forClient(treatments.clientOf(saved).getReference(), saved.getId()));
        return saved;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
