package nl.afsluitwijzer.shared;

import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON reader for the files the application ships and reads at start (instrument definitions, the demo
 * practice): strict, so that a typo in a field name, a quoted number, a fraction where a whole number belongs, a
 * second value after the first or a key given twice fails with the place named instead of passing silently.
 */
public final class StrictJson {

    public static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private StrictJson() {}

    /** What to say of a field the file's format does not have: which fields it does have. */
    public static String unknownField(UnrecognizedPropertyException e) {
        return "is not a known field; known fields are "
                + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", "));
    }

    /** What a value of the given type looks like in a file, for "must be …". */
    public static String expected(Class<?> type) {
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

    /** Where in the file the problem is, as " (line 3, column 7)", or nothing when the parser does not know. */
    public static String at(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
