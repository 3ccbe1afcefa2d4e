package nl.afsluitwijzer.treatment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which treatments a list shows, as an SQL condition on {@code treatment t} with its parameters, so that
 * sessions and goals are read by joining them to the treatments in scope: the database walks its indexes,
 * where a long list of bound ids would be compared one by one on H2. The SQL is fixed text; every value is a
 * bound parameter.
 */
record TreatmentScope(String condition, Map<String, Object> parameters) {

    private static final String IN_PRACTICE_AND_PHASES = "t.practice_id = :practiceId AND t.phase IN (:phases)";
    private static final String VISIBLE_TO_THERAPIST = """
             AND (t.therapist_id = :userId
             OR EXISTS (SELECT 1 FROM treatment_share s WHERE s.treatment_id = t.id AND s.therapist_id = :userId))""";
    private static final String OF_THERAPIST = " AND t.therapist_id = :therapistId";

    /** The manager's view: the whole practice, or one therapist's treatments. */
    static TreatmentScope practice(Long practiceId, Set<Phase> phases, Long therapistFilter) {
        Map<String, Object> parameters = base(practiceId, phases);
        if (therapistFilter == null) {
            return new TreatmentScope(IN_PRACTICE_AND_PHASES, parameters);
        }
        parameters.put("therapistId", therapistFilter);
        return new TreatmentScope(IN_PRACTICE_AND_PHASES + OF_THERAPIST, parameters);
    }

    /** A therapist's view: their own treatments and those shared with them. */
    static TreatmentScope therapist(Long practiceId, Long userId, Set<Phase> phases) {
        Map<String, Object> parameters = base(practiceId, phases);
        parameters.put("userId", userId);
        return new TreatmentScope(IN_PRACTICE_AND_PHASES + VISIBLE_TO_THERAPIST, parameters);
    }

    private static Map<String, Object> base(Long practiceId, Set<Phase> phases) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("practiceId", practiceId);
        List<String> names = phases.stream().map(Phase::name).toList();
        parameters.put("phases", names);
        return parameters;
    }
}
