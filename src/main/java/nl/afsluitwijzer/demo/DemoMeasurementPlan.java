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
 * and goals, and the day, so the same demo day always gives the same histories. A mistake in the entry stops
 * the demo with a message that names the entry and the field.
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
                    date(t.atSession(), t.daysAfterStart(), where),
                    required(t.total(), where + ".total"),
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
        int number = required(goal.goal(), where + ".goal");
        if (number < 1 || number > goalIds.size()) {
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
                    date(rating.atSession(), rating.daysAfterStart(), at),
                    required(rating.rating(), at + ".rating"),
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

    private LocalDate date(@Nullable Integer atSession, @Nullable Integer daysAfterStart, String where) {
        if ((atSession == null) == (daysAfterStart == null)) {
            throw problem(where, "give exactly one of atSession and daysAfterStart");
        }
        if (atSession != null && (atSession < 1 || atSession > sessionDates.size())) {
            throw problem(
                    where + ".atSession",
                    "session " + atSession + " does not exist; the treatment has " + sessionDates.size());
        }
        LocalDate date = atSession != null ? sessionDates.get(atSession - 1) : startDate.plusDays(daysAfterStart);
        if (date.isAfter(today)) {
            throw problem(where, "would lie after today");
        }
        return date;
    }

    private int required(@Nullable Integer value, String where) {
        if (value == null) {
            throw problem(where, "is required");
        }
        return value;
    }

    private IllegalStateException problem(String where, @Nullable String what) {
        return new IllegalStateException(DemoMeasurementFile.RESOURCE + ": " + reference + "." + where + ": " + what);
    }
}
