package nl.afsluitwijzer.privacy.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * All data of one client, as given in an inzage (AVG art. 15) and for portability (art. 20): stable English field
 * names, ISO dates; never the token of a client link.
 */
public record ClientData(Instant exportedAt, String practice, Person client, List<TreatmentData> treatments) {

    /** {@code mailAddress}: the address kept for mailing client links, if the therapist chose to keep it. */
    public record Person(
            String reference,
            String name,
            @Nullable Integer birthYear,
            @Nullable String gpName,
            @Nullable String gpPractice,
            @Nullable String mailAddress) {}

    public record TreatmentData(
            long id,
            String phase,
            LocalDate registrationDate,
            @Nullable LocalDate intakeDate,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            String therapist,
            String helpQuestion,
            @Nullable String scopeNote,
            boolean complex,
            @Nullable String primaryInstrument,
            Agreements agreements,
            List<Expected> expectedSessionsHistory,
            List<PhaseStep> phaseHistory,
            List<GoalData> goals,
            List<SessionData> sessions,
            List<DiscussionData> discussions,
            List<MeasurementData> measurements,
            List<EvaluationData> evaluations,
            @Nullable ClosingData closing,
            List<LetterData> letters,
            List<LinkData> clientLinks,
            List<AcknowledgementData> signalAcknowledgements,
            List<RiskAssessmentData> riskAssessments,
            List<NextAppointmentData> nextAppointmentAnswers) {}

    /** An answer to "Wil je nog een volgende afspraak?", by the therapist at a session or by the client. */
    public record NextAppointmentData(
            LocalDate date, String answer, @Nullable String clientWords, String answeredBy) {}

    public record Agreements(
            boolean closingDiscussedAtStart,
            @Nullable Integer clientEstimateSessions,
            @Nullable Integer therapistEstimateSessions,
            @Nullable LocalDate agreedOn) {}

    public record Expected(LocalDate effectiveDate, int sessions) {}

    public record PhaseStep(
            LocalDate changedOn, String phase, @Nullable String reason) {}

    public record GoalData(
            long id,
            String description,
            @Nullable String criterion,
            LocalDate addedOn,
            String status,
            List<GoalStatusData> statusHistory) {}

    public record GoalStatusData(LocalDate changedOn, String status) {}

    public record SessionData(LocalDate date, String kind, boolean attended) {}

    public record DiscussionData(
            LocalDate date, String kind, @Nullable String note) {}

    public record MeasurementData(
            String instrument,
            LocalDate date,
            int total,
            @Nullable String band,
            List<Integer> itemAnswers,
            @Nullable Long goalId,
            String source) {}

    public record EvaluationData(
            LocalDate date,
            String kind,
            @Nullable Integer allianceRating,
            @Nullable Integer motivationRating,
            boolean colleaguePresent,
            @Nullable String clientView,
            @Nullable String note,
            String decision,
            @Nullable Integer previousExpectedSessions,
            @Nullable Integer newExpectedSessions,
            List<String> extensionReasons,
            @Nullable String otherReason,
            @Nullable String plan,
            @Nullable Integer reviewAfterSessions,
            List<GoalScoreData> goalScores,
            List<SupportAnswerData> supportQuestions) {}

    public record GoalScoreData(long goalId, int score) {}

    /** An answer to a support question in the evaluation that acknowledged NOT_ON_TRACK. */
    public record SupportAnswerData(
            String question, boolean concern, @Nullable String note) {}

    public record ClosingData(
            LocalDate startedOn,
            List<LocalDate> fadingOut,
            @Nullable String learned,
            @Nullable String keepResult,
            @Nullable String contacts,
            @Nullable String relatives,
            @Nullable String ehealth,
            List<String> support,
            boolean returnGuaranteeDiscussed,
            @Nullable String ritual,
            @Nullable String ritualNote,
            boolean endMeasurementDone,
            @Nullable String handoverTo,
            @Nullable String handoverOrganisation,
            @Nullable String handoverReason,
            @Nullable String handoverTried,
            @Nullable String handoverRisks,
            @Nullable String handoverAgreed,
            @Nullable LocalDate closedOn,
            @Nullable String closingReason,
            @Nullable String closingReasonText,
            List<String> missingItems,
            @Nullable String missingReason,
            @Nullable ClientAnswersData clientAnswers) {}

    public record ClientAnswersData(
            @Nullable String learned,
            @Nullable String letterToSelf,
            @Nullable String nextAppointment,
            Instant answeredAt) {}

    public record LetterData(String kind, LocalDate generatedOn, Instant generatedAt, String fileName) {}

    public record LinkData(
            String purpose,
            List<String> instruments,
            Instant createdAt,
            Instant expiresAt,
            @Nullable Instant revokedAt,
            @Nullable Instant usedAt) {}

    /** A risk assessment recorded after a risk item (PHQ-9 item 9) was answered above its threshold. */
    public record RiskAssessmentData(
            LocalDate assessedOn, String outcome, @Nullable String note) {}

    public record AcknowledgementData(
            String code,
            LocalDate acknowledgedOn,
            String via,
            @Nullable String reason) {}
}
