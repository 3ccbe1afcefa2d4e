package nl.afsluitwijzer.treatment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.internal.ExtensionNeedsEvaluation;
import nl.afsluitwijzer.treatment.internal.PhaseTransitionRefused;
import nl.afsluitwijzer.treatment.internal.TreatmentShare;
import org.jspecify.annotations.Nullable;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Embedded;
import org.springframework.data.relational.core.mapping.MappedCollection;

/**
 * A client's treatment trajectory. It guards its own rules: only allowed phase transitions, no changes
 * once ended, phase dates in order, E always between 1 and 100 and raised after the agreements only at an evaluation.
 */
public class Treatment {

    public static final int MIN_EXPECTED = 1;
    public static final int MAX_EXPECTED = 100;

    @Id
    private @Nullable Long id;

    private Long practiceId;
    private Long clientId;
    private Long therapistId;
    private Phase phase;
    private LocalDate registrationDate;
    private LocalDate intakeDate;
    private LocalDate startDate;
    private LocalDate endDate;
    private String helpQuestion;
    private @Nullable String scopeNote;
    private boolean complex;
    private @Nullable String primaryInstrument;
    private boolean closingDiscussedAtStart;
    private @Nullable Integer clientEstimateSessions;
    private @Nullable Integer therapistEstimateSessions;
    private LocalDate agreementsSetOn;
    private Instant createdAt;

    @Embedded.Empty
    private ReferralDetails referral = ReferralDetails.unknown();

    @Embedded.Nullable
    private @Nullable Screening screening;

    @Version
    private @Nullable Integer version;

    @MappedCollection
    private Set<PhaseChange> phaseChanges = new HashSet<>();

    @MappedCollection
    private Set<ExpectedSessions> expectedSessions = new HashSet<>();

    @MappedCollection
    private Set<TreatmentShare> shares = new HashSet<>();

    @PersistenceCreator
    protected Treatment() {}

    /**
     * A stored treatment from a row of {@code treatment} (every column) with its collections, as read for many
     * treatments at once by {@link TreatmentFileParts}; the same values as the aggregate mapping gives.
     */
    static Treatment read(
            ResultSet row,
            Set<PhaseChange> phaseChanges,
            Set<ExpectedSessions> expectedSessions,
            Set<TreatmentShare> shares)
            throws SQLException {
        Treatment treatment = new Treatment();
        treatment.id = row.getLong("id");
        treatment.practiceId = row.getLong("practice_id");
        treatment.clientId = row.getLong("client_id");
        treatment.therapistId = row.getLong("therapist_id");
        treatment.phase = Phase.valueOf(row.getString("phase"));
        treatment.registrationDate = row.getObject("registration_date", LocalDate.class);
        treatment.intakeDate = row.getObject("intake_date", LocalDate.class);
        treatment.startDate = row.getObject("start_date", LocalDate.class);
        treatment.endDate = row.getObject("end_date", LocalDate.class);
        treatment.helpQuestion = row.getString("help_question");
        treatment.scopeNote = row.getString("scope_note");
        treatment.complex = row.getBoolean("complex");
        treatment.primaryInstrument = row.getString("primary_instrument");
        treatment.closingDiscussedAtStart = row.getBoolean("closing_discussed_at_start");
        treatment.clientEstimateSessions = row.getObject("client_estimate_sessions", Integer.class);
        treatment.therapistEstimateSessions = row.getObject("therapist_estimate_sessions", Integer.class);
        treatment.agreementsSetOn = row.getObject("agreements_set_on", LocalDate.class);
        treatment.createdAt = row.getTimestamp("created_at").toInstant();
        String referrerKind = row.getString("referrer_kind");
        treatment.referral = new ReferralDetails(
                referrerKind == null ? null : ReferrerKind.valueOf(referrerKind),
                row.getString("referrer_name"),
                row.getBoolean("ehealth_offered"),
                row.getString("ehealth_offer"));
        treatment.screening = screening(row);
        treatment.version = row.getObject("version", Integer.class);
        treatment.phaseChanges = phaseChanges;
        treatment.expectedSessions = expectedSessions;
        treatment.shares = shares;
        return treatment;
    }

    /** As {@code @Embedded.Nullable}: no screening when every column of it is empty. */
    private static @Nullable Screening screening(ResultSet row) throws SQLException {
        LocalDate on = row.getObject("screened_on", LocalDate.class);
        String outcome = row.getString("screening_outcome");
        String reasons = row.getString("screening_reasons");
        String other = row.getString("screening_other_reason");
        Long by = row.getObject("screened_by", Long.class);
        if (on == null && outcome == null && reasons == null && other == null && by == null) {
            return null;
        }
        return new Screening(on, outcome == null ? null : ScreeningOutcome.valueOf(outcome), reasons, other, by);
    }

