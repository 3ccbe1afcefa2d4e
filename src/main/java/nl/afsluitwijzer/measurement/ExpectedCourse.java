package nl.afsluitwijzer.measurement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import nl.afsluitwijzer.measurement.internal.FittedCourse;
import org.jspecify.annotations.Nullable;

/**
 * The expected course on one instrument for a practice (docs/expected-course.md): learned from the practice's own
 * closed treatments when it has at least {@value #MINIMUM_TREATMENTS} of them with a baseline and a later
 * measurement, else the documented default curve. Treatment session k counts the attended sessions of kind
 * TREATMENT, EVALUATION or CLOSING on or before a measurement's date (n in docs/signals.md); a baseline is the first
 * measurement on the instrument, taken at or before the first such session (k ≤ 1).
 *
 * @param fit the least-squares fit; null when the default curve is used
 * @param treatments how many closed treatments it learned from (or had, below the minimum)
 * @param computedAt when it was computed; null for a default never stored
 */
public record ExpectedCourse(
        Instrument instrument,
        @Nullable FittedCourse fit,
        int treatments,
        @Nullable Instant computedAt) {

    /** Fewer closed treatments than this give too unsteady a fit; the default curve is used instead. */
    public static final int MINIMUM_TREATMENTS = 50;
    /** The session by which the default curve covers half of its gain (Howard et al. 1986: half improved by 8). */
    static final int HALF_WAY_SESSION = 8;

    public ExpectedCourse {
        Objects.requireNonNull(instrument, "instrument");
    }

    /** The documented default curve of an instrument, for a practice without enough closed treatments. */
    public static ExpectedCourse defaultFor(Instrument instrument, int treatments, @Nullable Instant computedAt) {
        return new ExpectedCourse(instrument, null, treatments, computedAt);
    }

    public boolean learned() {
        return fit != null;
    }

    /** The expected score and band at treatment session {@code session} (at least 1) for {@code baseline}. */
    public ExpectedScore at(int baseline, int session) {
        if (session < 1) {
            throw new IllegalArgumentException("a treatment session is counted from 1, was " + session);
        }
        double expected = fit != null ? fit.expected(baseline, session) : defaultExpected(baseline, session);
        double half = fit != null ? fit.halfWidth() : instrument.reliableChange();
        return new ExpectedScore(
                session,
                clamp(expected),
                clamp(expected - half),
                clamp(expected + half),
                instrument.direction(),
                learned());
    }

    /**
     * The expectation for a later measurement of a series that starts with {@code baseline}; empty when the
     * baseline was taken after the first treatment session, or the measurement before it.
     */
    public Optional<ExpectedScore> forMeasurement(
            DatedScore baseline, DatedScore later, List<LocalDate> countedSessions) {
        int session = sessionIndex(later.date(), countedSessions);
        if (sessionIndex(baseline.date(), countedSessions) > 1 || session < 1) {
            return Optional.empty();
        }
        return Optional.of(at(baseline.total(), session));
    }

    /**
     * The course drawn from the baseline: the baseline itself, then the expectation at every counted session
     * after the baseline's date. Empty when the baseline was taken after the first treatment session.
     */
    public Optional<ExpectedPath> path(DatedScore baseline, List<LocalDate> countedSessions) {
        List<LocalDate> sessions = countedSessions.stream().sorted().toList();
        if (sessionIndex(baseline.date(), sessions) > 1) {
            return Optional.empty();
        }
        List<ExpectedPath.Point> points = new ArrayList<>();
        points.add(new ExpectedPath.Point(baseline.date(), baseline.total(), baseline.total(), baseline.total()));
        for (int k = 1; k <= sessions.size(); k++) {
            LocalDate date = sessions.get(k - 1);
            if (date.isAfter(baseline.date())) {
                ExpectedScore score = at(baseline.total(), k);
                points.add(new ExpectedPath.Point(date, score.expected(), score.low(), score.high()));
            }
        }
        return Optional.of(new ExpectedPath(points, learned()));
    }

    /** Treatment session k of a date: the counted sessions on or before it. */
    public static int sessionIndex(LocalDate date, List<LocalDate> countedSessions) {
        return (int) countedSessions.stream()
                .filter(session -> !session.isAfter(date))
                .count();
    }

    /**
     * The default: the gain G is the distance from the baseline to the first total on the healthy side of the
     * cut-off, at least the reliable-change value (without a cut-off: the reliable-change value); the share
     * min(1, ½ · ln(1 + k) / ln(1 + 8)) of G is covered by session k, so half by session 8.
     */
    double defaultExpected(int baseline, int session) {
        double share = Math.min(1, 0.5 * Math.log(1 + session) / Math.log(1 + HALF_WAY_SESSION));
        return baseline + betterSign() * gain(baseline) * share;
    }

    private double gain(int baseline) {
        Integer cutoff = instrument.clinicalCutoff();
        int reliable = instrument.reliableChange();
        if (cutoff == null) {
            return reliable;
        }
        int healthy = instrument.direction() == Direction.LOWER_IS_BETTER ? cutoff - 1 : cutoff + 1;
        return Math.max(reliable, Math.abs(baseline - healthy));
    }

    private int betterSign() {
        return instrument.direction() == Direction.LOWER_IS_BETTER ? -1 : 1;
    }

    private double clamp(double value) {
        return Math.max(instrument.min(), Math.min(instrument.max(), value));
    }
}
