package nl.afsluitwijzer.intervision;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import nl.afsluitwijzer.intervision.internal.ContributionOutcome;
import nl.afsluitwijzer.intervision.internal.JoinCode;
import nl.afsluitwijzer.intervision.internal.ParticipantView;
import nl.afsluitwijzer.intervision.internal.PledgeKind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The participant's side of "Dilemma's en kansen", without an account: join an open session by its code,
 * then vote once, add up to 20 cards, give up to 3 dots and write one pledge. Texts arrive checked for
 * length by the form; here they are stored as one trimmed line.
 */
@Service
public class Participation {

    private final WorkshopRepository workshops;
    private final WorkshopParticipants participants;
    private final Contributions contributions;
    private final WorkshopBoards boards;
    private final Clock clock;

    Participation(
            WorkshopRepository workshops,
            WorkshopParticipants participants,
            Contributions contributions,
            WorkshopBoards boards,
            Clock clock) {
        this.workshops = workshops;
        this.participants = participants;
        this.contributions = contributions;
        this.boards = boards;
        this.clock = clock;
    }

    /** The open session with this code that still takes participants. */
    public Optional<Workshop> openWorkshop(JoinCode code) {
        return workshops.findByOpenJoinCode(code.value()).filter(w -> w.acceptsParticipants(clock.instant()));
    }

    /** The participant the cookie's token names, or a new one; empty when the session is full. */
    public Optional<Joined> join(Workshop workshop, @Nullable String token) {
        Optional<Participant> known = participants.identify(Objects.requireNonNull(workshop.getId(), "stored"), token);
        if (known.isPresent()) {
            return known.map(participant -> new Joined(participant, null));
        }
        return participants.register(Objects.requireNonNull(workshop.getId(), "stored"), clock.instant());
    }

    public ContributionOutcome vote(Participant participant, PollAnswer answer) {
        return contributions.vote(participant, answer, clock.instant());
    }

    public ContributionOutcome addCard(Participant participant, CardTag tag, String content) {
        return contributions.addCard(
                participant, tag, FreeText.oneLine(content, ContributionLimits.CARD_LENGTH), clock.instant());
    }

    public ContributionOutcome addDot(Participant participant, Long cardId) {
        return contributions.addDot(participant, cardId);
    }

    public void removeDot(Participant participant, Long cardId) {
        contributions.removeDot(participant, cardId);
    }

    public ContributionOutcome pledge(Participant participant, PledgeKind kind, String content) {
        return contributions.pledge(
                participant, kind, FreeText.oneLine(content, ContributionLimits.PLEDGE_LENGTH), clock.instant());
    }

    public ParticipantView view(Participant participant) {
        return boards.seenBy(participant);
    }
}
