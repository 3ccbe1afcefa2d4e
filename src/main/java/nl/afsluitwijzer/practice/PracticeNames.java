package nl.afsluitwijzer.practice;

import java.util.Optional;
import nl.afsluitwijzer.practice.internal.Practice;
import nl.afsluitwijzer.practice.internal.PracticeRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The name of a practice, for the modules that print it on a letter, a report, a mail or an export. They ask here
 * instead of reading the practice's repository: a module reads another module only through its services
 * (docs/architecture.md, "Each module reads its own tables").
 */
@Service
public class PracticeNames {

    private final PracticeRepository practices;

    PracticeNames(PracticeRepository practices) {
        this.practices = practices;
    }

    /** The practice's name; empty when no practice has the id. */
    @Transactional(readOnly = true)
    public Optional<String> of(Long practiceId) {
        return practices.findById(practiceId).map(Practice::getName);
    }
}
