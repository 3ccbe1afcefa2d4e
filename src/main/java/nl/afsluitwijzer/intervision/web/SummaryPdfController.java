package nl.afsluitwijzer.intervision.web;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.intervision.CardTag;
import nl.afsluitwijzer.intervision.CaseDiscussion;
import nl.afsluitwijzer.intervision.CaseDiscussions;
import nl.afsluitwijzer.intervision.SystemLevel;
import nl.afsluitwijzer.intervision.Workshop;
import nl.afsluitwijzer.intervision.Workshops;
import nl.afsluitwijzer.intervision.internal.PledgeKind;
import nl.afsluitwijzer.intervision.internal.PollSide;
import nl.afsluitwijzer.practice.CurrentUser;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The summaries of both working forms as a PDF download, for whoever may read the summary page. A case
 * discussion linked to a treatment is logged as an export for that treatment's client.
 */
@Controller
class SummaryPdfController {

    private static final ZoneId AMSTERDAM = ZoneId.of("Europe/Amsterdam");

    private final CaseDiscussions discussions;
    private final Workshops workshops;
    private final ColleagueNames names;
    private final SummaryPdfs pdfs;
    private final AuditLog audit;
    private final MessageSource messages;

    SummaryPdfController(
            CaseDiscussions discussions,
            Workshops workshops,
            ColleagueNames names,
            SummaryPdfs pdfs,
            AuditLog audit,
            MessageSource messages) {
        this.discussions = discussions;
        this.workshops = workshops;
        this.names = names;
        this.pdfs = pdfs;
        this.audit = audit;
        this.messages = messages;
    }

    @GetMapping("/intervisie/casuistiek/{id}/samenvatting.pdf")
    ResponseEntity<byte[]> caseDiscussion(@PathVariable Long id, Locale locale) {
        CurrentUser user = CurrentUser.require();
        CaseDiscussion discussion = discussions.find(user, id);
        AuditEvent export = AuditEvent.of(AuditAction.EXPORT, CaseDiscussionController.CASE_DISCUSSION, id);
        audit.record(
                discussion.getTreatmentId() == null ? export : export.forClient(null, discussion.getTreatmentId()));
        byte[] pdf = pdfs.render(
                "case-summary",
                Map.of(
                        "discussion",
                        discussion,
                        "worksheet",
                        discussions.worksheet(discussion),
                        "levels",
                        SystemLevel.values(),
                        "presenter",
                        names.of(user).getOrDefault(discussion.getPresenterId(), "")),
                locale);
        Instant held = discussion.getFinishedAt() != null ? discussion.getFinishedAt() : discussion.getCreatedAt();
        return download(pdf, fileName("intervision.case.pdf.file", held, locale));
    }

    @GetMapping("/intervisie/dilemmas/{id}/samenvatting.pdf")
    ResponseEntity<byte[]> workshop(@PathVariable Long id, Locale locale) {
        CurrentUser user = CurrentUser.require();
        Workshop workshop = workshops.find(user, id);
        audit.record(AuditEvent.of(AuditAction.EXPORT, WorkshopController.WORKSHOP, id));
        byte[] pdf = pdfs.render(
                "workshop-summary",
                Map.of(
                        "workshop",
                        workshop,
                        "board",
                        workshops.board(workshop),
                        "sides",
                        PollSide.values(),
                        "pledgeKinds",
                        PledgeKind.values(),
                        "obstacleTags",
                        List.of(CardTag.PATIENT, CardTag.EMPLOYEE, CardTag.ORGANISATION),
                        "remedyTags",
                        List.of(CardTag.WITHIN_INFLUENCE, CardTag.OUTSIDE_INFLUENCE),
                        "facilitator",
                        names.of(user).getOrDefault(workshop.getFacilitatorId(), "")),
                locale);
        return download(pdf, fileName("intervision.workshop.pdf.file", workshop.getStartedAt(), locale));
    }

    private String fileName(String key, Instant date, Locale locale) {
        return messages.getMessage(
                key, new Object[] {date.atZone(AMSTERDAM).toLocalDate().toString()}, locale);
    }

    private static ResponseEntity<byte[]> download(byte[] pdf, String fileName) {
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(fileName)
                                .build()
                                .toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf);
    }
}
