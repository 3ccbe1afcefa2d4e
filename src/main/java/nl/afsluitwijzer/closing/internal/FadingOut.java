package nl.afsluitwijzer.closing.internal;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import nl.afsluitwijzer.shared.DomainException;

/**
 * The fading-out schedule: sessions further and further apart, so the client takes over step by step (flyer 002:
 * "Verminder de behandelfrequentie in de afsluitende fase"). Proposed as 2, 3 and 4 weeks after the last session.
 */
public final class FadingOut {

    public static final List<Integer> PROPOSED_WEEKS = List.of(2, 3, 4);
    public static final int MAX_SESSIONS = 6;

    private FadingOut() {}

    /** The proposed dates, each interval a week longer than the one before. */
    public static List<LocalDate> propose(LocalDate lastSession) {
        List<LocalDate> dates = new ArrayList<>();
        LocalDate date = lastSession;
        for (int weeks : PROPOSED_WEEKS) {
            date = date.plusWeeks(weeks);
            dates.add(date);
        }
        return dates;
    }

    /** Weeks between each planned date and the one before it (the first counted from the given start). */
    public static List<Long> intervalsInWeeks(LocalDate from, List<LocalDate> dates) {
        List<Long> weeks = new ArrayList<>();
        LocalDate previous = from;
        for (LocalDate date : dates) {
            weeks.add(Math.round(ChronoUnit.DAYS.between(previous, date) / 7.0));
            previous = date;
        }
        return weeks;
    }

    /** Whether the intervals grow (or at least do not shrink): the frequency goes down. */
    public static boolean growing(LocalDate from, List<LocalDate> dates) {
        List<Long> weeks = intervalsInWeeks(from, dates);
        for (int i = 1; i < weeks.size(); i++) {
            if (weeks.get(i) < weeks.get(i - 1)) {
                return false;
            }
        }
        return true;
    }

    /** Refuses a schedule that is too long or not in date order. */
    public static void requireValid(List<LocalDate> dates) {
        if (dates.size() > MAX_SESSIONS) {
            throw DomainException.refused("closing.fading-out.too-many", MAX_SESSIONS);
        }
        for (int i = 1; i < dates.size(); i++) {
            if (!dates.get(i).isAfter(dates.get(i - 1))) {
                throw DomainException.refused("closing.fading-out.order");
            }
        }
    }
}
