package nl.afsluitwijzer.measurement;

import java.util.Optional;
import nl.afsluitwijzer.measurement.internal.FittedCourse;

/**
 * Fits {@link FittedCourse} by ordinary least squares while the points stream past: it keeps only the sums of the
 * normal equations (XᵀX, Xᵀy, yᵀy), so memory does not grow with the practice. Points must arrive grouped by
 * treatment (it counts a treatment when the id changes).
 */
final class CourseLearner {

    private static final int TERMS = 4;
    /** A pivot this small relative to the matrix means the terms cannot be told apart (for instance one k only). */
    private static final double SINGULAR = 1e-9;

    private final double[][] xtx = new double[TERMS][TERMS];
    private final double[] xty = new double[TERMS];
    private double yty;
    private int observations;
    private int treatments;
    private long lastTreatment = Long.MIN_VALUE;

    void add(long treatmentId, int baseline, int session, int score) {
        if (session < 1) {
            throw new IllegalArgumentException("a session index starts at 1, was " + session);
        }
        if (treatmentId != lastTreatment) {
            treatments++;
            lastTreatment = treatmentId;
        }
        accumulate(baseline, session, score, 1);
    }

    /**
     * A learner holding every point of this one except those of one treatment (its baseline and the sessions and
     * scores of its later measurements): the sums of the normal equations minus that treatment's contribution, so
     * leaving a treatment out costs its own points, not a new pass over the practice.
     */
    CourseLearner without(int baseline, int[] sessions, int[] scores) {
        CourseLearner rest = new CourseLearner();
        for (int i = 0; i < TERMS; i++) {
            rest.xtx[i] = xtx[i].clone();
        }
        System.arraycopy(xty, 0, rest.xty, 0, TERMS);
        rest.yty = yty;
        rest.observations = observations;
        rest.treatments = treatments - 1;
        for (int point = 0; point < sessions.length; point++) {
            rest.accumulate(baseline, sessions[point], scores[point], -1);
        }
        return rest;
    }

    private void accumulate(int baseline, int session, int score, int sign) {
        double[] x = {1, baseline, Math.log(session), session};
        for (int i = 0; i < TERMS; i++) {
            for (int j = 0; j < TERMS; j++) {
                xtx[i][j] += sign * x[i] * x[j];
            }
            xty[i] += sign * x[i] * score;
        }
        yty += sign * (double) score * score;
        observations += sign;
    }

    int treatments() {
        return treatments;
    }

    int observations() {
        return observations;
    }

    /**
     * The fit with all four terms; when the sessions measured cannot separate ln(k) from k, without the k term;
     * empty when even that cannot be fitted or there are no more points than terms.
     */
    Optional<FittedCourse> fit() {
        Optional<FittedCourse> full = fit(new int[] {0, 1, 2, 3});
        return full.isPresent() ? full : fit(new int[] {0, 1, 2});
    }

    private Optional<FittedCourse> fit(int[] terms) {
        int p = terms.length;
        if (observations <= p) {
            return Optional.empty();
        }
        double[][] a = new double[p][p + 1];
        for (int i = 0; i < p; i++) {
            for (int j = 0; j < p; j++) {
                a[i][j] = xtx[terms[i]][terms[j]];
            }
            a[i][p] = xty[terms[i]];
        }
        Optional<double[]> solved = solve(a);
        if (solved.isEmpty()) {
            return Optional.empty();
        }
        double[] beta = new double[TERMS];
        double explained = 0;
        for (int i = 0; i < p; i++) {
            beta[terms[i]] = solved.get()[i];
            explained += solved.get()[i] * xty[terms[i]];
        }
        double residualSd = Math.sqrt(Math.max(0, yty - explained) / (observations - p));
        return Optional.of(new FittedCourse(beta[0], beta[1], beta[2], beta[3], residualSd, observations));
    }

    /** Gaussian elimination with partial pivoting on an augmented p × (p + 1) matrix. */
    private static Optional<double[]> solve(double[][] a) {
        int p = a.length;
        double scale = 0;
        for (int i = 0; i < p; i++) {
            scale = Math.max(scale, Math.abs(a[i][i]));
        }
        for (int col = 0; col < p; col++) {
            int pivot = col;
            for (int row = col + 1; row < p; row++) {
                if (Math.abs(a[row][col]) > Math.abs(a[pivot][col])) {
                    pivot = row;
                }
            }
            if (Math.abs(a[pivot][col]) <= SINGULAR * scale) {
                return Optional.empty();
            }
            double[] swap = a[col];
            a[col] = a[pivot];
            a[pivot] = swap;
            for (int row = 0; row < p; row++) {
                if (row != col) {
                    double factor = a[row][col] / a[col][col];
                    for (int k = col; k <= p; k++) {
                        a[row][k] -= factor * a[col][k];
                    }
                }
            }
        }
        double[] beta = new double[p];
        for (int i = 0; i < p; i++) {
            beta[i] = a[i][p] / a[i][i];
        }
        return Optional.of(beta);
    }
}
