package nl.afsluitwijzer.audit.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import nl.afsluitwijzer.audit.AuditExport;
import nl.afsluitwijzer.audit.internal.AuditEntry;
import nl.afsluitwijzer.shared.Csv;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** Beheer → Auditlog → Exporteren: the filtered log as CSV, safe to open in a spreadsheet. */
@Controller
class AuditExportController {

    private static final String[] COLUMNS = {
        "audit.at",
        "audit.user",
        "audit.role",
        "audit.action",
        "audit.object",
        "audit.object-id",
        "audit.client",
        "audit.treatment",
        "audit.on-behalf-of",
        "audit.address",
        "audit.outcome"
    };

    private final AuditExport export;
    private final MessageSource messages;
    private final Clock clock;

    AuditExportController(AuditExport export, MessageSource messages, Clock clock) {
        this.export = export;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/beheer/audit/export")
    ResponseEntity<byte[]> csv(AuditFilter filter, Locale locale) {
        Csv csv = new Csv()
                .row(java.util.Arrays.stream(COLUMNS)
                        .map(key -> messages.getMessage(key, null, locale))
                        .toList());
        for (AuditEntry entry : export.entries(filter.toQuery())) {
            csv.row(
                    entry.at(),
                    entry.username(),
                    entry.role(),
                    entry.action(),
                    entry.objectType(),
                    entry.objectId(),
                    entry.clientReference(),
                    entry.treatmentId(),
                    entry.onBehalfOf(),
                    entry.remoteAddress(),
                    entry.outcome());
        }
        String name = "auditlog-" + LocalDate.now(clock) + ".csv";
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .body(csv.toString().getBytes(StandardCharsets.UTF_8));
    }
}
