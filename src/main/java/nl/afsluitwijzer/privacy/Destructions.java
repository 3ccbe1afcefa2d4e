package nl.afsluitwijzer.privacy;

import java.time.Clock;
import java.util.List;
import java.util.Objects;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.privacy.internal.ManagerOnly;
import nl.afsluitwijzer.privacy.internal.NewDestructionRequest;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.shared.FirstSave;
import nl.afsluitwijzer.treatment.Client;
import nl.afsluitwijzer.treatment.ClientRecords;
import org.apache.commons.lang3.StringUtils;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Destruction of a client's record on request (AVG art. 17, WGBO art. 7:455 BW), by the practice's manager only:
 * recording the request, refusing it with a reason, or destroying every module's data of the client in one
 * transaction. The audit trail stays, and so does the request as the record of what was decided.
 */
@Service
@Transactional
public class Destructions {

    static final String REQUEST = "DESTRUCTION_REQUEST";
    static final String RECORD = "CLIENT_RECORD";

    private final DestructionRequestRepository requests;
    private final ClientRecords records;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    Destructions(
            DestructionRequestRepository requests,
            ClientRecords records,
            AuditLog audit,
            JdbcClient jdbc,
            Clock clock) {
        this.requests = requests;
        this.records = records;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The requests about a client, newest first (manager only). */
    @Transactional(readOnly = true)
    public List<DestructionRequest> forClient(CurrentUser user, Long clientId) {
        CurrentUser manager = ManagerOnly.require(user);
        return requests.findByPracticeIdAndClientIdOrderByReceivedOnDescIdDesc(manager.practiceId(), clientId);
    }

    /** Every request of the practice, decided or not, newest first (manager only). */
    @Transactional(readOnly = true)
    public List<DestructionRequest> ofPractice(CurrentUser user) {
        return requests.findByPracticeIdOrderByReceivedOnDescIdDesc(
                ManagerOnly.require(user).practiceId());
    }

    /** Records a request; refused with a conflict while the client has an undecided one (decide that first). */
    public DestructionRequest record(CurrentUser user, Long clientId, NewDestructionRequest input) {
        CurrentUser manager = ManagerOnly.require(user);
        Client client = records.require(user, clientId).client();
        FirstSave.requireNone(
                requests.existsByPracticeIdAndOpenClientId(manager.practiceId(), clientId),
                "open destruction request of client " + clientId);
        DestructionRequest request = FirstSave.orConflict(
                () -> requests.save(new DestructionRequest(
                        manager.practiceId(),
                        clientId,
                        input.receivedOn(),
                        input.requestedBy(),
                        StringUtils.stripToNull(input.note()),
                        manager.username(),
                        clock.instant())),
                "open destruction request of client " + clientId);
        audit.record(
                AuditEvent.of(AuditAction.CREATE, REQUEST, request.getId()).forClient(client.getReference(), null));
        return request;
    }

    public void refuse(CurrentUser user, Long clientId, Long requestId, @Nullable Integer version, String reason) {
        CurrentUser manager = ManagerOnly.require(user);
        Client client = records.require(user, clientId).client();
        DestructionRequest request = open(manager, clientId, requestId, version);
        request.refuse(reason.strip(), manager.username(), clock.instant());
        requests.save(request);
        audit.record(AuditEvent.of(AuditAction.UPDATE, REQUEST, requestId).forClient(client.getReference(), null));
    }

    /**
     * Destroys the client's record when the confirmation is the client's reference; each module deletes its own
     * rows (see {@link nl.afsluitwijzer.treatment.ClientErasure}). Logged as the decision and as a deletion.
     */
    public void destroy(
            CurrentUser user, Long clientId, Long requestId, @Nullable Integer version, String confirmation) {
        CurrentUser manager = ManagerOnly.require(user);
        Client client = records.require(user, clientId).client();
        if (!client.getReference().equals(confirmation.strip())) {
            throw DomainException.refused("privacy.destroy.confirmation.mismatch");
        }
        DestructionRequest request = open(manager, clientId, requestId, version);
        request.destroyed(manager.username(), clock.instant());
        requests.save(request);
        markEarlierRequests(manager, clientId, requestId);
        jdbc.sql("DELETE FROM retention_flag WHERE client_id = ?")
                .param(clientId)
                .update();
        records.erase(user, clientId);
        audit.record(AuditEvent.of(AuditAction.UPDATE, REQUEST, requestId).forClient(client.getReference(), null));
        audit.record(AuditEvent.of(AuditAction.DELETE, RECORD, clientId).forClient(client.getReference(), null));
    }

    /**
     * The client's earlier, decided requests name the destroyed record by the same marker and lose their note, as
     * the destroying request does: the overview must not link to a record that is gone, nor keep what the client
     * wrote.
     */
    private void markEarlierRequests(CurrentUser manager, Long clientId, Long destroyingId) {
        jdbc.sql("""
                        UPDATE destruction_request SET client_marker = ?, note = NULL, version = version + 1
                        WHERE practice_id = ? AND client_id = ? AND id <> ?""")
                .params(DestructionRequest.markerOf(clientId), manager.practiceId(), clientId, destroyingId)
                .update();
    }

    private DestructionRequest open(CurrentUser manager, Long clientId, Long requestId, @Nullable Integer version) {
        DestructionRequest request = requests.findById(requestId)
                .filter(r -> r.getPracticeId().equals(manager.practiceId())
                        && r.getClientId().equals(clientId))
                .orElseThrow(() -> DomainException.notFound("privacy.request.not-found"));
        if (!Objects.equals(request.getVersion(), version)) {
            throw DomainException.conflict("privacy.request.changed");
        }
        return request;
    }
}
