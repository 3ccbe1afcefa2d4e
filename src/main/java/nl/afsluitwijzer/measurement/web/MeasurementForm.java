package nl.afsluitwijzer.measurement.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import nl.afsluitwijzer.measurement.Instrument;
import nl.afsluitwijzer.measurement.NewMeasurement;
import nl.afsluitwijzer.shared.PlausibleDate;
import nl.afsluitwijzer.shared.PlausibleDate.Kind;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The entry form: the answers per item ({@code answers[0]} is item 1) or a total, or for a per-goal instrument
 * one rating per goal ({@code goals[<goal id>]}); radio buttons left empty arrive as null.
 */
record MeasurementForm(
        @Nullable String instrument,

        @PlausibleDate(Kind.HAPPENED) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable
        LocalDate date,

        @Nullable List<@Nullable Integer> answers,
        @Nullable Integer total,
        @Nullable Map<Long, Integer> goals) {

    static MeasurementForm empty(String instrument, LocalDate today) {
        return new MeasurementForm(instrument, today, List.of(), null, Map.of());
    }

    /** The answer to item {@code number} (from 1), or null. */
    public @Nullable Integer answer(int number) {
        return answers == null || answers.size() < number ? null : answers.get(number - 1);
    }

    public @Nullable Integer rating(Long goalId) {
        return goals == null ? null : goals.get(goalId);
    }

    public boolean anyAnswer() {
        return answers != null && answers.stream().anyMatch(Objects::nonNull);
    }

    /** One answer per item, null where none was chosen. */
    List<@Nullable Integer> itemAnswers(Instrument instrument) {
        List<@Nullable Integer> all = new ArrayList<>();
        for (int number = 1; number <= instrument.items().size(); number++) {
            all.add(answer(number));
        }
        return all;
    }

    /** What to record: the answers when any was chosen (so an unanswered item is named), else the total. */
    List<NewMeasurement> toMeasurements(Instrument instrument) {
        if (instrument.perGoal()) {
            return new TreeMap<>(goals == null ? Map.<Long, Integer>of() : goals)
                    .entrySet().stream()
                            .filter(rating -> rating.getValue() != null)
                            .map(rating -> new NewMeasurement(
                                    instrument.code(), date, List.of(rating.getValue()), null, rating.getKey()))
                            .toList();
        }
        return List.of(
                new NewMeasurement(instrument.code(), date, anyAnswer() ? itemAnswers(instrument) : null, total, null));
    }
}
