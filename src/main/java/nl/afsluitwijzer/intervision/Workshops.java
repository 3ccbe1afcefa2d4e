package nl.afsluitwijzer.intervision;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import nl.afsluitwijzer.intervision.internal.JoinCode;
import nl.afsluitwijzer.intervision.internal.WorkshopStep;
import nl.afsluitwijzer.practice.CurrentUser;
import nl.afsluitwijzer.shared.DomainException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facilitator's side of "Dilemma's en kansen": start a session, move through the steps, mark the
 * chosen working principles, hide a card that does not belong on the screen, close. A practice sees
 * only its own sessions; another practice's session is "not found".
 */
@Service
public class Workshops {

    private static final String NOT_FOUND = "intervision.workshop.not-found";

    private final WorkshopRepository workshops;
    private final WorkshopBoards boards;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    Workshops(WorkshopRepository workshops, WorkshopBoards boards, JdbcClient jdbc, Clock clock) {
        this.workshops = workshops;
        this.boards = boards;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Starts a session with a join code that no other open session has. */
    @Transactional
    public Workshop start(CurrentUser facilitator) {
        JoinCode code = JoinCode.random(random);
        while (workshops.findByOpenJoinCode(code.value()).isPresent()) {
            code = JoinCode.random(random);
        }
        return workshops.save(Workshop.start(facilitator.practiceId(), facilitator.id(), code, clock.instant()));
    }

    public Workshop find(CurrentUser user, Long id) {
        return workshops
                .findByIdAndPracticeId(id, user.practiceId())
                .orElseThrow(() -> DomainException.notFound(NOT_FOUND));
    }

    public List<Workshop> listFor(CurrentUser user) {
        return workshops.findByPracticeIdOrderByStartedAtDesc(user.practiceId());
    }

    public WorkshopBoard board(Workshop workshop) {
        return boards.of(Objects.requireNonNull(workshop.getId(), "stored"));
    }

    @Transactional
    public Workshop moveTo(CurrentUser user, Long id, WorkshopStep step) {
        Workshop workshop = find(user, id);
        if (!workshop.isOpen()) {
            throw DomainException.conflict("intervision.workshop.closed");
        }
        workshop.moveTo(step, clock.instant());
        return saved(workshop);
    }

    @Transactional
    public Workshop close(CurrentUser user, Long id) {
        Workshop workshop = find(user, id);
        workshop.close(clock.instant());
        return saved(workshop);
    }

    /**
     * Marks a remedy card as one of the chosen working principles of step 3, or takes the mark away. Refused as a
     * conflict when the card is gone, no remedy card of this session, or (to be chosen) hidden.
     */
    @Transactional
    public void choosePrinciple(CurrentUser user, Long id, Long cardId, boolean chosen) {
        find(user, id);
        int changed = jdbc.sql("UPDATE workshop_card SET chosen = ? WHERE id = ? AND workshop_id = ? "
                        + "AND board_column = 'REMEDY' AND (hidden = FALSE OR ? = FALSE)")
                .params(chosen, cardId, id, chosen)
                .update();
        if (changed != 1) {
            throw DomainException.conflict("intervision.principles.unavailable");
        }
    }

    /** Hides a card from the projector (or shows it again); hidden cards get no dots and stay out of the summary. */
    @Transactional
    public void hideCard(CurrentUser user, Long id, Long cardId, boolean hidden) {
        find(user, id);
        jdbc.sql("UPDATE workshop_card SET hidden = ?, chosen = chosen AND NOT ? WHERE id = ? AND workshop_id = ?")
                .params(hidden, hidden, cardId, id)
                .update();
    }

    private Workshop saved(Workshop workshop) {
        try {
            return workshops.save(workshop);
        } catch (OptimisticLockingFailureException e) {
            throw DomainException.conflict("intervision.workshop.changed");
        }
    }
}
