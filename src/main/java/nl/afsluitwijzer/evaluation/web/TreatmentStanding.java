package nl.afsluitwijzer.evaluation.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import nl.afsluitwijzer.measurement.Classification;
import nl.afsluitwijzer.measurement.Instrument;
import nl.afsluitwijzer.measurement.MeasurementHistory;
import nl.afsluitwijzer.measurement.MeasurementRecord;
import nl.afsluitwijzer.treatment.Goal;
import nl.afsluitwijzer.treatment.TreatmentFile;
import org.jspecify.annotations.Nullable;

/**
 * What the evaluation form shows before the questions: n / E, the latest score on the primary instrument with
 * its band, the reliable-change outcome from baseline to latest, and each goal's status.
 *
 * @param instrument the primary instrument's name, or null when none was chosen
 * @param latest the latest primary measurement, or null before the first
 * @param band the latest total's band in the reader's language, or null when the instrument has no bands
 * @param outcome the classification, or null before there are two primary measurements
 */
record TreatmentStanding(
        int attended,
        @Nullable Integer expected,
        @Nullable String instrument,
        @Nullable MeasurementRecord latest,
        @Nullable String band,
        @Nullable Classification outcome,
        List<Goal> goals) {

    static TreatmentStanding of(TreatmentFile file, MeasurementHistory history, LocalDate today, Locale locale) {
        Instrument primary = history.primary();
        MeasurementRecord latest = history.latest().orElse(null);
        String band = primary == null || latest == null || latest.band() == null
                ? null
                : primary.bands().stream()
                        .filter(b -> b.code().equals(latest.band()))
                        .map(b -> b.label().in(locale))
                        .findFirst()
                        .orElse(latest.band());
        return new TreatmentStanding(
                file.attendedSessions(today),
                file.treatment().expectedSessions().orElse(null),
                primary == null ? null : primary.name().in(locale),
                latest,
                band,
                history.classification().orElse(null),
                file.goals());
    }
}
