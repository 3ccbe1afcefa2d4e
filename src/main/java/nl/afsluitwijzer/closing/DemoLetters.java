package nl.afsluitwijzer.closing;

import java.util.List;
import nl.afsluitwijzer.treatment.ClientRepository;
import nl.afsluitwijzer.treatment.DemoTreatmentsCreated;
import nl.afsluitwijzer.treatment.Screening;
import nl.afsluitwijzer.treatment.Treatment;
import nl.afsluitwijzer.treatment.TreatmentFile;
import nl.afsluitwijzer.treatment.TreatmentRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives each demo referral that did not fit short-term care its GP feedback letter, made on the day of the
 * screening by the therapist. It runs inside the demo set-up's transaction at start-up, without a signed-in user.
 */
@Component
class DemoLetters {

    private static final Logger log = LoggerFactory.getLogger(DemoLetters.class);

    private final TreatmentRepository treatments;
    private final ClientRepository clients;
    private final Letters letters;

    DemoLetters(TreatmentRepository treatments, ClientRepository clients, Letters letters) {
        this.treatments = treatments;
        this.clients = clients;
        this.letters = letters;
    }

    @EventListener
    void on(DemoTreatmentsCreated event) {
        List<Treatment> screenedOut = treatments.findAllById(event.treatmentIdsByReference().values()).stream()
                .filter(Treatment::isScreenedOut).toList();
        for (Treatment treatment : screenedOut) {
            Screening screening = treatment.screening().orElseThrow();
            TreatmentFile file = new TreatmentFile(treatment, clients.findById(treatment.getClientId()).orElseThrow(),
                    List.of(), List.of(), List.of());
            letters.keep(file, LetterKind.REFERRAL_FEEDBACK, screening.screenedOn(), screening.screenedBy());
        }
        log.info("Demo mode: created {} GP feedback letters", screenedOut.size());
    }
}
