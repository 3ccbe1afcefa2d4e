package nl.afsluitwijzer.audit.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.audit.AuditQuery;
import nl.afsluitwijzer.audit.internal.AuditEntry;
import nl.afsluitwijzer.audit.internal.AuditPage;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.shared.PageRequest;
import nl.afsluitwijzer.shared.Pager;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** GET /api/v1/audit: access-log entries for managers and administrators, a page at a time (docs/api.md). */
@RestController
class AuditApiController {

    private final AuditLog audit;

    AuditApiController(AuditLog audit) {
        this.audit = audit;
    }

    record Entry(
            Instant at,
            String user,
            String role,
            AuditAction action,
            String clientReference,
            Long treatmentId,
            String onBehalfOf,
            String remoteAddress) {

        static Entry of(AuditEntry entry) {
            return new Entry(
                    entry.at(),
                    entry.username(),
                    entry.role(),
                    entry.action(),
                    entry.clientReference(),
                    entry.treatmentId(),
                    entry.onBehalfOf(),
                    entry.remoteAddress());
        }
    }

    @GetMapping("/api/v1/audit")
    @Operation(
            summary = "Access-log entries of your practice, newest first, a page at a time; X-Total-Count says how "
                    + "many match (counted up to 10,000; X-Total-Count-Capped: true beyond), the Link header has the first, "
                    + "previous, next and last page")
    ResponseEntity<List<Entry>> entries(
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @RequestParam(required = false) String clientReference,
            @Parameter(description = "The page, from 1 (default 1).") @RequestParam(required = false) Integer page,
            @Parameter(description = "Entries per page, 1 to 200 (default 50).") @RequestParam(required = false)
                    Integer size) {
        if (page != null && page < 1) {
            throw DomainException.refused("api.error.page-number");
        }
        if (size != null && (size < 1 || size > PageRequest.MAX_SIZE)) {
            throw DomainException.refused("api.error.page-size", PageRequest.MAX_SIZE);
        }
        audit.record(AuditEvent.of(AuditAction.VIEW, "AUDIT_LOG", null));
        int pageNumber = page == null ? 1 : page;
        int pageSize = size == null ? PageRequest.DEFAULT_SIZE : size;
        AuditPage result = audit.findPage(new AuditQuery(from, to, null, clientReference, null), pageNumber, pageSize);
        int pages = Pager.pages(result.total(), pageSize);
        List<String> links = new ArrayList<>();
        links.add(link(1, "first"));
        if (pageNumber > 1) {
            links.add(link(Math.min(pageNumber - 1, pages), "prev"));
        }
        if (pageNumber < pages) {
            links.add(link(pageNumber + 1, "next"));
        }
        links.add(link(pages, "last"));
        return ResponseEntity.ok()
                .header("X-Total-Count", String.valueOf(result.total()))
                .header("X-Total-Count-Capped", String.valueOf(result.moreThanCounted()))
                .header(HttpHeaders.LINK, String.join(", ", links))
                .body(result.entries().stream().map(Entry::of).toList());
    }

    private static String link(int page, String relation) {
        return "<"
                + ServletUriComponentsBuilder.fromCurrentRequest()
                        .replaceQueryParam("page", page)
                        .build()
                        .toUriString() + ">; rel=\"" + relation + "\"";
    }
}
