package nl.afsluitwijzer.shared;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * CSV (RFC 4180) that is safe to open in a spreadsheet: every cell quoted, quotes doubled, and a cell
 * that starts with = + - @ tab or carriage return gets a leading apostrophe, so it is never run as a
 * formula (OWASP, CSV injection).
 */
public final class Csv {

    private Csv() {
    }

    public static String row(Object... cells) {
        return Arrays.stream(cells).map(Csv::cell).collect(Collectors.joining(",")) + "\r\n";
    }

    public static String cell(Object value) {
        String text = value == null ? "" : value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
