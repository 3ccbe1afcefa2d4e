package nl.afsluitwijzer.closing;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Lays out the filled-in text of a letter (already escaped) as XHTML: a blank line starts a new paragraph, a line
 * break stays one, a line "## …" is a heading, lines "- …" are a list, **…** is bold, and the chart placeholder on
 * a line of its own places the progress chart. Only this class writes markup, and only these few elements.
 */
final class LetterParagraphs {

    private static final Pattern BLOCKS = Pattern.compile("\\n[ \\t]*\\n");
    private static final Pattern BOLD = Pattern.compile("\\*\\*(\\S(?:.*?\\S)?)\\*\\*");
    private static final String HEADING = "## ";
    private static final String ITEM = "- ";

    private LetterParagraphs() {}

    /** The body; text is the Mustache output, in which every text and value is escaped already. */
    static String toXhtml(String text) {
        StringBuilder out = new StringBuilder();
        for (String block : BLOCKS.split(text.replace("\r\n", "\n").replace('\r', '\n'))) {
            List<String> lines = block.lines()
                    .map(String::strip)
                    .filter(line -> !line.isEmpty())
                    .toList();
            for (int i = 0; i < lines.size(); ) {
                i = appendRun(lines, i, out);
            }
        }
        return out.toString();
    }

    /** Appends the run of lines of one kind starting at index i; returns the index after it. */
    private static int appendRun(List<String> lines, int i, StringBuilder out) {
        String line = lines.get(i);
        if (line.equals(LetterSandbox.CHART)) {
            out.append("<div class=\"chart\" data-chart=\"progress\"></div>");
            return i + 1;
        }
        if (line.startsWith(HEADING)) {
            out.append("<h2>").append(inline(line.substring(HEADING.length()))).append("</h2>");
            return i + 1;
        }
        boolean items = line.startsWith(ITEM);
        out.append(items ? "<ul>" : "<p>");
        int j = i;
        for (; j < lines.size() && kindOf(lines.get(j)) == (items ? 1 : 0); j++) {
            String content = items ? lines.get(j).substring(ITEM.length()) : lines.get(j);
            out.append(items ? "<li>" : j > i ? "<br/>" : "")
                    .append(inline(content))
                    .append(items ? "</li>" : "");
        }
        out.append(items ? "</ul>" : "</p>");
        return j;
    }

    /** 0 for a text line, 1 for a list item, 2 for a line that stands alone (heading, chart). */
    private static int kindOf(String line) {
        return line.startsWith(ITEM) ? 1 : line.startsWith(HEADING) || line.equals(LetterSandbox.CHART) ? 2 : 0;
    }

    private static String inline(String escaped) {
        return BOLD.matcher(escaped.replace(LetterSandbox.CHART, "")).replaceAll("<strong>$1</strong>");
    }
}
