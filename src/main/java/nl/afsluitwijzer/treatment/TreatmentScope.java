package nl.afsluitwijzer.treatment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Which treatments a list shows, as an SQL condition on {@code treatment t} with its parameters, so that the
 * records of those treatments (sessions, goals, evaluations, measurements, …) are read by joining them to the
 * treatments in scope: a fixed number of bound parameters however many treatments there are (a list of ids would
 * hit PostgreSQL's limit of 65,535 parameters and be compared one by one on H2), and the database walks its
 * indexes. The SQL is fixed text; every value is a bound parameter, except the phases (names of {@link Phase}, never
 * input), which are written into the text: bound, they left PostgreSQL unable to tell how many rows a prepared
 * statement's phase condition keeps, so it planned the caseload's statements afresh on every request (0.9 ms of the
 * database's time for the therapist's caseload at 100,000 stored, against 0.3 ms to run it); written out, the plan it
 * keeps for the statement is the one it would make for each request. Other modules use it as
 * {@code FROM treatment t JOIN their_table x ON x.treatment_id = t.id WHERE <condition>}. A scope grants nothing:
 * the lists come from {@link Treatments}, which applies the rules of who may see what.
 */
public record TreatmentScope(String condition, Map<String, Object> parameters) {

    private static final String IN_PRACTICE = "t.practice_id = :practiceId AND t.phase IN ";
    /**
     * Their own treatments and those shared with them, as a union of two index scans (treatment_therapist_phase_ix,
     * treatment_share_therapist_treatment_ix): written as "therapist = me OR EXISTS (a share)" PostgreSQL cannot use
     * an index for the OR, estimates a hundred times too many rows and scans every session of the practice.
     */
    private static final String VISIBLE_TO_THERAPIST = """
             AND t.id IN (SELECT o.id FROM treatment o WHERE o.therapist_id = :userId AND o.phase IN %s
             UNION SELECT s.treatment_id FROM treatment_share s WHERE s.therapist_id = :userId)""";

    private static final String OF_THERAPIST = " AND t.therapist_id = :therapistId";
    private static final String ONE = "t.id = :treatmentId";
    private static final String NONE = "1 = 0";
    private static final String OPEN_PHASES = inText(
            java.util.Arrays.stream(Phase.values()).filter(Phase::isOpen).collect(java.util.stream.Collectors.toSet()));

    public TreatmentScope {
        parameters = Map.copyOf(parameters);
    }

    /** The manager's view: the whole practice, or one therapist's treatments. */
    static TreatmentScope practice(Long practiceId, Set<Phase> phases, @Nullable Long therapistFilter) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("practiceId", practiceId);
        String condition = IN_PRACTICE + inText(phases);
        if (therapistFilter == null) {
            return new TreatmentScope(condition, parameters);
        }
        parameters.put("therapistId", therapistFilter);
        return new TreatmentScope(condition + OF_THERAPIST, parameters);
    }

    /** A therapist's view: their own treatments and those shared with them. */
    static TreatmentScope therapist(Long practiceId, Long userId, Set<Phase> phases) {
        String inPhases = inText(phases);
        return new TreatmentScope(
                IN_PRACTICE + inPhases + VISIBLE_TO_THERAPIST.formatted(inPhases),
                Map.of("practiceId", practiceId, "userId", userId));
    }

    /**
     * The open treatments (waiting list included) with one of the given ids, of any practice: for keeping data
     * derived from them up to date, never for showing.
     */
    public static TreatmentScope openAmong(java.util.Collection<Long> ids) {
        return new TreatmentScope("t.phase IN " + OPEN_PHASES, Map.of()).among(ids);
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

    /**
     * The phases as an SQL list of literals, in a fixed order (so one set of phases is always the same statement):
     * {@code ('CLOSING', 'INTAKE')}; an empty set matches nothing.
     */
    static String inText(Set<Phase> phases) {
        if (phases.isEmpty()) {
            return "(NULL)";
        }
        return phases.stream()
                .map(Phase::name)
                .sorted()
                .map(name -> "'" + name + "'")
                .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
    }
}
