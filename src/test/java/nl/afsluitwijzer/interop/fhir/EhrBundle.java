package nl.afsluitwijzer.interop.fhir;

import ca.uhn.fhir.context.FhirContext;
import java.math.BigDecimal;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleType;
import org.hl7.fhir.r4.model.Bundle.HTTPVerb;
import org.hl7.fhir.r4.model.CanonicalType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.EpisodeOfCare;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * A transaction Bundle as an EHR would send it: entry 0 the Patient, entry 1 the EpisodeOfCare, then the
 * Encounters, Observations and QuestionnaireResponses in the order they are added. Identifiers are the EHR's own.
 */
public final class EhrBundle {

    public static final String EHR = "https://epd.example.nl/id/";

    private final Bundle bundle = new Bundle();

    public EhrBundle(String clientReference, String episode, String start) {
        bundle.setType(BundleType.TRANSACTION);
        Patient patient = new Patient();
        patient.addIdentifier()
                .setSystem("http://fhir.nl/fhir/NamingSystem/bsn")
                .setValue("999999990");
        patient.addIdentifier().setSystem("urn:afsluitwijzer:client-reference").setValue(clientReference);
        add("urn:uuid:patient", patient);
        EpisodeOfCare care = new EpisodeOfCare();
        care.addIdentifier(new Identifier().setSystem(EHR + "episode").setValue(episode));
        care.setStatus(EpisodeOfCare.EpisodeOfCareStatus.ACTIVE);
        care.setPatient(new Reference("urn:uuid:patient"));
        care.setPeriod(new Period().setStartElement(new DateTimeType(start)));
        add("urn:uuid:episode", care);
    }

    public EhrBundle encounter(String id, String date, Encounter.EncounterStatus status) {
        Encounter encounter = new Encounter();
        encounter.addIdentifier().setSystem(EHR + "encounter").setValue(id);
        encounter.setStatus(status);
        encounter.setClass_(new Coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "AMB", null));
        encounter.setSubject(new Reference("urn:uuid:patient"));
        encounter.addEpisodeOfCare(new Reference("urn:uuid:episode"));
        encounter.setPeriod(new Period().setStartElement(new DateTimeType(date + "T10:00:00+01:00")));
        return add("urn:uuid:encounter-" + id, encounter);
    }

    /** A total score with a LOINC code, at an encounter of the bundle. */
    public EhrBundle total(String id, String loinc, String date, int total, String encounter) {
        Observation observation = new Observation();
        observation.addIdentifier().setSystem(EHR + "observation").setValue(id);
        observation.setStatus(Observation.ObservationStatus.FINAL);
        observation.setCode(new CodeableConcept(new Coding("http://loinc.org", loinc, null)));
        observation.setSubject(new Reference("urn:uuid:patient"));
        observation.setEncounter(new Reference(encounter));
        observation.setEffective(new DateTimeType(date));
        observation.setValue(new Quantity()
                .setValue(new BigDecimal(total))
                .setSystem("http://unitsofmeasure.org")
                .setCode("{score}"));
        return add("urn:uuid:observation-" + id, observation);
    }

    /** Item answers to one of the application's questionnaires. */
    public EhrBundle answers(String id, String instrument, String date, int... answers) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setIdentifier(new Identifier().setSystem(EHR + "response").setValue(id));
        response.setQuestionnaireElement(
                new CanonicalType("https://afsluitwijzer.example/api/v1/fhir/Questionnaire/" + instrument));
        response.setStatus(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        response.setSubject(new Reference("urn:uuid:patient"));
        response.setAuthoredElement(new DateTimeType(date));
        for (int i = 0; i < answers.length; i++) {
            response.addItem().setLinkId(String.valueOf(i + 1)).addAnswer().setValue(new IntegerType(answers[i]));
        }
        return add("urn:uuid:response-" + id, response);
    }

    /** The resource of an entry, to change it. */
    public Resource resource(int entry) {
        return bundle.getEntry().get(entry).getResource();
    }

    public String json(FhirContext fhir) {
        return fhir.newJsonParser().encodeResourceToString(bundle);
    }

    private EhrBundle add(String fullUrl, Resource resource) {
        bundle.addEntry()
                .setFullUrl(fullUrl)
                .setResource(resource)
                .getRequest()
                .setMethod(HTTPVerb.POST)
                .setUrl(resource.fhirType());
        return this;
    }
}
