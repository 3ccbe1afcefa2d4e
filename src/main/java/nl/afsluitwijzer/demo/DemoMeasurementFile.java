package nl.afsluitwijzer.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.afsluitwijzer.measurement.Classification;
import nl.afsluitwijzer.measurement.MeasurementSource;
import nl.afsluitwijzer.shared.StrictJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo measurement histories of {@code demo/measurements.json}, keyed by the client reference of a demo
 * treatment (DW-…). Every date is relative to that treatment: the date of its n-th session (counted from the
 * start, the intake not counted) or a number of days after its start date.
 */
final class DemoMeasurementFile {

    static final String RESOURCE = "demo/measurements.json";

    private static final JsonMapper JSON = StrictJson.MAPPER;

    /**
     * The history of one demo treatment.
     *
     * @param note why the entry looks as it does, for the reader of the file
     * @param classification the outcome the primary series is meant to show (checked by a test), or null
     * @param shows the measurement signals (such as PLATEAU) it is meant to raise on the day the demo is created
     * @param primary the totals on the treatment's primary instrument
     * @param goals the GBO ratings per goal, the goal counted from 1 in the order the goals were added
     */
    record Entry(
            @Nullable String note,
            @Nullable Classification classification,
            @Nullable List<String> shows,
            @Nullable List<Total> primary,
            @Nullable List<GoalRatings> goals) {

        List<String> showsOrNone() {
            return shows == null ? List.of() : shows;
        }
    }

    /** A total on the date of session {@code atSession}, or {@code daysAfterStart} days after the start. */
    record Total(
            @Nullable Integer atSession,
            @Nullable Integer daysAfterStart,
            @Nullable Integer total,
            @Nullable MeasurementSource source) {}

    record GoalRatings(@Nullable Integer goal, @Nullable List<Rating> ratings) {}

    record Rating(
            @Nullable Integer atSession,
            @Nullable Integer daysAfterStart,
            @Nullable Integer rating,
            @Nullable MeasurementSource source) {}

    private DemoMeasurementFile() {}

    static Map<String, Entry> shipped() {
        try (InputStream in = DemoMeasurementFile.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + ": not found on the classpath");
            }
            return read(RESOURCE, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(RESOURCE + ": cannot be read", e);
        }
    }

    static Map<String, Entry> read(String source, String json) {
        try {
            Map<String, Entry> entries = JSON.readValue(json, new TypeReference<LinkedHashMap<String, Entry>>() {});
            if (entries == null) {
                throw new IllegalStateException(source + ": must be an object { \"DW-…\": { … } }");
            }
            return entries;
        } catch (JacksonException e) {
            throw new IllegalStateException(source + ": " + e.getOriginalMessage() + " at " + e.getPathReference(), e);
        }
    }
}
