package nl.afsluitwijzer.closing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.closing.internal.LetterFile;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.PracticeNames;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.Treatments;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * The letter that tells a waiting client where they stand (the practice informs waiting clients, source 004): the
 * position on the practice's waiting list for an intake, the date of registration, what to do when complaints get
 * worse, and that the practice will get in touch. Made on request for a referral the user may see, as a PDF on the
 * practice's letterhead; not kept, and logged as PRINT for the client.
 */
@Service
public class WaitingLetters {

    static final String OBJECT = "WAITING_LETTER";
    private static final String PAGE = "closing/waiting-letter";

    private final Treatments treatments;
    private final LetterTemplateStore templates;
    private final PracticeNames practices;
    private final ITemplateEngine pages;
    private final MessageSource messages;
    private final AuditLog audit;
    private final Clock clock;

    WaitingLetters(
            Treatments treatments,
            LetterTemplateStore templates,
            PracticeNames practices,
            ITemplateEngine pages,
            MessageSource messages,
            AuditLog audit,
            Clock clock) {
        this.treatments = treatments;
        this.templates = templates;
        this.practices = practices;
        this.pages = pages;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    /** The letter for a referral waiting for an intake; a treatment past that is a conflict. */
    @Transactional
    public LetterFile print(CurrentUser user, Long treatmentId) {
        TreatmentFile file = treatments.open(user, treatmentId);
        Treatment treatment = file.treatment();
        int position = treatments
                .practiceWaitingPosition(treatment)
                .orElseThrow(() -> DomainException.conflict("closing.waiting-letter.not-waiting"));
        LocalDate today = LocalDate.now(clock);
        Long practiceId = treatment.getPracticeId();
        String reference = file.client().getReference();
        Context page = new Context(
                LetterValues.DUTCH,
                Map.of(
                        "practice", practices.of(practiceId).orElse(""),
                        "letterhead",
                                templates
                                        .letterhead(practiceId)
                                        .text()
                                        .lines()
                                        .map(String::strip)
                                        .filter(line -> !line.isEmpty())
                                        .toList(),
                        "date", LetterValues.date(today),
                        "name", file.client().getDisplayName(),
                        "registered", LetterValues.date(treatment.getRegistrationDate()),
                        "position", position));
        byte[] pdf = PdfLetter.render(pages.process(PAGE, page), null);
        audit.record(AuditEvent.of(AuditAction.PRINT, OBJECT, treatmentId).forClient(reference, treatmentId));
        String name = messages.getMessage("closing.waiting-letter.file", null, LetterValues.DUTCH) + "-"
                + reference.replaceAll("[^A-Za-z0-9_-]", "_") + "-" + today + ".pdf";
        return new LetterFile(name, pdf);
    }
}
