package nl.afsluitwijzer.demo;

import java.util.List;
import nl.afsluitwijzer.closing.LetterKind;
import nl.afsluitwijzer.closing.PastLetters;
import nl.afsluitwijzer.treatment.ClientRepository;
import nl.afsluitwijzer.treatment.Screening;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Gives the demo practice its letterhead (before any demo letter is made), and each demo referral that did not fit
 * short-term care its GP feedback letter, made on the day of the screening by the therapist. It runs inside the demo
 * set-up's transaction at start-up, without a signed-in user, through {@link PastLetters}.
 */
@Component
class DemoLetters {

    private static final Logger log = LoggerFactory.getLogger(DemoLetters.class);

    private final TreatmentRepository treatments;
    private final ClientRepository clients;
    private final PastLetters letters;

    DemoLetters(TreatmentRepository treatments, ClientRepository clients, PastLetters letters) {
        this.treatments = treatments;
        this.clients = clients;
        this.letters = letters;
    }

    /** The demo practice's full letterhead: address, telephone and e-mail, AGB code (all fictitious). */
    void letterhead(Long practiceId) {
        letters.demoLetterhead(practiceId);
    }

    void create(DemoCaseload event) {
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
