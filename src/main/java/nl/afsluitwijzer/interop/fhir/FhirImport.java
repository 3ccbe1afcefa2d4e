package nl.afsluitwijzer.interop.fhir;

import static nl.afsluitwijzer.interop.fhir.ImportPlan.resource;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import nl.afsluitwijzer.interop.fhir.ImportPlan.MeasurementIn;
import nl.afsluitwijzer.interop.fhir.ImportPlan.SessionIn;
import nl.afsluitwijzer.interop.fhir.ImportedIdentifiers.Link;
import nl.afsluitwijzer.measurement.Instrument;
import nl.afsluitwijzer.measurement.InstrumentCatalog;
import nl.afsluitwijzer.measurement.MeasurementRecord;
import nl.afsluitwijzer.measurement.MeasurementRefused;
import nl.afsluitwijzer.measurement.Measurements;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Policies;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.Agreements;
import nl.afsluitwijzer.treatment.ClientReference;
import nl.afsluitwijzer.treatment.NewTreatment;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentAccessDenied;
import nl.afsluitwijzer.treatment.TreatmentChanges;
import nl.afsluitwijzer.treatment.TreatmentRegistration;
import nl.afsluitwijzer.treatment.TreatmentSession;
import nl.afsluitwijzer.treatment.Treatments;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Identifier;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Carries out a FHIR transaction Bundle from the EHR (docs/fhir.md) in one transaction, as the signed-in user:
 * the EpisodeOfCare's identifier names the treatment (started in phase TREATMENT the first time, as
 * {@code POST /api/v1/treatments} would), each new Encounter becomes a session and each new Observation or
 * QuestionnaireResponse a measurement — through the same services, checks and audit entries as the API's own
 * calls. Identifiers seen before are matched, not added again. Anything refused anywhere refuses the whole bundle
 * ({@link BundleRefused}) and the transaction rolls back.
 */
@Service
class FhirImport {

    /** The instrument a new treatment measures progress with when the bundle measures with none of its own. */
    static final String DEFAULT_PRIMARY_INSTRUMENT = "PHQ9";

    private static final Locale DATA_LANGUAGE = Locale.forLanguageTag("nl");

    private final TreatmentRegistration registration;
    private final Treatments treatments;
    private final TreatmentChanges changes;
    private final Measurements measurements;
    private final Policies policies;
    private final InstrumentCatalog instruments;
    private final ImportedIdentifiers identifiers;
    private final MessageSource messages;
    private final Clock clock;

    FhirImport(
            TreatmentRegistration registration,
            Treatments treatments,
            TreatmentChanges changes,
            Measurements measurements,
            Policies policies,
            InstrumentCatalog instruments,
            ImportedIdentifiers identifiers,
            MessageSource messages,
            Clock clock) {
        this.registration = registration;
        this.treatments = treatments;
        this.changes = changes;
        this.measurements = measurements;
        this.policies = policies;
        this.instruments = instruments;
        this.identifiers = identifiers;
        this.messages = messages;
        this.clock = clock;
    }

    /** Imports the bundle and answers with the transaction-response Bundle, one entry per entry of the request. */
    @Transactional
    Bundle run(CurrentUser user, Bundle bundle) {
        ImportPlan plan = BundleReader.read(bundle, instruments);
        Outcome outcome = new Outcome(plan.entries());
        Optional<Link> known =
                identifiers.find(user.practiceId(), ImportedIdentifiers.EPISODE, plan.episodeIdentifier());
        Treatment treatment;
        if (known.isPresent()) {
            treatment = existing(user, plan, known.get().treatmentId());
            outcome.matched(plan.episodeEntry(), "EpisodeOfCare/" + treatment.getId());
        } else {
            treatment = start(plan, user);
            identifiers.record(
                    user.practiceId(),
                    Objects.requireNonNull(treatment.getId(), "stored"),
                    ImportedIdentifiers.EPISODE,
                    plan.episodeIdentifier(),
                    Objects.requireNonNull(treatment.getId(), "stored"),
                    clock.instant());
            outcome.created(plan.episodeEntry(), "EpisodeOfCare/" + treatment.getId());
        }
        outcome.matched(plan.patientEntry(), "Patient/" + treatment.getClientId());
        for (SessionIn session : plan.sessions()) {
            session(user, treatment, session, outcome);
        }
        for (MeasurementIn measurement : plan.measurements()) {
            measurement(user, treatment, measurement, outcome);
        }
        return outcome.bundle();
    }

