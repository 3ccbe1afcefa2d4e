package nl.afsluitwijzer.interop.fhir;

import static nl.afsluitwijzer.interop.fhir.ImportPlan.resource;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import nl.afsluitwijzer.interop.fhir.ImportPlan.MeasurementIn;
import nl.afsluitwijzer.interop.fhir.ImportPlan.SessionIn;
import nl.afsluitwijzer.measurement.Instrument;
import nl.afsluitwijzer.measurement.InstrumentCatalog;
import nl.afsluitwijzer.measurement.NewMeasurement;
import nl.afsluitwijzer.treatment.SessionKind;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemAnswerComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/**
 * Reads a transaction Bundle from the EHR into an {@link ImportPlan}, refusing ({@link BundleRefused}) anything it
 * cannot take, naming the entry and field: another resource type, a missing identifier, a reference to no entry of
 * the bundle, a code that names no instrument (LOINC 44261-6 is PHQ-9, 70274-6 GAD-7), an answer that is no number.
 * It checks the form only; the treatment and measurement modules check the values when the plan is carried out.
 */
final class BundleReader {

    private static final List<String> RESOURCE_TYPES =
            List.of("Patient", "EpisodeOfCare", "Encounter", "Observation", "QuestionnaireResponse");

    private final Bundle bundle;
    private final InstrumentCatalog instruments;
    /** Entry index by every name a reference may use: its fullUrl, and Type/id when the resource has an id. */
    private final Map<String, Integer> entryByReference = new HashMap<>();
    /** Where each EHR identifier was seen first, by resource type, system and value: one use per bundle. */
    private final Map<String, Integer> identifierSeen = new HashMap<>();

    private BundleReader(Bundle bundle, InstrumentCatalog instruments) {
        this.bundle = bundle;
        this.instruments = instruments;
    }

    static ImportPlan read(Bundle bundle, InstrumentCatalog instruments) {
        return new BundleReader(bundle, instruments).read();
    }

