package nl.afsluitwijzer.intervision;

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
