package nl.afsluitwijzer.interop.fhir;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import nl.afsluitwijzer.measurement.Instrument;
import nl.afsluitwijzer.measurement.InstrumentCatalog;
import nl.afsluitwijzer.measurement.MeasurementRecord;
import nl.afsluitwijzer.measurement.SeverityBand;
import nl.afsluitwijzer.treatment.Client;
import nl.afsluitwijzer.treatment.ExpectedSessions;
import nl.afsluitwijzer.treatment.Goal;
import nl.afsluitwijzer.treatment.GoalStatus;
import nl.afsluitwijzer.treatment.GoalStatusChange;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.PhaseChange;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentSession;
import org.hl7.fhir.r4.model.Annotation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.CarePlan.CarePlanActivityStatus;
import org.hl7.fhir.r4.model.CarePlan.CarePlanIntent;
import org.hl7.fhir.r4.model.CarePlan.CarePlanStatus;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.EpisodeOfCare.EpisodeOfCareStatus;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Organization;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Practitioner;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;

/**
 * One treatment as a FHIR R4 Bundle of type {@code collection} (docs/fhir.md): Patient, Organization, Practitioner,
 * EpisodeOfCare, CarePlan with a Goal per goal, an Encounter per session, and per measurement a
 * QuestionnaireResponse with the Observation of its total. Resources refer to each other by {@code urn:uuid}
 * full URLs derived from the practice and the record's id, so an export of the same treatment gives the same URLs.
 */
final class TreatmentBundle {

    /** What the export holds besides the treatment module's file. */
    record Parts(
            TreatmentFile file,
            List<MeasurementRecord> measurements,
            String practiceName,
            String therapistName,
            ImportedIdentifiers.OfTreatment ehrIdentifiers,
            String base) {}

    private final Parts parts;
    private final InstrumentCatalog instruments;
    private final Bundle bundle = new Bundle();
    private final Treatment treatment;
    private final Map<Long, String> goalUrls = new HashMap<>();

    private TreatmentBundle(Parts parts, InstrumentCatalog instruments) {
        this.parts = parts;
        this.instruments = instruments;
        this.treatment = parts.file().treatment();
    }

    static Bundle of(Parts parts, InstrumentCatalog instruments) {
        return new TreatmentBundle(parts, instruments).build();
    }

    private Bundle build() {
        bundle.setType(BundleType.COLLECTION);
        bundle.setIdentifier(new Identifier().setSystem(FhirCodes.TREATMENT).setValue(id(treatment.getId())));
        add(url("patient", treatment.getClientId()), patient(parts.file().client()));
        add(url("organization", treatment.getPracticeId()), organization());
        add(url("practitioner", treatment.getTherapistId()), practitioner());
        add(url("episode", treatment.getId()), episode());
        for (Goal goal : parts.file().goals()) {
            goalUrls.put(goal.getId(), url("goal", goal.getId()));
        }
        add(url("careplan", treatment.getId()), carePlan());
        parts.file()
                .goals()
                .forEach(goal -> add(Objects.requireNonNull(goalUrls.get(goal.getId()), "put above"), goal(goal)));
        parts.file().sessions().forEach(session -> add(url("session", session.getId()), encounter(session)));
        for (MeasurementRecord measurement : parts.measurements()) {
            add(url("response", measurement.id()), response(measurement));
            add(url("observation", measurement.id()), observation(measurement));
        }
        return bundle;
    }

    private Patient patient(Client client) {
        Patient patient = new Patient();
        patient.addIdentifier().setSystem(FhirCodes.CLIENT_REFERENCE).setValue(client.getReference());
        if (client.getBirthYear() != null) {
            patient.setBirthDateElement(new DateType(String.valueOf(client.getBirthYear())));
        }
        patient.setManagingOrganization(ref("organization", treatment.getPracticeId()));
        return patient;
    }

    private Organization organization() {
        Organization organization = new Organization();
        organization.addIdentifier().setSystem(FhirCodes.PRACTICE).setValue(id(treatment.getPracticeId()));
        organization.setActive(true).setName(parts.practiceName());
        return organization;
    }

    private Practitioner practitioner() {
        Practitioner practitioner = new Practitioner();
        practitioner.addIdentifier().setSystem(FhirCodes.USER).setValue(id(treatment.getTherapistId()));
        practitioner.addName().setText(parts.therapistName());
        return practitioner;
    }

