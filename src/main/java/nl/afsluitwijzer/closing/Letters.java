package nl.afsluitwijzer.closing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.closing.internal.LetterFile;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.treatment.Phase;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.Treatments;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The letters of a treatment: generated from the practice's template as PDF and kept (logged as PRINT), downloaded
 * again later (logged as EXPORT). Letters may be made after the treatment has ended, unlike anything else.
 */
@Service
@Transactional
public class Letters {

    static final String OBJECT = "LETTER";

    private final Treatments treatments;
    private final ClosingPlanRepository plans;
    private final LetterComposer composer;
    private final LetterTemplateStore templates;
    private final LetterArchive archive;
    private final AuditLog audit;
    private final Clock clock;

    Letters(
            Treatments treatments,
            ClosingPlanRepository plans,
            LetterComposer composer,
            LetterTemplateStore templates,
            LetterArchive archive,
            AuditLog audit,
            Clock clock) {
        this.treatments = treatments;
        this.plans = plans;
        this.composer = composer;
        this.templates = templates;
        this.archive = archive;
        this.audit = audit;
        this.clock = clock;
    }

    /** Generates the letter with today's facts and keeps it. */
    public StoredLetter generate(CurrentUser user, Long treatmentId, LetterKind kind) {
        TreatmentFile file = treatments.open(user, treatmentId);
        requireFits(file, kind);
        StoredLetter letter = keep(file, kind, LocalDate.now(clock), user.id());
        audit.record(AuditEvent.of(AuditAction.PRINT, OBJECT, letter.id())
                .forClient(file.client().getReference(), treatmentId));
        return letter;
    }

    /** Renders the letter as of the date and keeps it; access and audit are the caller's. */
    StoredLetter keep(TreatmentFile file, LetterKind kind, LocalDate date, Long byUser) {
        Long treatmentId = file.id();
        ClosingPlan plan = plans.findByTreatmentId(treatmentId)
                .orElseGet(() -> new ClosingPlan(treatmentId, date, List.of(), clock.instant()));
        String template =
                templates.current(file.treatment().getPracticeId(), kind).body();
        byte[] pdf = composer.compose(kind, template, composer.factsOf(file, plan, date))
                .pdf();
        String name = composer.label("closing.letter.file." + kind) + "-"
                + safe(file.client().getReference()) + "-" + date + ".pdf";
        return archive.store(new StoredLetter(0L, treatmentId, kind, date, clock.instant(), byUser, name), pdf);
    }

    /** The letters of a treatment the caller has already been allowed to see, newest first. */
    @Transactional(readOnly = true)
    public List<StoredLetter> of(TreatmentFile file) {
        return archive.of(file.id());
    }

    /** A kept letter of a treatment the current user may see; logged as an export. */
    public LetterFile download(CurrentUser user, Long treatmentId, Long letterId) {
        treatments.require(user, treatmentId);
        StoredLetter letter = archive.find(treatmentId, letterId)
                .orElseThrow(() -> DomainException.notFound("closing.letter.not-found"));
        String reference =
                treatments.clientOf(treatments.require(user, treatmentId)).getReference();
        audit.record(AuditEvent.of(AuditAction.EXPORT, OBJECT, letterId).forClient(reference, treatmentId));
        return new LetterFile(letter.fileName(), archive.content(letterId));
    }

    /** Treatment letters need a treatment that started; the referral feedback a referral screened out. */
    private static void requireFits(TreatmentFile file, LetterKind kind) {
        boolean screenedOut = file.treatment().isScreenedOut();
        if (kind.forReferral() != screenedOut) {
            throw DomainException.conflict(
                    screenedOut ? "closing.letter.screened-out" : "closing.letter.not-screened-out");
        }
        Phase phase = file.treatment().getPhase();
        if (!screenedOut && (phase == Phase.REFERRED || phase == Phase.INTAKE)) {
            throw DomainException.conflict("closing.letter.phase");
        }
    }

    private static String safe(String reference) {
        return reference.replaceAll("[^A-Za-z0-9_-]", "_");
    }
}
