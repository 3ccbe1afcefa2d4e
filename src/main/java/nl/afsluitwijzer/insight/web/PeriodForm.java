package nl.afsluitwijzer.insight.web;

import java.time.LocalDate;
import nl.afsluitwijzer.insight.internal.Period;
import nl.afsluitwijzer.shared.PlausibleDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/** The period and therapist filter of the insight pages; without dates, the last twelve months. */
record PeriodForm(
        @PlausibleDate @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate from,

        @PlausibleDate @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate to,

        @Nullable Long therapist) {

    Period period(LocalDate today) {
        LocalDate end = to == null ? today : to;
        return new Period(from == null ? end.minusYears(1).plusDays(1) : from, end);
    }
}
