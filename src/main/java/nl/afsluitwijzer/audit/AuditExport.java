package nl.afsluitwijzer.audit;

import java.util.List;
import nl.afsluitwijzer.audit.internal.AuditEntry;
import org.springframework.stereotype.Service;

/** The entries for an export (CSV) by managers and administrators; the export itself is logged. */
@Service
public class AuditExport {

    public static final int MAX_ROWS = 100_000;

    private final AuditReader reader;
    private final AuditLog audit;

    AuditExport(AuditReader reader, AuditLog audit) {
        this.reader = reader;
        this.audit = audit;
    }

    /** Logs the export first, then reads the entries of the reader's practice only. */
    public List<AuditEntry> entries(AuditQuery query) {
        audit.record(AuditEvent.of(AuditAction.EXPORT, "AUDIT_LOG", null));
        return reader.find(query, audit.readerPractice(), MAX_ROWS);
    }
}
