package nl.afsluitwijzer.interop.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import java.util.List;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.SnapshotGeneratingValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;

/**
 * HAPI FHIR's validator against the R4 core definitions (no profiles, no terminology server), built once per test
 * JVM: building it reads every core definition and takes seconds. Test scope only, as its jars are.
 */
final class R4Validator {

    private static FhirValidator validator;

    private R4Validator() {}

    /** The errors (and fatal errors) the validator finds in a resource in JSON; warnings do not count. */
    static synchronized List<String> errors(FhirContext fhir, String json) {
        if (validator == null) {
            ValidationSupportChain support = new ValidationSupportChain(
                    new DefaultProfileValidationSupport(fhir),
                    new InMemoryTerminologyServerValidationSupport(fhir),
                    new CommonCodeSystemsTerminologyService(fhir),
                    new SnapshotGeneratingValidationSupport(fhir));
            validator = fhir.newValidator().registerValidatorModule(new FhirInstanceValidator(support));
        }
        return validator.validateWithResult(json).getMessages().stream()
                .filter(m -> m.getSeverity() == ResultSeverityEnum.ERROR || m.getSeverity() == ResultSeverityEnum.FATAL)
                .map(R4Validator::describe)
                .toList();
    }

    private static String describe(SingleValidationMessage message) {
        return message.getSeverity() + " " + message.getLocationString() + ": " + message.getMessage();
    }
}
