package nl.afsluitwijzer.measurement;

import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws a chart as one {@code <svg>} element to place inline in a page or a PDF: whole-number
 * width and height (openhtmltopdf ignores {@code width="600.0"}), a title and description for
 * screen readers, and element ids that depend only on the chart, so the same input gives the
 * same text and two different charts on one page do not share clip-path ids. It has no {@code style} attributes,
 * which a strict Content Security Policy would block.
 */
final class SvgDocument {

    private static final Pattern STYLE = Pattern.compile("style=(['\"])([^'\"]*)\\1");
    private static final String JFREESVG_NAMESPACE = " xmlns:jfreesvg='http://www.jfree.org/jfreesvg/svg'";

    private SvgDocument() {}

    static String render(JFreeChart chart, int width, int height, String id, String title, String description) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        g2.setDefsKeyPrefix(id + "-");
        g2.setGeomDoubleConverter(SvgDocument::hundredths);
        g2.setTransformDoubleConverter(SvgDocument::hundredths);
        chart.draw(g2, new Rectangle2D.Double(0, 0, width, height));
        String element =
                withPresentationAttributes(withoutUnusedNamespace(g2.getSVGElement(id, false, null, null, null)));
        int openEnd = element.indexOf('>');
        return element.substring(0, openEnd)
                + " width=\"" + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height + "\""
                + " role=\"img\""
                + " aria-labelledby=\"" + id + "-title " + id + "-desc\">"
                + "<title id=\"" + id + "-title\">" + escape(title) + "</title>"
                + "<desc id=\"" + id + "-desc\">" + escape(description) + "</desc>"
                + element.substring(openEnd + 1);
    }

    /**
     * JFreeSVG writes its colours and strokes as {@code style} attributes, which the pages' Content Security Policy
     * ({@code style-src 'self'}) blocks, so the chart would render black; the same properties as SVG presentation
     * attributes ({@code fill='rgb(…)'}) are not styles and draw the same.
     */
    static String withPresentationAttributes(String element) {
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
