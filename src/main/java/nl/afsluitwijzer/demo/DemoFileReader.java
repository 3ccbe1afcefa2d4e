package nl.afsluitwijzer.demo;

import jakarta.validation.Validator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads {@code demo/treatments.json} with the {@link DemoJsonReader} (the constraints on {@link DemoFile}), naming an
 * entry by its index and its reference, as {@code treatments[3] (DW-1014) sessions[1].missed}.
 */
final class DemoFileReader {

    static final String RESOURCE = "demo/treatments.json";

    private static final DemoJsonReader<DemoFile> READER = new DemoJsonReader<>(DemoFile.class, DemoFileReader::place);

    private DemoFileReader() {}

    /** The entries of the shipped file. */
    static List<DemoFile.Entry> shipped(Validator validator) {
        return READER.shipped(RESOURCE, validator).treatments();
    }

    /** The checked entries of a demo data file; {@code source} names it in the messages. */
    static List<DemoFile.Entry> read(String source, String json, Validator validator) {
        return READER.read(source, json, validator).treatments();
    }

    /**
     * The entry with its reference, then the field within it: {@code treatments[3] (DW-1014) sessions[1].missed}
     * for a broken rule, {@code treatments[3] (DW-1014).sessions[1].everyDay} for what could not be parsed.
     */
    private static String place(List<Object> path, boolean validated, @Nullable JsonNode file) {
        if (path.size() < 2 || !"treatments".equals(path.get(0)) || !(path.get(1) instanceof Integer index)) {
            return validated && path.isEmpty() ? "treatments" : DemoJsonReader.jsonPath(path);
        }
        String entry = "treatments[" + index + "]" + referenceOf(file, index);
        String field = DemoJsonReader.jsonPath(path.subList(2, path.size()));
        return field.isEmpty() ? entry : entry + (validated ? " " : ".") + field;
    }

    /** The entry's reference, to name it, when the file is JSON and the entry has one. */
    private static String referenceOf(@Nullable JsonNode file, int index) {
        JsonNode reference =
                file == null ? null : file.path("treatments").path(index).path("reference");
        return reference != null && reference.isString() ? " (" + reference.asString() + ")" : "";
    }
}
