package nl.afsluitwijzer.insight.web;

import java.util.List;

/**
 * RFC 4180 lines, safe against formula injection: a cell that a spreadsheet would read as a formula (starting with
 * = + - @, a tab or a carriage return) gets a leading single quote; cells with a separator, quote or line break are
 * quoted with doubled quotes.
 */
final class CsvWriter {

    static final char SEPARATOR = ';';
    private final StringBuilder out = new StringBuilder("\uFEFF");

    CsvWriter row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(SEPARATOR);
            }
            out.append(cell(cells.get(i)));
        }
        out.append("\r\n");
        return this;
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        boolean quote = text.indexOf(SEPARATOR) >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
                || text.indexOf('\r') >= 0 || text.indexOf(',') >= 0;
        return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
