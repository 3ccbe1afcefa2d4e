package nl.afsluitwijzer.interop.fhir;

import org.springframework.http.MediaType;

/** The code and identifier systems of the FHIR mapping (docs/fhir.md), in one place for export and import. */
final class FhirCodes {

    static final String FHIR_JSON = "application/fhir+json";
    static final MediaType FHIR_JSON_TYPE = MediaType.parseMediaType(FHIR_JSON + ";charset=UTF-8");

    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String SCORE_UNIT = "{score}";
    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String AMBULATORY = "AMB";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String GOAL_ACHIEVEMENT = "http://terminology.hl7.org/CodeSystem/goal-achievement";

    static final String CLIENT_REFERENCE = "urn:afsluitwijzer:client-reference";
    static final String TREATMENT = "urn:afsluitwijzer:treatment";
    static final String SESSION = "urn:afsluitwijzer:session";
    static final String MEASUREMENT = "urn:afsluitwijzer:measurement";
    static final String GOAL = "urn:afsluitwijzer:goal";
    static final String PRACTICE = "urn:afsluitwijzer:practice";
    static final String USER = "urn:afsluitwijzer:user";
    static final String INSTRUMENT = "urn:afsluitwijzer:instrument";
    static final String SEVERITY_BAND = "urn:afsluitwijzer:severity-band";
    static final String OBSERVATION_COMPONENT = "urn:afsluitwijzer:observation-component";
    static final String SEVERITY_BAND_COMPONENT = "severity-band";
    static final String SESSION_KIND = "urn:afsluitwijzer:session-kind";
    static final String PHASE = "urn:afsluitwijzer:phase";
    static final String GOAL_STATUS = "urn:afsluitwijzer:goal-status";
    static final String CARE_PLAN_ACTIVITY = "urn:afsluitwijzer:care-plan-activity";
    static final String EXPECTED_SESSIONS = "expected-sessions";
    static final String CLOSING_DISCUSSED = "closing-discussed-at-start";
    static final String EXPECTED_SESSIONS_ORIGIN = "urn:afsluitwijzer:expected-sessions-origin";
    /** The extension on EpisodeOfCare with the phase a finished treatment ended in, and the reason given. */
    static final String ENDING_EXTENSION = "https://afsluitwijzer.nl/fhir/StructureDefinition/ending";
    /** Where the questionnaires are: {@code <base>/api/v1/fhir/Questionnaire/<instrument code>}. */
    static final String QUESTIONNAIRE_PATH = "/api/v1/fhir/Questionnaire/";

    private FhirCodes() {}
}
