package nl.afsluitwijzer.intervision;

import java.util.Arrays;
import java.util.List;
import nl.afsluitwijzer.intervision.internal.BoardColumn;

/**
 * How a matrix card is tagged: an obstacle by the level it lies on (patiënt, medewerker, organisatie),
 * a remedy by whether it lies within the practice's influence.
 */
public enum CardTag {
    PATIENT(BoardColumn.OBSTACLE),
    EMPLOYEE(BoardColumn.OBSTACLE),
    ORGANISATION(BoardColumn.OBSTACLE),
    WITHIN_INFLUENCE(BoardColumn.REMEDY),
    OUTSIDE_INFLUENCE(BoardColumn.REMEDY);

    private final BoardColumn column;

    CardTag(BoardColumn column) {
        this.column = column;
    }

    public BoardColumn column() {
        return column;
    }

    public static List<CardTag> of(BoardColumn column) {
        return Arrays.stream(values()).filter(tag -> tag.column == column).toList();
    }
}
