package nl.afsluitwijzer.shared.chart;

import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a chart as one {@code <svg>} element to place inline in a page or a PDF: whole-number
 * width and height (openhtmltopdf ignores {@code width="600.0"}), a title for screen readers, and element ids that
 * depend only on the id given, so the same input gives the same text and two different charts on one page do not
 * share clip-path ids. It has no {@code style} attributes, which a strict Content Security Policy would block.
 */
public final class ChartSvg {

    /** The attribute by which {@link TitledBarRenderer} marks a bar's group as a link, turned into {@code <a>}. */
    static final String LINK = "data-chart-link";

    private static final Pattern STYLE = Pattern.compile("style=(['\"])([^'\"]*)\\1");
    private static final String JFREESVG_NAMESPACE = " xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'";
    private static final String LINK_GROUP = "<g " + LINK + "=";

    private ChartSvg() {}

    /** An image named by its title and described by a longer text, both read by screen readers. */
    public static String described(
            JFreeChart chart, int width, int height, String id, String title, String description) {
        String element = draw(chart, width, height, id);
        int openEnd = element.indexOf('>');
        return element.substring(0, openEnd)
                + dimensions(width, height)
                + " role=\"img\""
                + " aria-labelledby=\"" + id + "-title " + id + "-desc\">"
                + "<title id=\"" + id + "-title\">" + escape(title) + "</title>"
                + "<desc id=\"" + id + "-desc\">" + escape(description) + "</desc>"
                + element.substring(openEnd + 1);
    }

    /**
     * An image of the given CSS class, named by its label. A chart with links is a group, not an image: an image's
     * content is hidden from screen readers, and a link there could be reached by Tab but not be announced.
     */
    public static String labelled(JFreeChart chart, int width, int height, String id, String cssClass, String label) {
        String element = draw(chart, width, height, id);
        boolean links = element.contains(LINK_GROUP);
        int openEnd = element.indexOf('>');
        return element.substring(0, openEnd)
                + " class=\"" + escape(cssClass) + "\""
                + dimensions(width, height)
                + " role=\"" + (links ? "group" : "img") + "\""
                + " aria-label=\"" + escape(label) + "\">"
                + "<title>" + escape(label) + "</title>"
                + withLinks(element.substring(openEnd + 1));
    }

    private static String draw(JFreeChart chart, int width, int height, String id) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(id + "-");
        g2.setGeomDoubleConverter(ChartSvg::hundredths);
        g2.setTransformDoubleConverter(ChartSvg::hundredths);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        return withPresentationAttributes(withoutUnusedNamespace(g2.getSVGElement(id, false, null, null, null)));
    }

    private static String dimensions(int width, int height) {
        return " width=\"" + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height + "\"";
    }

    /**
     * JFreeSVG writes its colours and strokes as {@code style} attributes, which the pages' Content Security Policy
     * ({@code style-src 'self'}) blocks, so the chart would render black; the same properties as SVG presentation
     * attributes ({@code fill='rgb(…)'}) are not styles and draw the same.
     */
    public static String withPresentationAttributes(String element) {
        Matcher style = STYLE.matcher(element);
        StringBuilder result = new StringBuilder(element.length());
        while (style.find()) {
            StringBuilder attributes = new StringBuilder();
            for (String declaration : style.group(2).split(";")) {
                int colon = declaration.indexOf(':');
                if (colon > 0) {
                    String property = declaration.substring(0, colon).strip();
                    String value = declaration.substring(colon + 1).strip().replace("'", "&apos;");
                    attributes
                            .append(attributes.isEmpty() ? "" : " ")
                            .append(property)
                            .append("='")
                            .append(value)
                            .append('\'');
                }
            }
            style.appendReplacement(result, Matcher.quoteReplacement(attributes.toString()));
        }
        style.appendTail(result);
        return result.toString();
    }

    /** JFreeSVG writes groups only; a group marked as a link becomes an {@code <a>} with the same content. */
    private static String withLinks(String content) {
        StringBuilder result = new StringBuilder(content);
        int start = result.indexOf(LINK_GROUP);
        while (start >= 0) {
            int end = closingGroup(result, result.indexOf(">", start));
            result.replace(end, end + "</g>".length(), "</a>");
            result.replace(start, start + LINK_GROUP.length(), "<a href=");
            start = result.indexOf(LINK_GROUP, start);
        }
        return result.toString();
    }

    /** Where the group opened just before {@code from} closes, past the groups inside it. */
    private static int closingGroup(CharSequence content, int from) {
        String text = content.toString();
        int depth = 1;
        int at = from;
        while (true) {
            int open = text.indexOf("<g", at);
            int close = text.indexOf("</g>", at);
            if (close < 0) {
                throw new IllegalStateException("a link group that does not close");
            }
            if (open >= 0 && open < close && (text.charAt(open + 2) == ' ' || text.charAt(open + 2) == '>')) {
                depth++;
                at = open + 2;
            } else {
                depth--;
                if (depth == 0) {
                    return close;
                }
                at = close + 4;
            }
        }
    }

    /** JFreeSVG declares its own namespace for attributes these charts do not use; it would only puzzle a reader. */
    private static String withoutUnusedNamespace(String element) {
        return element.contains("jfreesvg:ref") ? element : element.replace(JFREESVG_NAMESPACE, "");
    }

    /** Hundredths of a pixel are finer than any screen or printer; more digits only make the page heavier. */
    private static String hundredths(double value) {
        if (!Double.isFinite(value)) {
            return String.valueOf(value);
        }
        return BigDecimal.valueOf(value)
                .setScale(2, RoundingMode.HALF_UP)
                .stripTrailingZeros()
                .toPlainString();
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
