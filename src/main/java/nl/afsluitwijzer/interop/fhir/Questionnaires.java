package nl.afsluitwijzer.interop.fhir;

import java.util.Optional;
import nl.afsluitwijzer.measurement.AnswerOption;
import nl.afsluitwijzer.measurement.Instrument;
import nl.afsluitwijzer.measurement.Item;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DecimalType;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemComponent;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;

/**
 * An instrument as a FHIR Questionnaire: one {@code choice} item per question (linkId its number), each answer
 * option a coding in the instrument's own answer system with its value as code and as {@code ordinalValue}. The
 * canonical URL is where the API serves it, so a QuestionnaireResponse's {@code questionnaire} can be followed.
 */
final class Questionnaires {

    static final String ORDINAL_VALUE = "http://hl7.org/fhir/StructureDefinition/ordinalValue";

    private Questionnaires() {}

    static String canonical(String base, String instrumentCode) {
        return base + FhirCodes.QUESTIONNAIRE_PATH + instrumentCode;
    }

    /** The instrument code a canonical URL of ours names ({@code …/Questionnaire/PHQ9}, optionally {@code |version}). */
    static Optional<String> instrumentCode(String canonical) {
        String url = canonical.contains("|") ? canonical.substring(0, canonical.indexOf('|')) : canonical;
        int at = url.lastIndexOf(FhirCodes.QUESTIONNAIRE_PATH);
        return at < 0 ? Optional.empty() : Optional.of(url.substring(at + FhirCodes.QUESTIONNAIRE_PATH.length()));
    }

    /** The code system of an instrument's answer options. */
    static String answerSystem(Instrument instrument) {
        return FhirCodes.INSTRUMENT + ":" + instrument.code() + ":answer";
    }

    static Questionnaire of(Instrument instrument, String base) {
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setId(instrument.code());
        questionnaire.setUrl(canonical(base, instrument.code()));
        questionnaire.setName(instrument.code().replaceAll("[^A-Za-z0-9_]", "_"));
        questionnaire.setTitle(instrument.name().nl());
        questionnaire.setStatus(PublicationStatus.ACTIVE);
        questionnaire.setDescription(instrument.description().nl() + "\n\n"
                + instrument.instruction().nl());
        questionnaire.setCopyright(instrument.licence());
        questionnaire.addCode(new Coding(
                FhirCodes.INSTRUMENT, instrument.code(), instrument.name().nl()));
        if (instrument.loinc() != null) {
            questionnaire.addCode(new Coding(FhirCodes.LOINC, instrument.loinc(), null));
        }
        for (Item item : instrument.items()) {
            QuestionnaireItemComponent question = questionnaire
                    .addItem()
                    .setLinkId(String.valueOf(item.number()))
                    .setText(item.text().nl())
                    .setType(QuestionnaireItemType.CHOICE)
                    .setRequired(true);
            for (AnswerOption option : instrument.options()) {
                Coding coding = new Coding(
                        answerSystem(instrument),
                        String.valueOf(option.value()),
                        option.label().nl());
                coding.addExtension(ORDINAL_VALUE, new DecimalType(option.value()));
                question.addAnswerOption().setValue(coding);
            }
        }
        return questionnaire;
    }
}
