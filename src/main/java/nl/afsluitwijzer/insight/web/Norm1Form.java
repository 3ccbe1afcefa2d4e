package nl.afsluitwijzer.insight.web;

import java.time.LocalDate;
import java.time.Year;
import java.util.Objects;
import nl.afsluitwijzer.insight.internal.Period;
import nl.afsluitwijzer.shared.PlausibleDate;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * "Nieuw rapport": the period (without dates, the last full calendar year), the practice's own account and the
 * version of it that was edited.
 */
record Norm1Form(
        @PlausibleDate @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate from,

        @PlausibleDate @Nullable @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        LocalDate to,

        @Nullable String narrative,
        @Nullable Integer version) {

    static Norm1Form of(LocalDate today, String narrative, @Nullable Integer version) {
        Year last = Year.from(today).minusYears(1);
        return new Norm1Form(last.atDay(1), last.atMonth(12).atEndOfMonth(), narrative, version);
    }

    Period period(LocalDate today) {
        Norm1Form defaults = of(today, "", null);
        return new Period(
                from == null ? Objects.requireNonNull(defaults.from(), "set by of") : from,
                to == null ? Objects.requireNonNull(defaults.to(), "set by of") : to);
    }

    Norm1Form withVersion(@Nullable Integer current) {
        return new Norm1Form(from, to, narrative, current);
    }
}
