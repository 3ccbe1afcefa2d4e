package nl.afsluitwijzer.treatment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which treatments a list shows, as an SQL condition on {@code treatment t} with its parameters, so that the
 * records of those treatments (sessions, goals, evaluations, measurements, …) are read by joining them to the
 * treatments in scope: a fixed number of bound parameters however many treatments there are (a list of ids would
 * hit PostgreSQL's limit of 65,535 parameters and be compared one by one on H2), and the database walks its
 * indexes. The SQL is fixed text; every value is a bound parameter. Other modules use it as
 * {@code FROM treatment t JOIN their_table x ON x.treatment_id = t.id WHERE <condition>}. A scope grants nothing:
 * the lists come from {@link Treatments}, which applies the rules of who may see what.
 */
public record TreatmentScope(String condition, Map<String, Object> parameters) {

    private static final String IN_PRACTICE_AND_PHASES = "t.practice_id = :practiceId AND t.phase IN (:phases)";
    /**
     * Their own treatments and those shared with them, as a union of two index scans (treatment_therapist_phase_ix,
     * treatment_share_therapist_treatment_ix): written as "therapist = me OR EXISTS (a share)" PostgreSQL cannot use
     * an index for the OR, estimates a hundred times too many rows and scans every session of the practice.
     */
    private static final String VISIBLE_TO_THERAPIST = """
             AND t.id IN (SELECT o.id FROM treatment o WHERE o.therapist_id = :userId AND o.phase IN (:phases)
             UNION SELECT s.treatment_id FROM treatment_share s WHERE s.therapist_id = :userId)""";

    private static final String OF_THERAPIST = " AND t.therapist_id = :therapistId";
    private static final String ONE = "t.id = :treatmentId";
    private static final String NONE = "1 = 0";
    private static final List<String> OPEN_PHASES = java.util.Arrays.stream(Phase.values())
            .filter(Phase::isOpen)
            .map(Phase::name)
            .sorted()
            .toList();

    public TreatmentScope {
        parameters = Map.copyOf(parameters);
    }

    /** The manager's view: the whole practice, or one therapist's treatments. */
    static TreatmentScope practice(Long practiceId, Set<Phase> phases, @Nullable Long therapistFilter) {
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

    /**
     * The open treatments (waiting list included) with one of the given ids, of any practice: for keeping data
     * derived from them up to date, never for showing.
     */
    public static TreatmentScope openAmong(java.util.Collection<Long> ids) {
        return new TreatmentScope("t.phase IN (:phases)", Map.of("phases", OPEN_PHASES)).among(ids);
    }

    /**
     * The treatments of this scope with one of the given ids, bound as one array parameter (a page of a list: at
     * most a few hundred ids, and the statement's text and parameters do not depend on how many).
     */
    TreatmentScope among(java.util.Collection<Long> ids) {
        Map<String, Object> withIds = new HashMap<>(parameters);
        withIds.put("pageIds", ids.toArray(Long[]::new));
        return new TreatmentScope(condition + " AND t.id = ANY (:pageIds)", withIds);
    }

    /**
     * Exactly the treatments with these ids, whichever they are: for reading the records of treatments a scope has
     * just selected (a page), bound as one array parameter.
     */
    static TreatmentScope ids(java.util.Collection<Long> ids) {
        return new TreatmentScope("t.id = ANY (:treatmentIds)", Map.of("treatmentIds", ids.toArray(Long[]::new)));
    }

    /** One treatment the caller has already been allowed to see. */
    public static TreatmentScope one(Long treatmentId) {
        return new TreatmentScope(ONE, Map.of("treatmentId", treatmentId));
    }

    /**
     * The treatments of a practice that had their intake, their start or their end in a period (both days included),
     * whoever treats them: what the practice's figures of the period count (no access check; the caller checks).
     */
    public static TreatmentScope steppedIn(Long practiceId, LocalDate from, LocalDate to) {
        return new TreatmentScope(
                "t.practice_id = :practiceId AND (t.intake_date BETWEEN :stepFrom AND :stepTo"
                        + " OR t.start_date BETWEEN :stepFrom AND :stepTo OR t.end_date BETWEEN :stepFrom AND :stepTo)",
                Map.of("practiceId", practiceId, "stepFrom", from, "stepTo", to));
    }

    /** Every treatment of a practice, whoever treats them, in any phase (no access check; the caller checks). */
    public static TreatmentScope wholePractice(Long practiceId) {
        return new TreatmentScope("t.practice_id = :practiceId", Map.of("practiceId", practiceId));
    }

    /** Those of this scope that were under way on the day: started on or before it, not ended on or before it. */
    TreatmentScope underWayOn(LocalDate day) {
        return and(
                "t.start_date <= :underWayOn AND (t.end_date IS NULL OR t.end_date > :underWayOn)",
                Map.of("underWayOn", day));
    }

    /** Those of this scope that were open at some time in the period: registered by its end, not ended before it. */
    TreatmentScope openBetween(LocalDate from, LocalDate to) {
        return and(
                "t.registration_date <= :openTo AND (t.end_date IS NULL OR t.end_date >= :openFrom)",
                Map.of("openFrom", from, "openTo", to));
    }

    private TreatmentScope and(String more, Map<String, Object> moreParameters) {
        Map<String, Object> all = new HashMap<>(parameters);
        all.putAll(moreParameters);
        return new TreatmentScope("(" + condition + ") AND " + more, all);
    }

    /** No treatment at all (the administrator's view). */
    static TreatmentScope none() {
        return new TreatmentScope(NONE, Map.of());
    }

    private static Map<String, Object> base(Long practiceId, Set<Phase> phases) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("practiceId", practiceId);
        List<String> names = phases.stream().map(Phase::name).sorted().toList();
        parameters.put("phases", names);
        return parameters;
    }
}
