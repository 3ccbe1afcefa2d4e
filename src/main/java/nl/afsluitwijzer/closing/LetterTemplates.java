package nl.afsluitwijzer.closing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import nl.afsluitwijzer.closing.internal.EditableTemplate;
import nl.afsluitwijzer.closing.internal.LetterTemplateException;
import nl.afsluitwijzer.closing.internal.Letterhead;
import nl.afsluitwijzer.closing.internal.Preview;
import nl.afsluitwijzer.measurement.InstrumentCatalog;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.practice.PracticeNames;
import nl.afsluitwijzer.shared.DomainException;
import nl.afsluitwijzer.shared.PdfPageImages;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The practice manager's letter templates and letterhead. A template is only saved when it renders on the sample
 * treatment, so a letter never fails for a therapist because of a template error.
 */
@Service
@Transactional
public class LetterTemplates {

    /** The length of the body column. */
    static final int MAX_LENGTH = 20_000;

    private final LetterTemplateStore store;
    private final LetterComposer composer;
    private final PracticeNames practices;
    private final InstrumentCatalog instruments;
    private final Clock clock;

    LetterTemplates(
            LetterTemplateStore store,
            LetterComposer composer,
            PracticeNames practices,
            InstrumentCatalog instruments,
            Clock clock) {
        this.store = store;
        this.composer = composer;
        this.practices = practices;
        this.instruments = instruments;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<EditableTemplate> all(CurrentUser user) {
        Long practice = manager(user).practiceId();
        return Arrays.stream(LetterKind.values())
                .map(kind -> store.current(practice, kind))
                .toList();
    }

    @Transactional(readOnly = true)
    public EditableTemplate template(CurrentUser user, LetterKind kind) {
        return store.current(manager(user).practiceId(), kind);
    }

    /**
     * Saves the template if it renders; a stale version is refused, never overwritten. Returns the {{…}} that are
     * no known placeholder and so stay text, for a warning.
     */
    public List<String> save(CurrentUser user, LetterKind kind, String body, @Nullable Integer version) {
        manager(user);
        List<String> unknown = render(kind, body, user.practiceId()).unknown();
        try {
            store.save(user.practiceId(), kind, body, version, user.id(), clock.instant());
        } catch (DuplicateKeyException e) {
            throw new OptimisticLockingFailureException("letter template " + kind + " changed", e);
        }
        return unknown;
    }

    /** Back to the default shipped with the application. */
    public void reset(CurrentUser user, LetterKind kind) {
        store.reset(manager(user).practiceId(), kind);
    }

    /** The template rendered on the sample treatment, as page images, or the reason it does not render. */
    @Transactional(readOnly = true)
    public Preview preview(CurrentUser user, LetterKind kind, String body) {
        try {
            LetterComposer.Composed letter = render(kind, body, manager(user).practiceId());
            return new Preview(PdfPageImages.of(letter.pdf()), letter.body(), null, null, letter.unknown());
        } catch (LetterTemplateException e) {
            return new Preview(List.of(), "", e.messageKey(), String.valueOf(e.arguments()[0]), List.of());
        }
    }

    @Transactional(readOnly = true)
    public Letterhead letterhead(CurrentUser user) {
        return store.letterhead(manager(user).practiceId());
    }

    public void saveLetterhead(CurrentUser user, String text, @Nullable Integer version) {
        try {
            store.saveLetterhead(manager(user).practiceId(), text.strip(), version, clock.instant());
        } catch (DuplicateKeyException e) {
            throw new OptimisticLockingFailureException("letterhead changed", e);
        }
    }

    private LetterComposer.Composed render(LetterKind kind, String body, Long practiceId) {
        if (body.length() > MAX_LENGTH) {
            throw new LetterTemplateException("closing.template.too-long", String.valueOf(MAX_LENGTH));
        }
        String practice = practices.of(practiceId).orElse("");
        LetterFacts sample = SampleLetter.facts(
                kind,
                LocalDate.now(clock),
                practice,
                store.letterhead(practiceId).text(),
                instruments.find("PHQ9").orElse(null),
                composer::label);
        return composer.compose(kind, body, sample);
    }

    private static CurrentUser manager(CurrentUser user) {
        if (!user.isManager()) {
            throw DomainException.notFound("closing.template.not-found");
        }
        return user;
    }
}