    private EpisodeOfCare episode() {
        EpisodeOfCare episode = new EpisodeOfCare();
        episode.addIdentifier().setSystem(FhirCodes.TREATMENT).setValue(id(treatment.getId()));
        parts.ehrIdentifiers().episode().ifPresent(episode::addIdentifier);
        episode.setStatus(status(treatment.getPhase()));
        episode.setPatient(ref("patient", treatment.getClientId()));
        episode.setManagingOrganization(ref("organization", treatment.getPracticeId()));
        episode.setCareManager(ref("practitioner", treatment.getTherapistId()));
        episode.addType(new CodeableConcept(
                new Coding(FhirCodes.PHASE, treatment.getPhase().name(), null)));
        episode.setPeriod(period(begin(), treatment.getEndDate()));
        List<PhaseChange> history = treatment.phaseHistory();
        addStatusHistory(episode, history);
        if (treatment.getPhase() == Phase.TRANSFERRED || treatment.getPhase() == Phase.DROPPED_OUT) {
            PhaseChange ending = history.get(history.size() - 1);
            CodeableConcept reason = new CodeableConcept(
                    new Coding(FhirCodes.PHASE, ending.phase().name(), null));
            if (ending.reason() != null && !ending.reason().isBlank()) {
                reason.setText(ending.reason());
            }
            episode.addExtension(FhirCodes.ENDING_EXTENSION, reason);
        }
        return episode;
    }

    /** One entry per status the treatment was in, from the phase change that entered it to the next change. */
    private static void addStatusHistory(EpisodeOfCare episode, List<PhaseChange> history) {
        EpisodeOfCare.EpisodeOfCareStatusHistoryComponent last = null;
        for (PhaseChange change : history) {
            EpisodeOfCareStatus status = status(change.phase());
            if (last != null && last.getStatus() == status) {
                continue;
            }
            if (last != null) {
                last.getPeriod().setEndElement(dateTime(change.changedOn()));
            }
            last = episode.addStatusHistory()
                    .setStatus(status)
                    .setPeriod(new Period().setStartElement(dateTime(change.changedOn())));
            if (status == EpisodeOfCareStatus.FINISHED) {
                last.getPeriod().setEndElement(dateTime(change.changedOn()));
            }
        }
    }

    /** Phase → EpisodeOfCare.status (docs/fhir.md). */
    static EpisodeOfCareStatus status(Phase phase) {
        return switch (phase) {
            case REFERRED -> EpisodeOfCareStatus.WAITLIST;
            case INTAKE -> EpisodeOfCareStatus.PLANNED;
            case TREATMENT, CLOSING -> EpisodeOfCareStatus.ACTIVE;
            case CLOSED, TRANSFERRED, DROPPED_OUT -> EpisodeOfCareStatus.FINISHED;
        };
    }

    private CarePlan carePlan() {
        CarePlan plan = new CarePlan();
        plan.addIdentifier().setSystem(FhirCodes.TREATMENT).setValue(id(treatment.getId()));
        plan.setStatus(carePlanStatus());
        plan.setIntent(CarePlanIntent.PLAN);
        plan.setSubject(ref("patient", treatment.getClientId()));
        plan.setAuthor(ref("practitioner", treatment.getTherapistId()));
        plan.addSupportingInfo(ref("episode", Objects.requireNonNull(treatment.getId(), "stored")));
        if (treatment.getHelpQuestion() != null && !treatment.getHelpQuestion().isBlank()) {
            plan.setDescription(treatment.getHelpQuestion());
        }
        LocalDate agreed = treatment.getAgreementsSetOn();
        plan.setPeriod(period(agreed != null ? agreed : begin(), treatment.getEndDate()));
        goalUrls.values().stream().sorted().forEach(goal -> plan.addGoal(new Reference(goal)));
        List<ExpectedSessions> history = treatment.expectedSessionsHistory();
        for (int i = 0; i < history.size(); i++) {
            ExpectedSessions e = history.get(i);
            boolean latest = i == history.size() - 1;
            CarePlan.CarePlanActivityDetailComponent detail = plan.addActivity().getDetail();
            detail.setCode(
                    new CodeableConcept(new Coding(FhirCodes.CARE_PLAN_ACTIVITY, FhirCodes.EXPECTED_SESSIONS, null)));
            detail.addReasonCode(new CodeableConcept(
                    new Coding(FhirCodes.EXPECTED_SESSIONS_ORIGIN, e.origin().name(), null)));
            detail.setStatus(
                    !latest
                            ? CarePlanActivityStatus.STOPPED
                            : treatment.getPhase().isOpen()
                                    ? CarePlanActivityStatus.INPROGRESS
                                    : CarePlanActivityStatus.COMPLETED);
            detail.setScheduled(new Period().setStartElement(dateTime(e.effectiveDate())));
            detail.setQuantity(new Quantity(e.sessions()).setUnit("sessions"));
            detail.setDescription("E = " + e.sessions());
        }
        if (agreed != null) {
            CarePlan.CarePlanActivityDetailComponent closing =
                    plan.addActivity().getDetail();
            closing.setCode(
                    new CodeableConcept(new Coding(FhirCodes.CARE_PLAN_ACTIVITY, FhirCodes.CLOSING_DISCUSSED, null)));
            closing.setStatus(
                    treatment.isClosingDiscussedAtStart()
                            ? CarePlanActivityStatus.COMPLETED
                            : CarePlanActivityStatus.NOTSTARTED);
            closing.setScheduled(new Period().setStartElement(dateTime(agreed)));
        }
        return plan;
    }

