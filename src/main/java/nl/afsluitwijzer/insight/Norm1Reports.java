package nl.afsluitwijzer.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.audit.AuditAction;
import nl.afsluitwijzer.audit.AuditEvent;
import nl.afsluitwijzer.audit.AuditLog;
import nl.afsluitwijzer.insight.internal.Norm1Content;
import nl.afsluitwijzer.insight.internal.Norm1Narrative;
import nl.afsluitwijzer.insight.internal.Norm1Pdf;
import nl.afsluitwijzer.insight.internal.Norm1Report;
import nl.afsluitwijzer.insight.internal.Period;
import nl.afsluitwijzer.intervision.ImprovementActions;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.Policies;
import nl.afsluitwijzer.practice.PracticeNames;
import nl.afsluitwijzer.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Norm 1 report of the Keurmerk Kortdurende GGZ, for the manager only: gathers what it shows, keeps the PDF
 * (generating is logged as PRINT, each download as EXPORT) and keeps the practice's own account for it, saved over
 * the version that was edited (a stale version is refused, not overwritten).
 */
@Service
@Transactional
public class Norm1Reports {

    static final String OBJECT = "NORM1_REPORT";
    static final String NARRATIVE = "NORM1_NARRATIVE";

    private final Insights insights;
    private final Policies policies;
    private final PracticeNames practices;
    private final ImprovementActions improvementActions;
    private final Norm1Archive archive;
    private final AuditLog audit;
    private final Clock clock;

    Norm1Reports(
            Insights insights,
            Policies policies,
            PracticeNames practices,
            ImprovementActions improvementActions,
            Norm1Archive archive,
            AuditLog audit,
            Clock clock) {
        this.insights = insights;
        this.policies = policies;
        this.practices = practices;
        this.improvementActions = improvementActions;
        this.archive = archive;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What the report of a period shows, as of today; the caller renders it and hands the PDF to {@link #store}. Not
     * read-only: reading the treatments writes their access to the audit log.
     */
    public Norm1Content content(CurrentUser user, Period period) {
        Long practiceId = manager(user).practiceId();
        Insights.Norm1Figures figures = insights.norm1Figures(user, period);
        return new Norm1Content(
                practices.of(practiceId).orElse(""),
                period,
                LocalDate.now(clock),
                policies.inForce(practiceId, period.to()),
                archive.narrative(practiceId).text(),
                figures.report(),
                figures.quarters(),
                improvementActions.between(practiceId, period.from(), period.to()));
    }

    /** Keeps a generated report; logged as PRINT. */
    public Norm1Report store(CurrentUser user, Norm1Content content, String fileName, byte[] pdf) {
        manager(user);
        Norm1Report report =
                archive.store(user.practiceId(), content.period(), clock.instant(), user.id(), fileName, pdf);
        audit.record(AuditEvent.of(AuditAction.PRINT, OBJECT, report.id()));
        return report;
    }

    /** The practice's kept reports, newest first. */
    @Transactional(readOnly = true)
    public List<Norm1Report> list(CurrentUser user) {
        return archive.of(manager(user).practiceId());
    }

    /** A kept report of the practice; another practice's is "not found". Logged as EXPORT. */
    public Norm1Pdf download(CurrentUser user, Long id) {
        Long practiceId = manager(user).practiceId();
        Norm1Report report =
                archive.find(practiceId, id).orElseThrow(() -> DomainException.notFound("insight.norm1.not-found"));
        audit.record(AuditEvent.of(AuditAction.EXPORT, OBJECT, id));
        return new Norm1Pdf(report.fileName(), archive.content(id));
    }

    @Transactional(readOnly = true)
    public Norm1Narrative narrative(CurrentUser user) {
        return archive.narrative(manager(user).practiceId());
    }

    /** Saves the account over the version that was edited (null: none saved yet); logged as an update. */
    public Norm1Narrative saveNarrative(CurrentUser user, String text, @Nullable Integer version) {
        manager(user);
        String cleaned = text.strip();
        if (cleaned.isEmpty() || cleaned.length() > Norm1Narrative.MAX_LENGTH) {
            throw DomainException.refused("insight.norm1.narrative.length", Norm1Narrative.MAX_LENGTH);
        }
        Norm1Narrative saved = archive.saveNarrative(user.practiceId(), cleaned, version, user.id(), clock.instant());
        audit.record(AuditEvent.of(AuditAction.UPDATE, NARRATIVE, user.practiceId()));
        return saved;
    }

    private static CurrentUser manager(CurrentUser user) {
        if (!user.isManager()) {
            throw new AccessDeniedException("the Norm 1 report is for the manager");
        }
        return user;
    }
}
