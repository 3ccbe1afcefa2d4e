package nl.afsluitwijzer.closing;

import java.time.Clock;
import java.time.LocalDate;
import nl.afsluitwijzer.treatment.TreatmentFile;
import org.springframework.stereotype.Component;

/**
 * Letters made in the past, without a signed-in user: the demo module gives the demo practice its letterhead and
 * its letters with it at start-up. Access and audit are the caller's.
 */
@Component
public class PastLetters {

    private final Letters letters;
    private final LetterTemplateStore templates;
    private final LetterComposer composer;
    private final Clock clock;

    PastLetters(Letters letters, LetterTemplateStore templates, LetterComposer composer, Clock clock) {
        this.letters = letters;
        this.templates = templates;
        this.composer = composer;
        this.clock = clock;
    }

    /** The demo practice's full letterhead: address, telephone and e-mail, AGB code (all fictitious). */
    public void demoLetterhead(Long practiceId) {
        templates.saveLetterhead(practiceId, composer.label("closing.demo.letterhead"), null, clock.instant());
    }

    /** Renders the letter of the treatment as of the date and keeps it, made by the given user. */
    public void keep(TreatmentFile file, LetterKind kind, LocalDate date, Long byUser) {
        letters.keep(file, kind, date, byUser);
    }
}