    private CarePlanStatus carePlanStatus() {
        return switch (treatment.getPhase()) {
            case REFERRED, INTAKE ->
                treatment.getAgreementsSetOn() == null ? CarePlanStatus.DRAFT : CarePlanStatus.ACTIVE;
            case TREATMENT, CLOSING -> CarePlanStatus.ACTIVE;
            case CLOSED -> CarePlanStatus.COMPLETED;
            case TRANSFERRED, DROPPED_OUT -> CarePlanStatus.REVOKED;
        };
    }

    private org.hl7.fhir.r4.model.Goal goal(Goal goal) {
        org.hl7.fhir.r4.model.Goal fhir = new org.hl7.fhir.r4.model.Goal();
        fhir.addIdentifier().setSystem(FhirCodes.GOAL).setValue(id(goal.getId()));
        fhir.setLifecycleStatus(
                switch (goal.getStatus()) {
                    case ACTIVE -> org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus.ACTIVE;
                    case REACHED, PARTLY_REACHED -> org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus.COMPLETED;
                    case DROPPED -> org.hl7.fhir.r4.model.Goal.GoalLifecycleStatus.CANCELLED;
                });
        fhir.setAchievementStatus(new CodeableConcept(
                        new Coding(FhirCodes.GOAL_ACHIEVEMENT, achievement(goal.getStatus()), null))
                .addCoding(new Coding(FhirCodes.GOAL_STATUS, goal.getStatus().name(), null)));
        fhir.setDescription(new CodeableConcept().setText(goal.getDescription()));
        fhir.setSubject(ref("patient", treatment.getClientId()));
        fhir.setStart(date(goal.getAddedOn()));
        List<GoalStatusChange> changes = goal.statusHistory();
        if (!changes.isEmpty()) {
            fhir.setStatusDateElement(date(changes.get(changes.size() - 1).changedOn()));
        }
        if (goal.getCriterion() != null && !goal.getCriterion().isBlank()) {
            fhir.addNote(new Annotation(new org.hl7.fhir.r4.model.MarkdownType(goal.getCriterion())));
        }
        return fhir;
    }

    private static String achievement(GoalStatus status) {
        return switch (status) {
            case ACTIVE -> "in-progress";
            case REACHED -> "achieved";
            case PARTLY_REACHED -> "improving";
            case DROPPED -> "not-achieved";
        };
    }

    private Encounter encounter(TreatmentSession session) {
        Encounter encounter = new Encounter();
        encounter.addIdentifier().setSystem(FhirCodes.SESSION).setValue(id(session.getId()));
        Identifier ehr = parts.ehrIdentifiers().sessions().get(session.getId());
        if (ehr != null) {
            encounter.addIdentifier(ehr);
        }
        encounter.setStatus(session.isAttended() ? EncounterStatus.FINISHED : EncounterStatus.CANCELLED);
        encounter.setClass_(new Coding(FhirCodes.ACT_CODE, FhirCodes.AMBULATORY, "ambulatory"));
        encounter.addType(new CodeableConcept(
                new Coding(FhirCodes.SESSION_KIND, session.getKind().name(), null)));
        encounter.setSubject(ref("patient", treatment.getClientId()));
        encounter.addEpisodeOfCare(ref("episode", Objects.requireNonNull(treatment.getId(), "stored")));
        encounter.addParticipant().setIndividual(ref("practitioner", treatment.getTherapistId()));
        encounter.setPeriod(new Period().setStartElement(dateTime(session.getSessionDate())));
        return encounter;
    }

