package nl.afsluitwijzer.intervision;

import nl.afsluitwijzer.intervision.internal.BoardColumn;

/** A card on the matrix as the board shows it, with the dots it got in step 3. */
public record MatrixCard(
        Long id,
        Long participantId,
        BoardColumn boardColumn,
        CardTag tag,
        String content,
        boolean chosen,
        boolean hidden,
        int dots) {}