    /** A new referral on the waiting list. */
    public static Treatment referral(
            Long practiceId,
            Long clientId,
            Long therapistId,
            LocalDate registrationDate,
            String helpQuestion,
            boolean complex,
            Long byUser,
            Instant now) {
        Treatment treatment = new Treatment();
        treatment.practiceId = practiceId;
        treatment.clientId = clientId;
        treatment.therapistId = therapistId;
        treatment.registrationDate = registrationDate;
        treatment.helpQuestion = helpQuestion;
        treatment.complex = complex;
        treatment.createdAt = now;
        treatment.phase = Phase.REFERRED;
        treatment.record(Phase.REFERRED, registrationDate, null, byUser);
        return treatment;
    }

    /** A treatment that starts right away (the API's POST /treatments). */
    public static Treatment started(
            Long practiceId,
            Long clientId,
            Long therapistId,
            LocalDate startDate,
            Agreements agreements,
            Long byUser,
            Instant now) {
        Treatment treatment = referral(
                practiceId,
                clientId,
                therapistId,
                startDate,
                agreements.helpQuestion(),
                agreements.complex(),
                byUser,
                now);
        treatment.moveTo(Phase.INTAKE, startDate, null, byUser);
        treatment.moveTo(Phase.TREATMENT, startDate, null, byUser);
        treatment.agree(agreements, startDate);
        return treatment;
    }

    /** Referrer, eHealth offered while waiting and the referral question; correctable while the treatment is open. */
    public void describeReferral(ReferralDetails details, String question) {
        requireOpen();
        referral = details;
        helpQuestion = question;
    }

    /**
     * Records the screening (pre-intake) of a referral on the waiting list. "Fits" keeps it waiting for the intake;
     * "does not fit" ends it as TRANSFERRED (verwezen: back to the GP with advice), outside the ordinary phase
     * transitions, which keep REFERRED → INTAKE only.
     */
    public void screen(Screening result) {
        if (phase != Phase.REFERRED) {
            throw DomainException.conflict("treatment.screening.not-waiting");
        }
        if (result.screenedOn().isBefore(registrationDate)) {
            throw DomainException.refused("treatment.date.before-registration", registrationDate);
        }
        screening = result;
        if (!result.fits()) {
            phase = Phase.TRANSFERRED;
            endDate = result.screenedOn();
            record(Phase.TRANSFERRED, result.screenedOn(), null, result.screenedBy());
        }
    }

    /** Screened as not fitting short-term care (and so ended without intake). */
    public boolean isScreenedOut() {
        return screening != null && !screening.fits();
    }

    /** Moves to the next phase, refusing what the phase rules (docs/signals.md) do not allow. */
    public void moveTo(Phase target, LocalDate date, @Nullable String reason, Long byUser) {
        if (!phase.canMoveTo(target)) {
            throw new PhaseTransitionRefused(phase, target);
        }
        LocalDate last = lastPhaseChange().changedOn();
        if (date.isBefore(last)) {
            throw DomainException.refused("treatment.phase.date-before-previous", last);
        }
        switch (target) {
            case INTAKE -> intakeDate = date;
            case TREATMENT -> startDate = date;
            case CLOSED, TRANSFERRED, DROPPED_OUT -> endDate = date;
            default -> {}
        }
        phase = target;
        record(target, date, reason, byUser);
    }

    /**
     * Records the behandelafspraken. The first agreed number starts E. After that the agreements may lower E, but
     * raising it is an extension, which only an evaluation records (with its coded reasons, see
     * {@link #changeExpectedSessionsAtEvaluation}): refused here, except on the day the agreements were set, where a
     * changed number is a correction of what was just agreed (recorded as such, see {@link ExpectedSessionsOrigin}).
     */
    public void agree(Agreements agreements, LocalDate on) {
        requireOpen();
        requireExpectedInRange(agreements.expectedSessions());
        ExpectedSessionsOrigin origin = originOfAgreed(agreements.expectedSessions(), on);
        clientEstimateSessions = agreements.clientEstimateSessions();
        therapistEstimateSessions = agreements.therapistEstimateSessions();
        closingDiscussedAtStart = agreements.closingDiscussedAtStart();
        complex = agreements.complex();
        primaryInstrument = agreements.primaryInstrument();
        helpQuestion = agreements.helpQuestion();
        scopeNote = agreements.scopeNote();
        agreementsSetOn = agreementsSetOn == null ? on : agreementsSetOn;
        if (origin != null) {
            addExpectedSessions(agreements.expectedSessions(), on, origin);
        }
    }

    /** How a number in the agreements changes E; null when it leaves E as it is. */
    private @Nullable ExpectedSessionsOrigin originOfAgreed(int requested, LocalDate on) {
        Optional<Integer> current = expectedSessions();
        if (current.isEmpty()) {
            return ExpectedSessionsOrigin.AGREED;
        }
        if (current.get() == requested) {
            return null;
        }
        if (isCorrectionDay(on)) {
            return ExpectedSessionsOrigin.CORRECTED;
        }
        if (requested < current.get()) {
            return ExpectedSessionsOrigin.LOWERED;
        }
        throw new ExtensionNeedsEvaluation(current.get(), requested, agreementsSetOn);
    }

