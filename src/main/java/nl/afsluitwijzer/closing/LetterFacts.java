package nl.afsluitwijzer.closing;

import java.time.LocalDate;
import java.util.List;
import nl.afsluitwijzer.measurement.DatedScore;
import nl.afsluitwijzer.measurement.Instrument;
import nl.afsluitwijzer.treatment.TreatmentFile;
import org.jspecify.annotations.Nullable;

/** Everything a letter may say of one treatment, gathered before the template is filled in. */
record LetterFacts(
        TreatmentFile file,
        ClosingPlan plan,
        String practiceName,
        String letterhead,
        String therapistName,
        LocalDate date,
        @Nullable Instrument instrument,
        List<DatedScore> scores) {}
