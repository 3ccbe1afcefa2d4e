package nl.afsluitwijzer.closing;

import java.time.Clock;
import java.util.List;
import nl.afsluitwijzer.practice.DemoPracticeCreated;
import nl.afsluitwijzer.treatment.ClientRepository;
import nl.afsluitwijzer.treatment.DemoTreatmentsCreated;
import nl.afsluitwijzer.treatment.Screening;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives the demo practice its letterhead (before any demo letter is made), and each demo referral that did not fit
 * short-term care its GP feedback letter, made on the day of the screening by the therapist. It runs inside the demo set-up's transaction at start-up, without a signed-in user.
 */
@Component
class DemoLetters {

    private static final Logger log = LoggerFactory.getLogger(DemoLetters.class);

    private final TreatmentRepository treatments;
    private final ClientRepository clients;
    private final Letters letters;
    private final LetterTemplateStore templates;
    private final LetterComposer composer;
    private final Clock clock;

    DemoLetters(
            TreatmentRepository treatments,
            ClientRepository clients,
            Letters letters,
            LetterTemplateStore templates,
            LetterComposer composer,
            Clock clock) {
        this.treatments = treatments;
        this.clients = clients;
        this.letters = letters;
        this.templates = templates;
        this.composer = composer;
        this.clock = clock;
    }

    /** The demo practice's full letterhead: address, telephone and e-mail, AGB code (all fictitious). */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void on(DemoPracticeCreated event) {
        templates.saveLetterhead(event.practiceId(), composer.label("closing.demo.letterhead"), null, clock.instant());
    }

    @EventListener
    void on(DemoTreatmentsCreated event) {
        List<Treatment> screenedOut = treatments
                .findAllById(event.treatmentIdsByReference().values())
                .stream()
                .filter(Treatment::isScreenedOut)
                .toList();
        for (Treatment treatment : screenedOut) {
            Screening screening = treatment.screening().orElseThrow();
            TreatmentFile file = new TreatmentFile(
                    treatment,
                    clients.findById(treatment.getClientId()).orElseThrow(),
                    List.of(),
                    List.of(),
                    List.of());
            letters.keep(file, LetterKind.REFERRAL_FEEDBACK, screening.screenedOn(), screening.screenedBy());
        }
        log.info("Demo mode: created {} GP feedback letters", screenedOut.size());
    }
}
