package nl.afsluitwijzer.treatment;

import java.util.List;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A client's whole record across treatments, for the client's privacy rights: reading it for an inzage and
 * destroying it on request. Access: the manager of the practice, or a therapist who may see every one of the
 * client's treatments (an inzage is complete or not given). The caller logs what it does with the record.
 */
@Service
@Transactional(readOnly = true)
public class ClientRecords {

    private final ClientRepository clients;
    private final TreatmentRepository treatments;
    private final Treatments files;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    ClientRecords(
            ClientRepository clients,
            TreatmentRepository treatments,
            Treatments files,
            ApplicationEventPublisher events,
            JdbcClient jdbc) {
        this.clients = clients;
        this.treatments = treatments;
        this.files = files;
        this.events = events;
        this.jdbc = jdbc;
    }

    /** The client's record if the current user may read all of it; otherwise 404 (not logged here). */
    public ClientRecord require(CurrentUser user, Long clientId) {
        Client client = clientId == null ? null : clients.findById(clientId).orElse(null);
        if (client == null || !client.getPracticeId().equals(user.practiceId()) || user.role() == Role.ADMIN) {
            throw new TreatmentAccessDenied();
        }
        List<Treatment> found = treatments.findByClientId(clientId).stream()
                .sorted(java.util.Comparator.comparing(Treatment::getRegistrationDate)
                        .thenComparing(Treatment::getId))
                .toList();
        if (user.role() != Role.MANAGER
                && (found.isEmpty() || !found.stream().allMatch(t -> Treatments.mayAccess(user, t)))) {
            throw new TreatmentAccessDenied();
        }
        return new ClientRecord(client, found.stream().map(files::fileOf).toList());
    }

    /** The references of clients of the current user's practice, by id (others are left out). */
    public java.util.Map<Long, String> referencesOf(CurrentUser user, java.util.Collection<Long> clientIds) {
        return clients.findAllById(clientIds).stream()
                .filter(c -> c.getPracticeId().equals(user.practiceId()))
                .collect(java.util.stream.Collectors.toMap(Client::getId, Client::getReference));
    }

    /** For every client of every practice: open treatments and when the last one ended (the retention job). */
    public List<ClientHistory> histories() {
        return jdbc.sql("""
                SELECT c.practice_id, c.id AS client_id,
                    SUM(CASE WHEN t.phase IN ('REFERRED', 'INTAKE', 'TREATMENT', 'CLOSING') THEN 1 ELSE 0 END)
                        AS open_treatments,
                    MAX(CASE WHEN t.phase IN ('CLOSED', 'TRANSFERRED', 'DROPPED_OUT')
                        THEN COALESCE(t.end_date, t.start_date, t.registration_date) END) AS last_end
                FROM client c LEFT JOIN treatment t ON t.client_id = c.id
                GROUP BY c.practice_id, c.id ORDER BY c.id""")
                .query((rs, row) -> new ClientHistory(
                        rs.getLong("practice_id"),
                        rs.getLong("client_id"),
                        rs.getInt("open_treatments"),
                        rs.getObject("last_end", java.time.LocalDate.class)))
                .list();
    }

    /**
     * Destroys the client's record: every module deletes its rows of the client's treatments on
     * {@link ClientErasure}, then the treatments and the client themselves go. Only the practice's manager.
     */
    @Transactional
    public void erase(CurrentUser user, Long clientId) {
        if (user.role() != Role.MANAGER) {
            throw new TreatmentAccessDenied();
        }
        ClientRecord record = require(user, clientId);
        List<Long> ids = record.treatmentIds();
        if (!ids.isEmpty()) {
            events.publishEvent(new ClientErasure(clientId, ids));
            deleteTreatmentRows(ids);
        }
        jdbc.sql("DELETE FROM client WHERE id = ?").param(clientId).update();
    }

    private void deleteTreatmentRows(List<Long> ids) {
        jdbc.sql("DELETE FROM goal_status_change WHERE goal_id IN (SELECT id FROM goal WHERE treatment_id IN (:ids))")
                .param("ids", ids)
                .update();
        jdbc.sql("DELETE FROM next_appointment_answer WHERE treatment_id IN (:ids)")
                .param("ids", ids)
                .update();
        for (String table : List.of(
                "goal", "treatment_session", "discussion", "phase_change", "expected_sessions", "treatment_share")) {
            jdbc.sql("DELETE FROM " + table + " WHERE treatment_id IN (:ids)")
                    .param("ids", ids)
                    .update();
        }
        jdbc.sql("DELETE FROM treatment WHERE id IN (:ids)").param("ids", ids).update();
    }
}
