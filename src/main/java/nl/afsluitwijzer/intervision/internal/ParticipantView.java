package nl.afsluitwijzer.intervision.internal;

import java.util.List;
import java.util.Set;
import nl.afsluitwijzer.intervision.ContributionLimits;
import nl.afsluitwijzer.intervision.MatrixCard;
import nl.afsluitwijzer.intervision.Pledge;
import nl.afsluitwijzer.intervision.PollAnswer;
import org.jspecify.annotations.Nullable;

/**
 * What one participant sees of their own part: their answer, cards, dots and pledge (null when not
 * given yet), and the remedy cards they can put dots on.
 */
public record ParticipantView(
        @Nullable PollAnswer answer,
        List<MatrixCard> ownCards,
        List<MatrixCard> remedies,
        Set<Long> dottedCardIds,
        @Nullable Pledge pledge) {

    public ParticipantView {
        ownCards = List.copyOf(ownCards);
        remedies = List.copyOf(remedies);
        dottedCardIds = Set.copyOf(dottedCardIds);
    }

    public int dotsLeft() {
        return ContributionLimits.DOTS_PER_PARTICIPANT - dottedCardIds.size();
    }

    public int cardsLeft() {
        return ContributionLimits.CARDS_PER_PARTICIPANT - ownCards.size();
    }

    public boolean hasDot(MatrixCard card) {
        return dottedCardIds.contains(card.id());
    }
}
