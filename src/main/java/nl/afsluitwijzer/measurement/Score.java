package nl.afsluitwijzer.measurement;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The total of one completed questionnaire and the severity band it falls in (null when the instrument has no bands). */
public record Score(String instrument, int total, @Nullable SeverityBand band) {

    public Score {
        Objects.requireNonNull(instrument, "instrument");
    }
}
