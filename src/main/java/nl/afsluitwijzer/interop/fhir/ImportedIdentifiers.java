package nl.afsluitwijzer.interop.fhir;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hl7.fhir.r4.model.Identifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The EHR's identifiers of the records a FHIR import created (table {@code fhir_imported_identifier}): an
 * identifier seen before names the same treatment, session or measurement, so a bundle sent again adds nothing.
 * Unique per practice, resource type, system and value. No access checks: the import checks access through the
 * treatment module before it uses what it finds here.
 */
@Repository
class ImportedIdentifiers {

    static final String EPISODE = "EpisodeOfCare";
    static final String ENCOUNTER = "Encounter";
    static final String OBSERVATION = "Observation";
    static final String RESPONSE = "QuestionnaireResponse";

    /** The EHR's identifiers of one treatment's records, for the export: by session or measurement id. */
    record OfTreatment(
            Optional<Identifier> episode,
            Map<Long, Identifier> sessions,
            Map<Long, Identifier> observations,
            Map<Long, Identifier> responses) {

        static OfTreatment none() {
            return new OfTreatment(Optional.empty(), Map.of(), Map.of(), Map.of());
        }
    }

    private final JdbcClient jdbc;

    ImportedIdentifiers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What an identifier was imported as: the treatment, and the id of the treatment, session or measurement. */
    record Link(Long treatmentId, Long localId) {}

    /** What an identifier of this resource type was imported as before, in the practice. */
    Optional<Link> find(Long practiceId, String resourceType, Identifier identifier) {
        return jdbc.sql("""
                SELECT treatment_id, local_id FROM fhir_imported_identifier
                WHERE practice_id = ? AND resource_type = ? AND identifier_system = ? AND identifier_value = ?""")
                .params(practiceId, resourceType, identifier.getSystem(), identifier.getValue())
                .query((rs, n) -> new Link(rs.getLong(1), rs.getLong(2)))
                .optional();
    }

    void record(
            Long practiceId, Long treatmentId, String resourceType, Identifier identifier, Long localId, Instant at) {
        jdbc.sql("""
                INSERT INTO fhir_imported_identifier (practice_id, treatment_id, resource_type, identifier_system,
                    identifier_value, local_id, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)""")
                .params(
                        practiceId,
                        treatmentId,
                        resourceType,
                        identifier.getSystem(),
                        identifier.getValue(),
                        localId,
                        Timestamp.from(at))
                .update();
    }

    OfTreatment of(Long treatmentId) {
        Map<String, Map<Long, Identifier>> byType = new HashMap<>();
        List<Object[]> rows = jdbc.sql("""
                SELECT resource_type, identifier_system, identifier_value, local_id FROM fhir_imported_identifier
                WHERE treatment_id = ? ORDER BY id""")
                .param(treatmentId)
                .query((rs, n) -> new Object[] {rs.getString(1), rs.getString(2), rs.getString(3), rs.getLong(4)})
                .list();
        for (Object[] row : rows) {
            byType.computeIfAbsent((String) row[0], t -> new HashMap<>())
                    .putIfAbsent(
                            (Long) row[3],
                            new Identifier().setSystem((String) row[1]).setValue((String) row[2]));
        }
        return new OfTreatment(
                Optional.ofNullable(byType.getOrDefault(EPISODE, Map.of()).get(treatmentId)),
                byType.getOrDefault(ENCOUNTER, Map.of()),
                byType.getOrDefault(OBSERVATION, Map.of()),
                byType.getOrDefault(RESPONSE, Map.of()));
    }
}
