package nl.afsluitwijzer.demo;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import nl.afsluitwijzer.shared.StrictJson;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reads a demo data file the one way all of them are read: strictly ({@link StrictJson}), then validated by the
 * application's {@link Validator} against the Bean Validation constraints on the file's records. Every problem is
 * named by its place in the file, a JSON path such as {@code DW-1013.primary[2].atSession}, and all of them are
 * reported at once, sorted by their place (a list's elements by index), in one {@link DemoDataException}.
 *
 * @param <T> the record the file is read into
 */
final class DemoJsonReader<T> {

    /**
     * How a file names a place from its JSON path: property names (or map keys) and list indexes, in order.
     * {@code validated} tells a problem found by the validator from one found while parsing; {@code file} is the
     * file's JSON, or null when it is not JSON, to name an entry by its content.
     */
    @FunctionalInterface
    interface Places {

        /** The path as {@code a.b[1].c}. */
        Places JSON_PATH = (path, validated, file) -> jsonPath(path);

        String of(List<Object> path, boolean validated, @Nullable JsonNode file);
    }

    private final Class<T> type;
    private final Places places;

    DemoJsonReader(Class<T> type, Places places) {
        this.type = type;
        this.places = places;
    }

    DemoJsonReader(Class<T> type) {
        this(type, Places.JSON_PATH);
    }

    /** The checked content of the file shipped at {@code resource} on the classpath. */
    T shipped(String resource, Validator validator) {
        try (InputStream in = DemoJsonReader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new DemoDataException(resource, List.of("not found on the classpath"));
            }
            return read(resource, new String(in.readAllBytes(), StandardCharsets.UTF_8), validator);
        } catch (IOException e) {
            throw new DemoDataException(resource, List.of("cannot be read: " + e.getMessage()), e);
        }
    }

    /** The checked content of a demo data file; {@code source} names it in the messages. */
    T read(String source, String json, Validator validator) {
        T file;
        try {
            file = StrictJson.MAPPER.readValue(json, type);
        } catch (JacksonException e) {
            String place = places.of(steps(e), false, tree(json));
            throw new DemoDataException(source, List.of((place.isEmpty() ? "" : place + ": ") + problem(e)), e);
        }
        if (file == null) {
            throw new DemoDataException(source, List.of("must be an object { ... }, not null"));
        }
        JsonNode tree = tree(json);
        List<String> problems = validator.validate(file).stream()
                .map(violation -> new Problem(steps(violation), violation.getMessage()))
                .sorted()
                .map(problem -> problem.describe(places, tree))
                .toList();
        if (!problems.isEmpty()) {
            throw new DemoDataException(source, problems);
        }
        return file;
    }

    /** The path as {@code a.b[1].c}: names (and map keys) joined by dots, list indexes in brackets. */
    static String jsonPath(List<Object> path) {
        StringBuilder text = new StringBuilder();
        for (Object step : path) {
            if (step instanceof Integer index) {
                text.append('[').append(index).append(']');
            } else {
                text.append(text.isEmpty() ? "" : ".").append(step);
            }
        }
        return text.toString();
    }

    /** A violation at its path; problems sort by path: names alphabetically, a list's elements by index. */
    private record Problem(List<Object> path, String message) implements Comparable<Problem> {

        String describe(Places places, @Nullable JsonNode file) {
            String place = places.of(path, true, file);
            return (place.isEmpty() ? "" : place + ": ") + message;
        }

        @Override
        public int compareTo(Problem other) {
            for (int i = 0; i < Math.min(path.size(), other.path.size()); i++) {
                int order = path.get(i) instanceof Integer a && other.path.get(i) instanceof Integer b
                        ? Integer.compare(a, b)
                        : String.valueOf(path.get(i)).compareTo(String.valueOf(other.path.get(i)));
                if (order != 0) {
                    return order;
                }
            }
            return Comparator.<Problem>comparingInt(p -> p.path.size())
                    .thenComparing(Problem::message)
                    .compare(this, other);
        }
    }

    private static List<Object> steps(ConstraintViolation<?> violation) {
        List<Object> steps = new ArrayList<>();
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.isInIterable()) {
                steps.add(node.getIndex() != null ? node.getIndex() : String.valueOf(node.getKey()));
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                steps.add(node.getName());
            }
        }
        return steps;
    }

    private static List<Object> steps(JacksonException e) {
        List<Object> steps = new ArrayList<>();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                steps.add(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                steps.add(reference.getIndex());
            }
        }
        return steps;
    }

    private static @Nullable JsonNode tree(String json) {
        try {
            return StrictJson.MAPPER.readTree(json);
        } catch (JacksonException notJson) {
            return null;
        }
    }

    private static String problem(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return StrictJson.unknownField(unknown);
        }
        if (e instanceof InvalidFormatException invalid
                && invalid.getTargetType().isEnum()) {
            return "must be one of " + List.of(invalid.getTargetType().getEnumConstants()) + ", not "
                    + invalid.getValue();
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + StrictJson.expected(mismatch.getTargetType()) + StrictJson.at(e);
        }
        if (e instanceof StreamReadException) {
            return "not valid JSON" + StrictJson.at(e) + ": " + e.getOriginalMessage();
        }
        return e.getOriginalMessage() + StrictJson.at(e);
    }
}
