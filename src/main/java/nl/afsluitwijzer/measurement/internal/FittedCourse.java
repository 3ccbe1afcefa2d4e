package nl.afsluitwijzer.measurement.internal;

/**
 * The least-squares fit of docs/expected-course.md: expected score = intercept + baselineWeight · baseline +
 * logWeight · ln(k) + sessionWeight · k at treatment session k ≥ 1, with the residual standard deviation
 * (n − p degrees of freedom) giving the band's half width, {@value #Z80} · residualSd (a central 80 % band).
 *
 * @param observations the (baseline, session, score) points it was fitted on
 */
public record FittedCourse(
        double intercept,
        double baselineWeight,
        double logWeight,
        double sessionWeight,
        double residualSd,
        int observations) {

    /** The 90th percentile of the standard normal distribution: ±Z80·σ holds the central 80 %. */
    public static final double Z80 = 1.2816;

    /** The unclamped expected score at session {@code session} (at least 1) for {@code baseline}. */
    public double expected(int baseline, int session) {
        return intercept + baselineWeight * baseline + logWeight * Math.log(session) + sessionWeight * session;
    }

    public double halfWidth() {
        return Z80 * residualSd;
    }
}
