package nl.afsluitwijzer.insight.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import nl.afsluitwijzer.shared.DomainException;
import org.jspecify.annotations.Nullable;
import org.springframework.lang.Contract;

/** A period of whole days, both ends included. */
public record Period(LocalDate from, LocalDate to) {

    public Period {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            throw DomainException.refused("insight.period.reversed", from, to);
        }
    }

    public static Period of(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth());
    }

    @Contract("null -> false")
    public boolean contains(@Nullable LocalDate date) {
        return date != null && !date.isBefore(from) && !date.isAfter(to);
    }
}
