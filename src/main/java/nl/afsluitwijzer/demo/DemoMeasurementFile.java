package nl.afsluitwijzer.demo;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.measurement.Classification;
import nl.afsluitwijzer.measurement.MeasurementSource;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The demo measurement histories of {@code demo/measurements.json}, keyed by the client reference of a demo
 * treatment (DW-…). Every date is relative to that treatment: the date of its n-th session (counted from the
 * start, the intake not counted) or a number of days after its start date. The rules of the file alone are Bean
 * Validation constraints on these records and {@link DemoMeasurementRules}; what depends on the treatment (its
 * sessions, goals, primary instrument and the instrument's range) is checked when it is planned
 * ({@link DemoMeasurementPlan}).
 *
 * @param entries the histories by reference, in the order of the file
 */
record DemoMeasurementFile(Map<String, @NotNull(message = DemoFile.REQUIRED) @Valid Entry> entries) {

    static final String RESOURCE = "demo/measurements.json";
    static final String SESSION = "must be a session from 1 on";

    private static final DemoJsonReader<DemoMeasurementFile> READER =
            new DemoJsonReader<>(DemoMeasurementFile.class, DemoMeasurementFile::place);

    /** The file is the object of the entries itself, without a wrapper. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    DemoMeasurementFile {}

    /**
     * The history of one demo treatment.
     *
     * @param note why the entry looks as it does, for the reader of the file
     * @param classification the outcome the primary series is meant to show (checked by a test), or null
     * @param shows the measurement signals (such as PLATEAU) it is meant to raise on the day the demo is created
     * @param primary the totals on the treatment's primary instrument, one per date
     * @param goals the GBO ratings per goal, the goal counted from 1 in the order the goals were added; one entry
     *     per goal
     */
    @DemoMeasurementRules
    record Entry(
            @Nullable String note,
            @Nullable Classification classification,
            @Nullable List<@NotBlank(message = DemoFile.BLANK) String> shows,
            @Nullable List<@NotNull(message = DemoFile.REQUIRED) @Valid Total> primary,
            @Nullable List<@NotNull(message = DemoFile.REQUIRED) @Valid GoalRatings> goals) {

        List<String> showsOrNone() {
            return shows == null ? List.of() : shows;
        }
    }

    /** A measurement dated by session {@code atSession} (from 1), or {@code daysAfterStart} days after the start. */
    interface Dated {

        @Nullable
        Integer atSession();

        @Nullable
        Integer daysAfterStart();
    }

    /** A total on the date of session {@code atSession}, or {@code daysAfterStart} days after the start. */
    @DemoMeasurementRules
    record Total(
            @Positive(message = SESSION) @Nullable Integer atSession,
            @Nullable Integer daysAfterStart,
            @NotNull(message = DemoFile.REQUIRED) Integer total,
            @Nullable MeasurementSource source)
            implements Dated {}

    /** The ratings of goal {@code goal}, one per date. */
    @DemoMeasurementRules
    record GoalRatings(
            @NotNull(message = DemoFile.REQUIRED) @Positive(message = "must be a goal from 1 on")
            Integer goal,

            @Nullable List<@NotNull(message = DemoFile.REQUIRED) @Valid Rating> ratings) {}

    @DemoMeasurementRules
    record Rating(
            @Positive(message = SESSION) @Nullable Integer atSession,
            @Nullable Integer daysAfterStart,
            @NotNull(message = DemoFile.REQUIRED) Integer rating,
            @Nullable MeasurementSource source)
            implements Dated {}

    /** The histories of the shipped file, by reference. */
    static Map<String, Entry> shipped(Validator validator) {
        return READER.shipped(RESOURCE, validator).entries();
    }

    /** The checked histories of a measurement file, by reference; {@code source} names it in the messages. */
    static Map<String, Entry> read(String source, String json, Validator validator) {
        return READER.read(source, json, validator).entries();
    }

    /** {@code DW-1013.primary[2].atSession}: the reference first, as the file has no wrapper around the entries. */
    private static String place(List<Object> path, boolean validated, @Nullable JsonNode file) {
        boolean wrapped = validated && !path.isEmpty() && "entries".equals(path.get(0));
        return DemoJsonReader.jsonPath(wrapped ? path.subList(1, path.size()) : path);
    }
}