    private ImportPlan read() {
        if (bundle.getType() != BundleType.TRANSACTION) {
            throw new BundleRefused(
                    HttpStatus.BAD_REQUEST,
                    "Bundle.type",
                    "interop.fhir.bundle.type",
                    bundle.getType() == null ? "—" : bundle.getType().toCode());
        }
        List<BundleEntryComponent> entries = bundle.getEntry();
        if (entries.isEmpty()) {
            throw BundleRefused.at("Bundle.entry", "interop.fhir.bundle.empty");
        }
        for (int i = 0; i < entries.size(); i++) {
            index(i, entries.get(i));
        }
        int patient = single("Patient", "interop.fhir.patient.missing", "interop.fhir.patient.twice");
        int episode = single("EpisodeOfCare", "interop.fhir.episode.missing", "interop.fhir.episode.twice");
        String reference = clientReference(patient);
        EpisodeOfCare episodeOfCare = (EpisodeOfCare) entries.get(episode).getResource();
        Identifier episodeIdentifier = ehrIdentifier(episode, episodeOfCare.getIdentifier(), "identifier");
        requireReference(episode, "patient", episodeOfCare.getPatient(), patient);
        LocalDate start = date(
                episode,
                "period.start",
                episodeOfCare.hasPeriod() ? episodeOfCare.getPeriod().getStartElement() : null);
        List<SessionIn> sessions = new ArrayList<>();
        Map<Integer, QuestionnaireResponse> responses = new LinkedHashMap<>();
        List<Integer> observations = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Resource resource = entries.get(i).getResource();
            if (resource instanceof Encounter encounter) {
                sessions.add(session(i, encounter, patient, episode));
            } else if (resource instanceof QuestionnaireResponse response) {
                responses.put(i, response);
            } else if (resource instanceof Observation) {
                observations.add(i);
            }
        }
        List<MeasurementIn> measurements = measurements(observations, responses, patient);
        return new ImportPlan(
                entries.size(), patient, reference, episode, episodeIdentifier, start, sessions, measurements);
    }

    private void index(int i, BundleEntryComponent entry) {
        Resource resource = entry.getResource();
        if (resource == null) {
            throw BundleRefused.at("Bundle.entry[" + i + "].resource", "interop.fhir.resource.missing");
        }
        if (!RESOURCE_TYPES.contains(resource.fhirType())) {
            throw BundleRefused.at(
                    resource(i),
                    "interop.fhir.resource.unsupported",
                    resource.fhirType(),
                    String.join(", ", RESOURCE_TYPES));
        }
        if (entry.hasFullUrl()) {
            entryByReference.putIfAbsent(entry.getFullUrl(), i);
        }
        if (resource.hasIdElement() && resource.getIdElement().hasIdPart()) {
            entryByReference.putIfAbsent(
                    resource.fhirType() + "/" + resource.getIdElement().getIdPart(), i);
        }
    }

    private int single(String type, String missingKey, String twiceKey) {
        List<Integer> found = new ArrayList<>();
        for (int i = 0; i < bundle.getEntry().size(); i++) {
            if (bundle.getEntry().get(i).getResource().fhirType().equals(type)) {
                found.add(i);
            }
        }
        if (found.isEmpty()) {
            throw BundleRefused.at("Bundle.entry", missingKey);
        }
        if (found.size() > 1) {
            throw BundleRefused.at(resource(found.get(1)), twiceKey);
        }
        return found.get(0);
    }

    private String clientReference(int patient) {
        Patient resource = (Patient) bundle.getEntry().get(patient).getResource();
        return resource.getIdentifier().stream()
                .filter(id -> FhirCodes.CLIENT_REFERENCE.equals(id.getSystem())
                        && id.hasValue()
                        && !id.getValue().isBlank())
                .map(Identifier::getValue)
                .findFirst()
                .orElseThrow(() -> BundleRefused.at(
                        resource(patient) + ".identifier",
                        "interop.fhir.patient.identifier",
                        FhirCodes.CLIENT_REFERENCE));
    }

    /** The first identifier with a system and a value; each may occur once per resource type in the bundle. */
    private Identifier ehrIdentifier(int entry, List<Identifier> identifiers, String field) {
        Identifier found = identifiers.stream()
                .filter(id -> id.hasSystem()
                        && !id.getSystem().isBlank()
                        && id.hasValue()
                        && !id.getValue().isBlank())
                .findFirst()
                .orElseThrow(() -> BundleRefused.at(resource(entry) + "." + field, "interop.fhir.identifier.required"));
        String type = bundle.getEntry().get(entry).getResource().fhirType();
        Integer earlier = identifierSeen.putIfAbsent(type + "|" + found.getSystem() + "|" + found.getValue(), entry);
        if (earlier != null) {
            throw BundleRefused.at(
                    resource(entry) + "." + field,
                    "interop.fhir.identifier.twice",
                    found.getSystem(),
                    found.getValue(),
                    earlier);
        }
        return new Identifier().setSystem(found.getSystem()).setValue(found.getValue());
    }

    private SessionIn session(int i, Encounter encounter, int patient, int episode) {
        Identifier identifier = ehrIdentifier(i, encounter.getIdentifier(), "identifier");
        requireReference(i, "subject", encounter.getSubject(), patient);
        for (int k = 0; k < encounter.getEpisodeOfCare().size(); k++) {
            requireReference(
                    i, "episodeOfCare[" + k + "]", encounter.getEpisodeOfCare().get(k), episode);
        }
        EncounterStatus status = encounter.getStatus();
        if (status != EncounterStatus.FINISHED && status != EncounterStatus.CANCELLED) {
            throw BundleRefused.at(
                    resource(i) + ".status", "interop.fhir.encounter.status", status == null ? "—" : status.toCode());
        }
        LocalDate date = date(
                i, "period.start", encounter.hasPeriod() ? encounter.getPeriod().getStartElement() : null);
        return new SessionIn(i, identifier, date, kind(i, encounter.getType()), status == EncounterStatus.FINISHED);
    }

    private static SessionKind kind(int entry, List<CodeableConcept> types) {
        for (int k = 0; k < types.size(); k++) {
            for (Coding coding : types.get(k).getCoding()) {
                if (FhirCodes.SESSION_KIND.equals(coding.getSystem())) {
                    try {
                        return SessionKind.valueOf(String.valueOf(coding.getCode()));
                    } catch (IllegalArgumentException e) {
                        throw BundleRefused.at(
                                resource(entry) + ".type[" + k + "]",
                                "interop.fhir.session-kind.unknown",
                                coding.getCode(),
                                Arrays.stream(SessionKind.values())
                                        .map(Enum::name)
                                        .collect(Collectors.joining(", ")));
                    }
                }
            }
        }
        return SessionKind.TREATMENT;
    }

    private List<MeasurementIn> measurements(
            List<Integer> observations, Map<Integer, QuestionnaireResponse> responses, int patient) {
        List<MeasurementIn> measurements = new ArrayList<>();
        Map<Integer, Integer> observationOfResponse = new HashMap<>();
        for (int i : observations) {
            Observation observation = (Observation) bundle.getEntry().get(i).getResource();
            Integer response = derivedFrom(i, observation, responses.keySet());
            if (response != null && observationOfResponse.putIfAbsent(response, i) != null) {
                throw BundleRefused.at(
                        resource(i) + ".derivedFrom",
                        "interop.fhir.observation.derived-twice",
                        observationOfResponse.get(response));
            }
        }
        Map<Integer, Integer> responseOfObservation = new HashMap<>();
        observationOfResponse.forEach((response, observation) -> responseOfObservation.put(observation, response));
        // in the order of the bundle, each measurement where its first resource stands
        List<Integer> order = new ArrayList<>(observations);
        responses.keySet().stream()
                .filter(r -> !observationOfResponse.containsKey(r))
                .forEach(order::add);
        Collections.sort(order);
        for (int i : order) {
            if (responses.containsKey(i)) {
                measurements.add(fromResponse(i, responses.get(i), null, patient));
            } else {
                Integer response = responseOfObservation.get(i);
                measurements.add(
                        response == null
                                ? fromObservation(i, patient)
                                : fromResponse(
                                        response,
                                        Objects.requireNonNull(responses.get(response), "an observation's response"),
                                        i,
                                        patient));
            }
        }
        return measurements;
    }

    private @Nullable Integer derivedFrom(int i, Observation observation, java.util.Set<Integer> responses) {
        Integer found = null;
        for (int k = 0; k < observation.getDerivedFrom().size(); k++) {
            Integer target = resolve(
                    i, "derivedFrom[" + k + "]", observation.getDerivedFrom().get(k));
            if (responses.contains(target)) {
                found = target;
            }
        }
        return found;
    }

    private MeasurementIn fromObservation(int i, int patient) {
        Observation observation = (Observation) bundle.getEntry().get(i).getResource();
        Identifier identifier = ehrIdentifier(i, observation.getIdentifier(), "identifier");
        checkObservation(i, observation, patient);
        Instrument instrument = instrumentOf(i, observation.getCode());
        LocalDate date = date(
                i, "effective", observation.hasEffectiveDateTimeType() ? observation.getEffectiveDateTimeType() : null);
        Total total = total(i, observation);
        return new MeasurementIn(
                i,
                identifier,
                null,
                null,
                NewMeasurement.ofTotal(instrument.code(), date, total.value()),
                total.value(),
                total.field(),
                Map.of());
    }

    private MeasurementIn fromResponse(
            int r, QuestionnaireResponse response, @Nullable Integer observationEntry, int patient) {
        Identifier identifier = ehrIdentifier(
                r, response.hasIdentifier() ? List.of(response.getIdentifier()) : List.of(), "identifier");
        requireReference(r, "subject", response.getSubject(), patient);
        if (response.hasEncounter()) {
            requireType(r, "encounter", response.getEncounter(), "Encounter");
        }
        if (response.getStatus() != QuestionnaireResponseStatus.COMPLETED
                && response.getStatus() != QuestionnaireResponseStatus.AMENDED) {
            throw BundleRefused.at(
                    resource(r) + ".status",
                    "interop.fhir.response.status",
                    response.getStatus() == null ? "—" : response.getStatus().toCode());
        }
        String code = response.hasQuestionnaire()
                ? Questionnaires.instrumentCode(response.getQuestionnaire()).orElse(response.getQuestionnaire())
                : "—";
        Instrument instrument = instruments
                .find(code)
                .orElseThrow(() -> BundleRefused.at(
                        resource(r) + ".questionnaire",
                        "interop.fhir.questionnaire.unknown",
                        code,
                        knownInstruments()));
        Map<Integer, Integer> itemIndex = new HashMap<>();
        List<@Nullable Integer> answers = answers(r, response, instrument, itemIndex);
        Observation observation = observationEntry == null
                ? null
                : (Observation) bundle.getEntry().get(observationEntry).getResource();
        Identifier observationIdentifier = null;
        Total total = null;
        if (observation != null) {
            observationIdentifier = ehrIdentifier(
                    Objects.requireNonNull(observationEntry, "set with the observation"),
                    observation.getIdentifier(),
                    "identifier");
            checkObservation(observationEntry, observation, patient);
            Instrument named = instrumentOf(observationEntry, observation.getCode());
            if (!named.code().equals(instrument.code())) {
                throw BundleRefused.at(
                        resource(observationEntry) + ".code",
                        "interop.fhir.observation.other-instrument",
                        named.code(),
                        instrument.code());
            }
            total = total(observationEntry, observation);
        }
        if (answers.isEmpty() && total == null) {
            throw BundleRefused.at(resource(r) + ".item", "interop.fhir.response.no-answers");
        }
        NewMeasurement measurement;
        if (answers.isEmpty()) {
            Objects.requireNonNull(observation, "a total comes from the observation");
            LocalDate date = date(
                    Objects.requireNonNull(observationEntry, "set with the observation"),
                    "effective",
                    observation.hasEffectiveDateTimeType() ? observation.getEffectiveDateTimeType() : null);
            measurement = NewMeasurement.ofTotal(
                    instrument.code(),
                    date,
                    Objects.requireNonNull(total, "set with the observation").value());
        } else {
            measurement = NewMeasurement.ofAnswers(
                    instrument.code(), date(r, "authored", response.getAuthoredElement()), answers);
        }
        return new MeasurementIn(
                observationEntry,
                observationIdentifier,
                r,
                identifier,
                measurement,
                total == null ? null : total.value(),
                total == null ? "value" : total.field(),
                itemIndex);
    }

    /** One answer per item of the instrument, by linkId (its number); an item not answered stays null. */
    private List<@Nullable Integer> answers(
            int r, QuestionnaireResponse response, Instrument instrument, Map<Integer, Integer> itemIndex) {
        List<QuestionnaireResponseItemComponent> items = response.getItem();
        if (items.isEmpty()) {
            return List.of();
        }
        List<@Nullable Integer> answers =
                new ArrayList<>(Collections.nCopies(instrument.items().size(), null));
        for (int k = 0; k < items.size(); k++) {
            String field = resource(r) + ".item[" + k + "]";
            int number = itemNumber(field, items.get(k).getLinkId(), instrument);
            if (itemIndex.putIfAbsent(number, k) != null) {
                throw BundleRefused.at(field + ".linkId", "interop.fhir.item.twice", number);
            }
            List<QuestionnaireResponseItemAnswerComponent> given = items.get(k).getAnswer();
            if (given.size() > 1) {
                throw BundleRefused.at(field + ".answer[1]", "interop.fhir.item.answers", number);
            }
            if (!given.isEmpty()) {
                answers.set(
                        number - 1,
                        answerValue(field + ".answer[0].value", given.get(0).getValue(), number));
            }
        }
        return answers;
    }

    private int itemNumber(String field, @Nullable String linkId, Instrument instrument) {
        try {
            int number = Integer.parseInt(String.valueOf(linkId).strip());
            if (number >= 1 && number <= instrument.items().size()) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw BundleRefused.at(
                field + ".linkId",
                "interop.fhir.item.link-id",
                linkId,
                instrument.code(),
                instrument.items().size());
    }

    private static Integer answerValue(String field, @Nullable Type value, int number) {
        try {
            if (value instanceof IntegerType integer && integer.getValue() != null) {
                return integer.getValue();
            }
            if (value instanceof Coding coding && coding.hasCode()) {
                return Integer.valueOf(coding.getCode().strip());
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw BundleRefused.at(field, "interop.fhir.item.answer", number);
    }

    private void checkObservation(int i, Observation observation, int patient) {
        ObservationStatus status = observation.getStatus();
        if (status != ObservationStatus.FINAL
                && status != ObservationStatus.AMENDED
                && status != ObservationStatus.CORRECTED) {
            throw BundleRefused.at(
                    resource(i) + ".status", "interop.fhir.observation.status", status == null ? "—" : status.toCode());
        }
        requireReference(i, "subject", observation.getSubject(), patient);
        if (observation.hasEncounter()) {
            requireType(i, "encounter", observation.getEncounter(), "Encounter");
        }
    }

    /** The instrument an Observation's code names: a LOINC total score, or the code in the application's system. */
    private Instrument instrumentOf(int i, CodeableConcept code) {
        List<Coding> codings = code.getCoding();
        for (Coding coding : codings) {
            if (FhirCodes.INSTRUMENT.equals(coding.getSystem()) && coding.hasCode()) {
                Optional<Instrument> found = instruments.find(coding.getCode());
                if (found.isPresent()) {
                    return found.get();
                }
            }
        }
        for (int k = 0; k < codings.size(); k++) {
            Coding coding = codings.get(k);
            if (FhirCodes.LOINC.equals(coding.getSystem())) {
                return instruments.all().stream()
                        .filter(instr ->
                                coding.getCode() != null && coding.getCode().equals(instr.loinc()))
                        .findFirst()
                        .orElseThrow(() -> BundleRefused.at(
                                resource(i) + ".code.coding[" + codings.indexOf(coding) + "]",
                                "interop.fhir.observation.loinc",
                                coding.getCode(),
                                knownLoinc()));
            }
        }
        throw BundleRefused.at(
                resource(i) + ".code",
                "interop.fhir.observation.code",
                knownLoinc(),
                FhirCodes.INSTRUMENT,
                knownInstruments());
    }

    private record Total(int value, String field) {}

    private static Total total(int i, Observation observation) {
        if (observation.hasValueQuantity()) {
            Quantity quantity = observation.getValueQuantity();
            if (quantity.getValue() == null
                    || quantity.getValue().stripTrailingZeros().scale() > 0) {
                throw BundleRefused.at(resource(i) + ".valueQuantity", "interop.fhir.observation.value");
            }
            try {
                return new Total(quantity.getValue().intValueExact(), "valueQuantity");
            } catch (ArithmeticException e) {
                throw BundleRefused.at(resource(i) + ".valueQuantity", "interop.fhir.observation.value");
            }
        }
        if (observation.hasValueIntegerType()
                && observation.getValueIntegerType().getValue() != null) {
            return new Total(observation.getValueIntegerType().getValue(), "valueInteger");
        }
        throw BundleRefused.at(resource(i) + ".value", "interop.fhir.observation.value");
    }

    private String knownLoinc() {
        return instruments.all().stream()
                .filter(i -> i.loinc() != null)
                .map(i -> i.loinc() + " (" + i.code() + ")")
                .collect(Collectors.joining(", "));
    }

    private String knownInstruments() {
        return instruments.all().stream().map(Instrument::code).collect(Collectors.joining(", "));
    }

    private void requireReference(int entry, String field, Reference reference, int expected) {
        int target = resolve(entry, field, reference);
        if (target != expected) {
            throw BundleRefused.at(
                    resource(entry) + "." + field,
                    "interop.fhir.reference.wrong-target",
                    reference.getReference(),
                    bundle.getEntry().get(expected).getResource().fhirType());
        }
    }

    private void requireType(int entry, String field, Reference reference, String type) {
        int target = resolve(entry, field, reference);
        if (!bundle.getEntry().get(target).getResource().fhirType().equals(type)) {
            throw BundleRefused.at(
                    resource(entry) + "." + field,
                    "interop.fhir.reference.wrong-target",
                    reference.getReference(),
                    type);
        }
    }

    /** The entry a reference points to; a reference to nothing in the bundle is refused. */
    private int resolve(int entry, String field, Reference reference) {
        String value = reference == null ? null : reference.getReference();
        Integer target = value == null ? null : entryByReference.get(value);
        if (target == null) {
            throw BundleRefused.at(
                    resource(entry) + "." + field, "interop.fhir.reference.unknown", value == null ? "—" : value);
        }
        return target;
    }

    private static LocalDate date(int entry, String field, @Nullable BaseDateTimeType value) {
        if (value == null
                || value.getValue() == null
                || value.getPrecision().compareTo(TemporalPrecisionEnum.DAY) < 0) {
            throw BundleRefused.at(resource(entry) + "." + field, "interop.fhir.date.required");
        }
        return LocalDate.of(value.getYear(), value.getMonth() + 1, value.getDay());
    }
}
