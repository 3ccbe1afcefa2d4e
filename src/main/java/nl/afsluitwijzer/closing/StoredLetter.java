package nl.afsluitwijzer.closing;

import java.time.Instant;
import java.time.LocalDate;

/** A generated letter as kept: what kind, when and by whom; the PDF itself is read with {@link Letters#download}. */
public record StoredLetter(
        Long id,
        Long treatmentId,
        LetterKind kind,
        LocalDate generatedOn,
        Instant generatedAt,
        Long generatedBy,
        String fileName) {}
