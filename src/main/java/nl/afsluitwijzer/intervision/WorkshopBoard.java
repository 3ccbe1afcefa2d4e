package nl.afsluitwijzer.intervision;

import java.util.Comparator;
import java.util.List;
import nl.afsluitwijzer.intervision.internal.BoardColumn;
import nl.afsluitwijzer.intervision.internal.PledgeKind;
import nl.afsluitwijzer.intervision.internal.PollResults;

/** Everything the projector shows of a workshop: participants, poll, matrix with dots, chosen principles, pledges. */
public record WorkshopBoard(int participants, PollResults poll, List<MatrixCard> cards, List<Pledge> pledges) {

    public WorkshopBoard {
        cards = List.copyOf(cards);
        pledges = List.copyOf(pledges);
    }

    public List<MatrixCard> visible(BoardColumn column) {
        return cards.stream()
                .filter(card -> !card.hidden() && card.boardColumn() == column)
                .toList();
    }

    public List<MatrixCard> visible(CardTag tag) {
        return cards.stream()
                .filter(card -> !card.hidden() && card.tag() == tag)
                .toList();
    }

    public List<MatrixCard> obstacles() {
        return visible(BoardColumn.OBSTACLE);
    }

    public List<MatrixCard> remedies() {
        return visible(BoardColumn.REMEDY);
    }

    /** The remedies, most dots first: the candidates for the two or three working principles. */
    public List<MatrixCard> remediesByDots() {
        return visible(BoardColumn.REMEDY).stream()
                .sorted(Comparator.comparingInt(MatrixCard::dots).reversed().thenComparing(MatrixCard::id))
                .toList();
    }

    public List<MatrixCard> chosenPrinciples() {
        return remediesByDots().stream().filter(MatrixCard::chosen).toList();
    }

    public List<MatrixCard> hidden() {
        return cards.stream().filter(MatrixCard::hidden).toList();
    }

    public List<Pledge> pledgesOf(PledgeKind kind) {
        return pledges.stream().filter(pledge -> pledge.kind() == kind).toList();
    }

    public int dotsGiven() {
        return cards.stream().mapToInt(MatrixCard::dots).sum();
    }
}
