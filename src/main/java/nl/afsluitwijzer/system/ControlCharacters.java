package nl.afsluitwijzer.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Control characters (C0 and DEL) have no place in anything a person types; PostgreSQL even refuses U+0000 in text,
 * which would otherwise become a 500. Tab, line feed and carriage return are ordinary text.
 */
final class ControlCharacters {

    private ControlCharacters() {}

    static boolean in(String text) {
        return text.chars().anyMatch(ControlCharacters::isControl);
    }

    static String without(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.chars().filter(c -> !isControl(c)).forEach(c -> kept.append((char) c));
        return kept.toString();
    }

    private static boolean isControl(int c) {
        return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F;
    }

    /** The names of the parameters whose name or any value holds a control character. */
    static List<String> offending(Map<String, String[]> parameters) {
        List<String> names = new ArrayList<>();
        parameters.forEach((name, values) -> {
            boolean bad = in(name);
            for (String value : values) {
                bad = bad || (value != null && in(value));
            }
            if (bad) {
                names.add(without(name));
            }
        });
        return names;
    }
}
