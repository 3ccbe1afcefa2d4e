package nl.afsluitwijzer.measurement;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How well the practice's expected course of one instrument held on its own closed treatments, leave-one-out
 * (docs/expected-course.md, Calibration): each treatment is judged against the course fitted without it.
 *
 * @param instrument the instrument's code
 * @param status whether it was calibrated, or why not
 * @param treatments the closed treatments judged (when not calibrated: the closed treatments with a baseline and a
 *     later measurement, which may be fewer than the minimum)
 * @param measurements the later measurements (session k ≥ 1) compared with their band
 * @param inBand of those, within the band (edges included)
 * @param worseThanBand of those, strictly beyond the worse edge (less progress than 9 in 10)
 * @param betterThanBand of those, strictly beyond the better edge
 * @param outcomes flagged at a session 3–6 × reliable improvement at the end
 */
public record CourseCalibration(
        String instrument,
        Status status,
        int treatments,
        int measurements,
        int inBand,
        int worseThanBand,
        int betterThanBand,
        Outcomes outcomes) {

    /** The share of later measurements the band should hold: its nominal coverage (±1.2816σ). */
    public static final double NOMINAL_COVERAGE = 0.80;
    /** The first and last treatment session at which a flag counts (NOT_ON_TRACK fires from session 3). */
    public static final int FIRST_FLAG_SESSION = 3;

    public static final int LAST_FLAG_SESSION = 6;

    /** Whether the calibration could be computed. */
    public enum Status {
        /** The practice's own course is in use and was checked. */
        CALIBRATED,
        /** The default curve is in use: there is no learned course to check. */
        DEFAULT_COURSE,
        /** A learned course is stored, but the closed treatments are now fewer than the minimum. */
        TOO_FEW_TREATMENTS
    }

    /**
     * The 2×2 table: a treatment is flagged when the NOT_ON_TRACK condition held at any of its measurements at
     * sessions {@value #FIRST_FLAG_SESSION}–{@value #LAST_FLAG_SESSION}; it improved reliably when its last
     * measurement improved on its baseline by at least the instrument's reliable-change value.
     */
    public record Outcomes(
            int flaggedNotImproved, int flaggedImproved, int unflaggedNotImproved, int unflaggedImproved) {

        public static final Outcomes NONE = new Outcomes(0, 0, 0, 0);

        public int notImproved() {
            return flaggedNotImproved + unflaggedNotImproved;
        }

        public int improved() {
            return flaggedImproved + unflaggedImproved;
        }

        public int flagged() {
            return flaggedNotImproved + flaggedImproved;
        }

        public int unflagged() {
            return unflaggedNotImproved + unflaggedImproved;
        }

        /** Sensitivity: the share of treatments without reliable improvement that were flagged; null when none. */
        public @Nullable Double sensitivity() {
            return share(flaggedNotImproved, notImproved());
        }

        /** False alarms: the share of reliably improved treatments that were flagged anyway; null when none. */
        public @Nullable Double falseAlarmRate() {
            return share(flaggedImproved, improved());
        }

        /** Of the flagged treatments, the share that did not improve reliably; null when none was flagged. */
        public @Nullable Double flaggedNotImprovedShare() {
            return share(flaggedNotImproved, flagged());
        }

        Outcomes plus(boolean flagged, boolean improved) {
            return new Outcomes(
                    flaggedNotImproved + (flagged && !improved ? 1 : 0),
                    flaggedImproved + (flagged && improved ? 1 : 0),
                    unflaggedNotImproved + (!flagged && !improved ? 1 : 0),
                    unflaggedImproved + (!flagged && improved ? 1 : 0));
        }
    }

    public CourseCalibration {
        Objects.requireNonNull(instrument, "instrument");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(outcomes, "outcomes");
    }

    /** No calibration, for the reason given, with the number of closed treatments there are. */
    static CourseCalibration notCalibrated(String instrument, Status status, int treatments) {
        return new CourseCalibration(instrument, status, treatments, 0, 0, 0, 0, Outcomes.NONE);
    }

    public boolean calibrated() {
        return status == Status.CALIBRATED;
    }

    /** The observed coverage: the share of later measurements within their band; null when none was compared. */
    public @Nullable Double coverage() {
        return share(inBand, measurements);
    }

    /** The share beyond the worse edge (nominally 10 %); null when none was compared. */
    public @Nullable Double worseShare() {
        return share(worseThanBand, measurements);
    }

    /** The share beyond the better edge (nominally 10 %); null when none was compared. */
    public @Nullable Double betterShare() {
        return share(betterThanBand, measurements);
    }

    private static @Nullable Double share(int part, int whole) {
        return whole == 0 ? null : (double) part / whole;
    }
}
