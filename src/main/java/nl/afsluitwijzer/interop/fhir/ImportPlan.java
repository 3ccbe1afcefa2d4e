package nl.afsluitwijzer.interop.fhir;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import nl.afsluitwijzer.measurement.NewMeasurement;
import nl.afsluitwijzer.treatment.SessionKind;
import org.hl7.fhir.r4.model.Identifier;
import org.jspecify.annotations.Nullable;

/**
 * What a transaction Bundle from the EHR asks for, read and checked for its form by {@link BundleReader}: the
 * client, the EpisodeOfCare (the treatment), the sessions and the measurements, each with its entry index so a
 * refusal further on can still name the entry and field.
 */
record ImportPlan(
        int entries,
        int patientEntry,
        String clientReference,
        int episodeEntry,
        Identifier episodeIdentifier,
        LocalDate startDate,
        List<SessionIn> sessions,
        List<MeasurementIn> measurements) {

    /** An Encounter: one session. */
    record SessionIn(int entry, Identifier identifier, LocalDate date, SessionKind kind, boolean attended) {}

    /**
     * One measurement, from an Observation with the total, a QuestionnaireResponse with the item answers, or both
     * (the Observation derived from the response; its total must be what the answers score).
     *
     * @param totalField the Observation's value element ({@code valueQuantity} or {@code valueInteger})
     * @param itemIndexByNumber the index in the response's {@code item} of each answered item number
     */
    record MeasurementIn(
            @Nullable Integer observationEntry,
            @Nullable Identifier observationIdentifier,
            @Nullable Integer responseEntry,
            @Nullable Identifier responseIdentifier,
            NewMeasurement measurement,
            @Nullable Integer observedTotal,
            String totalField,
            Map<Integer, Integer> itemIndexByNumber) {

        /** The FHIRPath of the element a refusal of the measurement's {@code field} (and item) is about. */
        String expression(String field, @Nullable Integer item) {
            boolean answers = responseEntry != null && measurement.answers() != null;
            return switch (field) {
                case "total" ->
                    observationEntry != null
                            ? resource(observationEntry) + "." + totalField
                            : resource(responseEntry) + ".item";
                case "answers" ->
                    item != null && itemIndexByNumber.containsKey(item)
                            ? resource(responseEntry) + ".item[" + itemIndexByNumber.get(item) + "].answer[0]"
                            : resource(responseEntry) + ".item";
                case "date" ->
                    answers ? resource(responseEntry) + ".authored" : resource(observationEntry) + ".effective";
                case "instrument" ->
                    answers ? resource(responseEntry) + ".questionnaire" : resource(observationEntry) + ".code";
                case "goalId" ->
                    observationEntry != null
                            ? resource(observationEntry) + ".focus"
                            : resource(responseEntry) + ".subject";
                default -> resource(observationEntry != null ? observationEntry : responseEntry);
            };
        }

        /** The entry whose resource the measurement came from first: the Observation when there is one. */
        int entry() {
            return Objects.requireNonNull(observationEntry != null ? observationEntry : responseEntry, "an entry");
        }
    }

    static String resource(@Nullable Integer entry) {
        return "Bundle.entry[" + entry + "].resource";
    }
}