    private Treatment existing(CurrentUser user, ImportPlan plan, Long treatmentId) {
        Treatment treatment;
        try {
            treatment = treatments.require(user, treatmentId);
        } catch (TreatmentAccessDenied e) {
            throw BundleRefused.at(
                    resource(plan.episodeEntry()) + ".identifier",
                    "interop.fhir.episode.not-yours",
                    plan.episodeIdentifier().getValue());
        }
        String reference = treatments.clientOf(treatment).getReference();
        if (!reference.equals(ClientReference.normalised(plan.clientReference()))) {
            throw BundleRefused.at(
                    resource(plan.patientEntry()) + ".identifier",
                    "interop.fhir.episode.other-client",
                    plan.episodeIdentifier().getValue());
        }
        return treatment;
    }

    /** A new treatment in phase TREATMENT from the episode's start, with the practice policy's E. */
    private Treatment start(ImportPlan plan, CurrentUser user) {
        try {
            int expected = policies.inForce(user.practiceId(), plan.startDate()).expectedSessions(false);
            Agreements agreements = new Agreements(
                    null,
                    null,
                    expected,
                    false,
                    false,
                    primaryInstrument(plan),
                    messages.getMessage("interop.fhir.import.help-question", null, DATA_LANGUAGE),
                    null);
            return registration.start(
                    user, new NewTreatment(plan.clientReference(), plan.startDate(), agreements, List.of()));
        } catch (DomainException refused) {
            String field = refused.messageKey().startsWith("treatment.date.")
                    ? resource(plan.episodeEntry()) + ".period.start"
                    : resource(plan.patientEntry()) + ".identifier";
            throw BundleRefused.at(field, refused.messageKey(), refused.arguments());
        }
    }

    /** The first instrument the bundle measures with that is not rated per goal, else the default. */
    private String primaryInstrument(ImportPlan plan) {
        return plan.measurements().stream()
                .map(m -> instruments.find(String.valueOf(m.measurement().instrument())))
                .flatMap(Optional::stream)
                .filter(i -> !i.perGoal())
                .map(Instrument::code)
                .findFirst()
                .orElse(DEFAULT_PRIMARY_INSTRUMENT);
    }

    private void session(CurrentUser user, Treatment treatment, SessionIn session, Outcome outcome) {
        Optional<Link> known = identifiers.find(user.practiceId(), ImportedIdentifiers.ENCOUNTER, session.identifier());
        if (known.isPresent()) {
            requireSameTreatment(known.get(), treatment, session.entry());
            outcome.matched(session.entry(), "Encounter/" + known.get().localId());
            return;
        }
        TreatmentSession added;
        try {
            added = changes.addSession(
                            user,
                            Objects.requireNonNull(treatment.getId(), "stored"),
                            null,
                            session.date(),
                            session.kind(),
                            session.attended(),
                            null,
                            null)
                    .session();
        } catch (DomainException refused) {
            String field = refused.messageKey().startsWith("treatment.date.") ? ".period.start" : "";
            throw BundleRefused.at(resource(session.entry()) + field, refused.messageKey(), refused.arguments());
        }
        identifiers.record(
                user.practiceId(),
                Objects.requireNonNull(treatment.getId(), "stored"),
                ImportedIdentifiers.ENCOUNTER,
                session.identifier(),
                Objects.requireNonNull(added.getId(), "stored"),
                clock.instant());
        outcome.created(session.entry(), "Encounter/" + added.getId());
    }

