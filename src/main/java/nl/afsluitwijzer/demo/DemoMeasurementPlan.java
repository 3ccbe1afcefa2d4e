package nl.afsluitwijzer.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import nl.afsluitwijzer.demo.DemoMeasurementFile.Entry;
import nl.afsluitwijzer.measurement.InstrumentCatalog;
import nl.afsluitwijzer.measurement.InvalidAnswersException;
import nl.afsluitwijzer.measurement.MeasurementRecord;
import nl.afsluitwijzer.measurement.MeasurementSource;
import nl.afsluitwijzer.measurement.Score;
import nl.afsluitwijzer.measurement.UnknownInstrumentException;
import org.jspecify.annotations.Nullable;

/**
 * Turns one demo entry into measurements of its treatment: a pure function of the entry, the treatment's dates
 * and goals, and the day, so the same demo day always gives the same histories. The file's own rules were checked
 * when it was read ({@link DemoMeasurementFile}); what depends on the treatment (a session or goal it has, its primary
 * instrument and that instrument's range, a date not after today) stops the demo here, with a message that names
 * the entry and the field.
 *
 * @param primaryInstrument the treatment's primary instrument, or null
 * @param sessionDates the dates of its sessions from the start on (the intake not counted), in order
 * @param goalIds its goals in the order they were added
 */
record DemoMeasurementPlan(
        String reference,
        Long treatmentId,
        Long therapistId,
        @Nullable String primaryInstrument,
        LocalDate startDate,
        List<LocalDate> sessionDates,
        List<Long> goalIds,
        LocalDate today) {

    List<MeasurementRecord> records(Entry entry, InstrumentCatalog catalog, Instant now) {
        List<MeasurementRecord> records = new ArrayList<>();
        List<DemoMeasurementFile.Total> primary = entry.primary() == null ? List.of() : entry.primary();
        if (!primary.isEmpty() && primaryInstrument == null) {
            throw problem("primary", "the treatment has no primary instrument");
        }
        for (int i = 0; i < primary.size(); i++) {
            DemoMeasurementFile.Total t = primary.get(i);
            String where = "primary[" + i + "]";
            records.add(record(
                    catalog,
                    Objects.requireNonNull(primaryInstrument, "primary scores need an instrument"),
                    date(t, where),
                    t.total(),
                    null,
                    t.source(),
                    now,
                    where));
        }
        List<DemoMeasurementFile.GoalRatings> goals = entry.goals() == null ? List.of() : entry.goals();
        for (int g = 0; g < goals.size(); g++) {
            records.addAll(ratings(goals.get(g), "goals[" + g + "]", catalog, now));
        }
        return records;
    }

    private List<MeasurementRecord> ratings(
            DemoMeasurementFile.GoalRatings goal, String where, InstrumentCatalog catalog, Instant now) {
        int number = goal.goal();
        if (number > goalIds.size()) {
            throw problem(where + ".goal", "goal " + number + " does not exist; the treatment has " + goalIds.size());
        }
        List<MeasurementRecord> records = new ArrayList<>();
        List<DemoMeasurementFile.Rating> ratings = goal.ratings() == null ? List.of() : goal.ratings();
        for (int r = 0; r < ratings.size(); r++) {
            DemoMeasurementFile.Rating rating = ratings.get(r);
            String at = where + ".ratings[" + r + "]";
            records.add(record(
                    catalog,
                    "GBO",
                    date(rating, at),
                    rating.rating(),
                    goalIds.get(number - 1),
                    rating.source(),
                    now,
                    at));
        }
        return records;
    }

    private MeasurementRecord record(
            InstrumentCatalog catalog,
            String code,
            LocalDate date,
            int total,
            @Nullable Long goalId,
            @Nullable MeasurementSource source,
            Instant now,
            String where) {
        Score score;
        try {
            score = catalog.get(code).scoreTotal(total);
        } catch (InvalidAnswersException | UnknownInstrumentException refused) {
            throw problem(where, refused.getMessage());
        }
        MeasurementSource by = source == null ? MeasurementSource.THERAPIST : source;
        return new MeasurementRecord(
                null,
                treatmentId,
                code,
                date,
                total,
                score.band() == null ? null : score.band().code(),
                List.of(),
                goalId,
                by,
                by == MeasurementSource.THERAPIST ? therapistId : null,
                now);
    }

    /** The date of a measurement: the file gives exactly one of a session (from 1) and days after the start. */
    private LocalDate date(DemoMeasurementFile.Dated measurement, String where) {
        Integer atSession = measurement.atSession();
        if (atSession != null && atSession > sessionDates.size()) {
            throw problem(
                    where + ".atSession",
                    "session " + atSession + " does not exist; the treatment has " + sessionDates.size());
        }
        LocalDate date = atSession != null
                ? sessionDates.get(atSession - 1)
                : startDate.plusDays(Objects.requireNonNull(measurement.daysAfterStart(), "one of the two"));
        if (date.isAfter(today)) {
            throw problem(where, "would lie after today");
        }
        return date;
    }

    private IllegalStateException problem(String where, @Nullable String what) {
        return new IllegalStateException(DemoMeasurementFile.RESOURCE + ": " + reference + "." + where + ": " + what);
    }
}