    private QuestionnaireResponse response(MeasurementRecord measurement) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        Identifier ehr = parts.ehrIdentifiers().responses().get(measurement.id());
        response.setIdentifier(
                ehr != null
                        ? ehr
                        : new Identifier().setSystem(FhirCodes.MEASUREMENT).setValue(id(measurement.id())));
        response.setQuestionnaireElement(
                new CanonicalType(Questionnaires.canonical(parts.base(), measurement.instrument())));
        response.setStatus(QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(ref("patient", treatment.getClientId()));
        response.setAuthoredElement(dateTime(measurement.date()));
        Instrument instrument = instruments.find(measurement.instrument()).orElse(null);
        List<Integer> answers = measurement.answers();
        for (int i = 0; i < answers.size(); i++) {
            Type value = instrument == null
                    ? new org.hl7.fhir.r4.model.IntegerType(answers.get(i))
                    : new Coding(Questionnaires.answerSystem(instrument), String.valueOf(answers.get(i)), null);
            response.addItem().setLinkId(String.valueOf(i + 1)).addAnswer().setValue(value);
        }
        return response;
    }

    private Observation observation(MeasurementRecord measurement) {
        Observation observation = new Observation();
        observation.addIdentifier().setSystem(FhirCodes.MEASUREMENT).setValue(id(measurement.id()));
        Identifier ehr = parts.ehrIdentifiers().observations().get(measurement.id());
        if (ehr != null) {
            observation.addIdentifier(ehr);
        }
        observation.setStatus(ObservationStatus.FINAL);
        observation.addCategory(new CodeableConcept(new Coding(FhirCodes.OBSERVATION_CATEGORY, "survey", "Survey")));
        Instrument instrument = instruments.find(measurement.instrument()).orElse(null);
        CodeableConcept code = new CodeableConcept();
        if (instrument != null && instrument.loinc() != null) {
            code.addCoding(new Coding(FhirCodes.LOINC, instrument.loinc(), null));
        }
        code.addCoding(new Coding(FhirCodes.INSTRUMENT, measurement.instrument(), null));
        if (instrument != null) {
            code.setText(instrument.name().nl());
        }
        observation.setCode(code);
        observation.setSubject(ref("patient", treatment.getClientId()));
        if (measurement.goalId() != null && goalUrls.containsKey(measurement.goalId())) {
            observation.addFocus(new Reference(goalUrls.get(measurement.goalId())));
        }
        observation.setEffective(dateTime(measurement.date()));
        observation.setValue(new Quantity(measurement.total())
                .setSystem(FhirCodes.UCUM)
                .setCode(FhirCodes.SCORE_UNIT)
                .setUnit(FhirCodes.SCORE_UNIT));
        if (measurement.band() != null) {
            String label = instrument == null
                    ? null
                    : instrument.bands().stream()
                            .filter(b -> b.code().equals(measurement.band()))
                            .map(SeverityBand::label)
                            .map(l -> l.nl())
                            .findFirst()
                            .orElse(null);
            observation
                    .addComponent()
                    .setCode(new CodeableConcept(
                            new Coding(FhirCodes.OBSERVATION_COMPONENT, FhirCodes.SEVERITY_BAND_COMPONENT, null)))
                    .setValue(new CodeableConcept(new Coding(FhirCodes.SEVERITY_BAND, measurement.band(), label)));
        }
        observation.addDerivedFrom(new Reference(url("response", measurement.id())));
        return observation;
    }

    private LocalDate begin() {
        if (treatment.getStartDate() != null) {
            return treatment.getStartDate();
        }
        return treatment.getIntakeDate() != null ? treatment.getIntakeDate() : treatment.getRegistrationDate();
    }

    private void add(String fullUrl, Resource resource) {
        bundle.addEntry().setFullUrl(fullUrl).setResource(resource);
    }

    private Reference ref(String kind, Long id) {
        return new Reference(url(kind, id));
    }

    /** A stable urn:uuid for a record of the practice, the same in every export. */
    private String url(String kind, @Nullable Long id) {
        String name = "afsluitwijzer:" + treatment.getPracticeId() + ":" + kind + ":" + id;
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    private static String id(@Nullable Long id) {
        return String.valueOf(id);
    }

    private static Period period(LocalDate start, @Nullable LocalDate end) {
        Period period = new Period().setStartElement(dateTime(start));
        if (end != null) {
            period.setEndElement(dateTime(end));
        }
        return period;
    }

    static DateTimeType dateTime(LocalDate date) {
        return new DateTimeType(date.toString());
    }

    private static DateType date(LocalDate date) {
        return new DateType(date.toString());
    }
}