    private void measurement(CurrentUser user, Treatment treatment, MeasurementIn measurement, Outcome outcome) {
        Optional<Link> known = find(user, ImportedIdentifiers.OBSERVATION, measurement.observationIdentifier())
                .or(() -> find(user, ImportedIdentifiers.RESPONSE, measurement.responseIdentifier()));
        Long id;
        boolean created = known.isEmpty();
        if (known.isPresent()) {
            requireSameTreatment(known.get(), treatment, measurement.entry());
            id = known.get().localId();
        } else {
            id = Objects.requireNonNull(record(user, treatment, measurement).id(), "stored");
        }
        link(user, treatment, ImportedIdentifiers.OBSERVATION, measurement.observationIdentifier(), id);
        link(user, treatment, ImportedIdentifiers.RESPONSE, measurement.responseIdentifier(), id);
        if (measurement.observationEntry() != null) {
            outcome.add(measurement.observationEntry(), created, "Observation/" + id);
        }
        if (measurement.responseEntry() != null) {
            outcome.add(measurement.responseEntry(), created, "QuestionnaireResponse/" + id);
        }
    }

    /** Records the measurement as the API does, and checks an Observation's total against the scored answers. */
    private MeasurementRecord record(CurrentUser user, Treatment treatment, MeasurementIn measurement) {
        MeasurementRecord recorded;
        try {
            recorded = measurements.record(
                    user, Objects.requireNonNull(treatment.getId(), "stored"), measurement.measurement());
        } catch (MeasurementRefused refused) {
            throw BundleRefused.at(
                    measurement.expression(refused.field(), refused.item()), refused.messageKey(), refused.arguments());
        } catch (DomainException refused) {
            throw BundleRefused.at(resource(measurement.entry()), refused.messageKey(), refused.arguments());
        }
        Integer observed = measurement.observedTotal();
        if (observed != null && observed != recorded.total()) {
            throw BundleRefused.at(
                    measurement.expression("total", null),
                    "interop.fhir.observation.total-mismatch",
                    observed,
                    recorded.total());
        }
        return recorded;
    }

    private Optional<Link> find(CurrentUser user, String type, @org.jspecify.annotations.Nullable Identifier id) {
        return id == null ? Optional.empty() : identifiers.find(user.practiceId(), type, id);
    }

    private void link(
            CurrentUser user,
            Treatment treatment,
            String type,
            @org.jspecify.annotations.Nullable Identifier id,
            Long measurementId) {
        if (id != null && find(user, type, id).isEmpty()) {
            identifiers.record(
                    user.practiceId(),
                    Objects.requireNonNull(treatment.getId(), "stored"),
                    type,
                    id,
                    measurementId,
                    clock.instant());
        }
    }

    /** An identifier imported before for another treatment of the practice cannot name a record of this one. */
    private static void requireSameTreatment(Link link, Treatment treatment, int entry) {
        if (!link.treatmentId().equals(treatment.getId())) {
            throw BundleRefused.at(resource(entry) + ".identifier", "interop.fhir.identifier.other-treatment");
        }
    }

    /** The transaction-response Bundle as it fills: per request entry its status and location. */
    private static final class Outcome {

        private final Bundle bundle = new Bundle();

        Outcome(int entries) {
            bundle.setType(BundleType.TRANSACTIONRESPONSE);
            for (int i = 0; i < entries; i++) {
                bundle.addEntry().getResponse().setStatus("200 OK");
            }
        }

        void created(int entry, String location) {
            add(entry, true, location);
        }

        void matched(int entry, String location) {
            add(entry, false, location);
        }

        void add(int entry, boolean created, String location) {
            bundle.getEntry()
                    .get(entry)
                    .getResponse()
                    .setStatus(created ? "201 Created" : "200 OK")
                    .setLocation(location);
        }

        Bundle bundle() {
            return bundle;
        }
    }
}
