package nl.afsluitwijzer.demo;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import nl.afsluitwijzer.shared.StrictJson;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the demo data file strictly and validates every entry with the application's {@link Validator} (the
 * constraints on {@link DemoFile}), telling what is wrong where.
 */
final class DemoFileReader {

    static final String RESOURCE = "demo/treatments.json";

    private static final JsonMapper JSON = StrictJson.MAPPER;

    private DemoFileReader() {}

    /** The entries of the shipped file. */
    static List<DemoFile.Entry> shipped(Validator validator) {
        try (InputStream in = DemoFileReader.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new DemoDataException(RESOURCE, List.of("not found on the classpath"));
            }
            return read(RESOURCE, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8), validator);
        } catch (IOException e) {
            throw new DemoDataException(RESOURCE, List.of("cannot be read: " + e.getMessage()), e);
        }
    }

    /** The checked entries of a demo data file; {@code source} names it in the messages. */
    static List<DemoFile.Entry> read(String source, String json, Validator validator) {
        DemoFile file;
        try {
            file = JSON.readValue(json, DemoFile.class);
        } catch (JacksonException e) {
            throw new DemoDataException(source, List.of(path(e, json) + problem(e)), e);
        }
        if (file == null || file.treatments() == null || file.treatments().isEmpty()) {
            throw new DemoDataException(source, List.of("must be an object { \"treatments\": [ ... ] } with entries"));
        }
        List<DemoFile.Entry> entries = file.treatments();
        List<String> problems = validator.validate(file).stream()
                .map(violation -> problem(violation, entries))
                .sorted(Comparator.comparingInt(DemoFileReader::entryIndex).thenComparing(Comparator.naturalOrder()))
                .toList();
        if (!problems.isEmpty()) {
            throw new DemoDataException(source, problems);
        }
        return file.treatments();
    }

    /**
     * A violation as {@code treatments[3] (DW-1014) sessions[1].missed: position 9 is not within ...}: the entry with
     * its reference, then the field within it.
     */
    private static String problem(ConstraintViolation<DemoFile> violation, List<DemoFile.Entry> entries) {
        Integer entry = null;
        StringBuilder field = new StringBuilder();
        boolean first = true;
        for (Path.Node node : violation.getPropertyPath()) {
            if (first) {
                first = false; // treatments
                continue;
            }
            if (entry == null && node.getIndex() != null) {
                entry = node.getIndex();
            } else if (node.isInIterable()) {
                field.append('[')
                        .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                        .append(']');
            }
            if (node.getName() != null && node.getKind() != ElementKind.CONTAINER_ELEMENT) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        String where = entry == null ? "treatments" : "treatments[" + entry + "]" + referenceOf(entries.get(entry));
        return where + (field.isEmpty() ? "" : " " + field) + ": " + violation.getMessage();
    }

    private static String referenceOf(DemoFile.@org.jspecify.annotations.Nullable Entry entry) {
        return entry == null || entry.reference() == null ? "" : " (" + entry.reference() + ")";
    }

    /** The entry a problem is about, to list the problems in the order of the file. */
    private static int entryIndex(String problem) {
        int open = problem.indexOf('[');
        int close = problem.indexOf(']');
        return problem.startsWith("treatments[") && close > open
                ? Integer.parseInt(problem.substring(open + 1, close))
                : -1;
    }

    private static String problem(JacksonException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "is not a known field; known fields are "
                    + unknown.getKnownPropertyIds().stream()
                            .map(String::valueOf)
                            .sorted()
                            .collect(Collectors.joining(", "));
        }
        if (e instanceof InvalidFormatException invalid
                && invalid.getTargetType().isEnum()) {
            return "must be one of " + List.of(invalid.getTargetType().getEnumConstants()) + ", not "
                    + invalid.getValue();
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + expected(mismatch.getTargetType()) + at(e);
        }
        if (e instanceof StreamReadException) {
            return "not valid JSON" + at(e) + ": " + e.getOriginalMessage();
        }
        return e.getOriginalMessage() + at(e);
    }

    private static String expected(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a text in double quotes";
        }
        if (type.isEnum()) {
            return "one of " + List.of(type.getEnumConstants());
        }
        return List.class.isAssignableFrom(type) ? "a list [ ... ]" : "an object { ... }";
    }

    private static String at(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** Where in the file, like {@code treatments[3] (DW-1014).sessions[1].everyDays: }; empty at the top. */
    private static String path(JacksonException e, String json) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
                if (path.toString().equals("treatments[" + reference.getIndex() + "]")) {
                    path.append(referenceOf(json, reference.getIndex()));
                }
            }
        }
        return path.isEmpty() ? "" : path + ": ";
    }

    /** The entry's reference, to name it, when the file is valid JSON and the entry has one. */
    private static String referenceOf(String json, int index) {
        try {
            JsonNode reference =
                    JSON.readTree(json).path("treatments").path(index).path("reference");
            return reference.isString() ? " (" + reference.asString() + ")" : "";
        } catch (JacksonException notJson) {
            return "";
        }
    }
}
