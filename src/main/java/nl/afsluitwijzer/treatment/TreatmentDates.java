package nl.afsluitwijzer.treatment;

import java.time.LocalDate;
import nl.afsluitwijzer.shared.DomainException;

/** Dates of events in a treatment: not before it began, not in the future for what already happened. */
final class TreatmentDates {

    private TreatmentDates() {}

    static void notBefore(LocalDate date, LocalDate earliest, String what) {
        if (earliest != null && date.isBefore(earliest)) {
            throw DomainException.refused("treatment.date.before-" + what, earliest);
        }
    }

    static void notAfter(LocalDate date, LocalDate today) {
        if (date.isAfter(today)) {
            throw DomainException.refused("treatment.date.future", today);
        }
    }

    /** Planned events may lie ahead, but not more than a year. */
    static void notFarAhead(LocalDate date, LocalDate today) {
        if (date.isAfter(today.plusYears(1))) {
            throw DomainException.refused("treatment.date.far-future", today.plusYears(1));
        }
    }
}