    /**
     * Whether {@code on} is the day the agreements were set and E is still what was agreed (and corrected) that day:
     * then a changed number is a correction. Once an evaluation or a lowering changed E, it is not.
     */
    public boolean isCorrectionDay(LocalDate on) {
        return on.equals(agreementsSetOn)
                && expectedSessions.stream()
                        .allMatch(e -> e.origin() == ExpectedSessionsOrigin.AGREED
                                || e.origin() == ExpectedSessionsOrigin.CORRECTED);
    }

    /**
     * E set at an evaluation from its date on: an extension (raised, the evaluation holds the coded reasons) or a
     * lowering. The evaluation module is the only caller (an architecture test checks this).
     */
    public void changeExpectedSessionsAtEvaluation(int sessions, LocalDate evaluatedOn) {
        requireOpen();
        requireExpectedInRange(sessions);
        addExpectedSessions(sessions, evaluatedOn, ExpectedSessionsOrigin.EVALUATION);
    }

    private void addExpectedSessions(int sessions, LocalDate from, ExpectedSessionsOrigin origin) {
        expectedSessions.add(new ExpectedSessions(from, sessions, expectedSessions.size() + 1, origin));
    }

    /** The latest change of E, if E was agreed. */
    public Optional<ExpectedSessions> latestExpectedSessions() {
        return expectedSessionsHistory().stream().reduce((a, b) -> b);
    }

    public void shareWith(Long colleagueId) {
        requireOpen();
        shares.add(new TreatmentShare(colleagueId));
    }

    public void stopSharingWith(Long colleagueId) {
        shares.remove(new TreatmentShare(colleagueId));
    }

    public void requireOpen() {
        if (phase.isEnded()) {
            throw DomainException.conflict("treatment.ended");
        }
    }

    public boolean isSharedWith(Long userId) {
        return shares.contains(new TreatmentShare(userId));
    }

    /** E in force now, if agreed. */
    public Optional<Integer> expectedSessions() {
        return latestExpectedSessions().map(ExpectedSessions::sessions);
    }

    /** E as first agreed, with the corrections of that day (for "closed within E as first agreed"). */
    public Optional<Integer> firstAgreedExpectedSessions() {
        return ExpectedSessions.firstAgreed(expectedSessionsHistory());
    }

    /** H = ceil(E / 2): the session at which the evaluation is due at the latest. */
    public Optional<Integer> halfwaySession() {
        return expectedSessions().map(e -> (e + 1) / 2);
    }

    public List<ExpectedSessions> expectedSessionsHistory() {
        return expectedSessions.stream()
                .sorted(Comparator.comparingInt(ExpectedSessions::sequenceNumber))
                .toList();
    }

    public List<PhaseChange> phaseHistory() {
        return phaseChanges.stream()
                .sorted(Comparator.comparingInt(PhaseChange::sequenceNumber))
                .toList();
    }

    private PhaseChange lastPhaseChange() {
        List<PhaseChange> history = phaseHistory();
        return history.get(history.size() - 1);
    }

    private void record(Phase target, LocalDate date, @Nullable String reason, Long byUser) {
        phaseChanges.add(new PhaseChange(date, target, reason, byUser, phaseChanges.size() + 1));
    }

    private static void requireExpectedInRange(int sessions) {
        if (sessions < MIN_EXPECTED || sessions > MAX_EXPECTED) {
            throw DomainException.refused("treatment.expected.range", MIN_EXPECTED, MAX_EXPECTED);
        }
    }

    public @Nullable Long getId() {
        return id;
    }

    public Long getPracticeId() {
        return practiceId;
    }

    public Long getClientId() {
        return clientId;
    }

    public Long getTherapistId() {
        return therapistId;
    }

    public Phase getPhase() {
        return phase;
    }

    public LocalDate getRegistrationDate() {
        return registrationDate;
    }

    public LocalDate getIntakeDate() {
        return intakeDate;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public String getHelpQuestion() {
        return helpQuestion;
    }

    public @Nullable String getScopeNote() {
        return scopeNote;
    }

    public boolean isComplex() {
        return complex;
    }

    public @Nullable String getPrimaryInstrument() {
        return primaryInstrument;
    }

    public boolean isClosingDiscussedAtStart() {
        return closingDiscussedAtStart;
    }

    public @Nullable Integer getClientEstimateSessions() {
        return clientEstimateSessions;
    }

    public @Nullable Integer getTherapistEstimateSessions() {
        return therapistEstimateSessions;
    }

    public LocalDate getAgreementsSetOn() {
        return agreementsSetOn;
    }

    public @Nullable Integer getVersion() {
        return version;
    }

    public ReferralDetails referral() {
        return referral == null ? ReferralDetails.unknown() : referral;
    }

    public Optional<Screening> screening() {
        return Optional.ofNullable(screening);
    }

    public Set<Long> sharedWith() {
        return shares.stream().map(TreatmentShare::therapistId).collect(java.util.stream.Collectors.toSet());
    }
}
