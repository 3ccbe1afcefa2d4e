package nl.afsluitwijzer.insight.web;

import java.util.Locale;

/**
 * A tiny SVG writer for the insight charts: presentation attributes only (fill=, x=, width=), never a style
 * attribute, because the Content-Security-Policy blocks inline styles.
 */
final class Svg {

    private final StringBuilder out = new StringBuilder();
    private boolean links;

    Svg(int width, int height, String label) {
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"insight-chart\" width=\"")
                .append(width)
                .append("\" height=\"")
                .append(height)
                .append("\" viewBox=\"0 0 ")
                .append(width)
                .append(' ')
                .append(height)
                .append("\" role=\"img\" aria-label=\"")
                .append(escape(label))
                .append("\"><title>")
                .append(escape(label))
                .append("</title>");
    }

    Svg rect(double x, double y, double width, double height, String fill) {
        out.append(String.format(
                Locale.ROOT,
                "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" fill=\"%s\">",
                x,
                y,
                width,
                height,
                fill));
        return this;
    }

    Svg closeRect(String tooltip) {
        out.append("<title>").append(escape(tooltip)).append("</title></rect>");
        return this;
    }

    Svg line(double x1, double y1, double x2, double y2, String stroke) {
        out.append(String.format(
                Locale.ROOT,
                "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"1\"/>",
                x1,
                y1,
                x2,
                y2,
                stroke));
        return this;
    }

    Svg polyline(String points, String stroke, boolean dashed) {
        out.append("<polyline points=\"")
                .append(points)
                .append("\" fill=\"none\" stroke=\"")
                .append(stroke)
                .append("\" stroke-width=\"2\"")
                .append(dashed ? " stroke-dasharray=\"5 3\"" : "")
                .append("/>");
        return this;
    }

    Svg polygon(String points, String fill) {
        out.append("<polygon points=\"")
                .append(points)
                .append("\" fill=\"")
                .append(fill)
                .append("\" fill-opacity=\"0.25\" stroke=\"none\"/>");
        return this;
    }

    Svg circle(double x, double y, String fill) {
        out.append(String.format(Locale.ROOT, "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"3\" fill=\"%s\"/>", x, y, fill));
        return this;
    }

    Svg text(double x, double y, String anchor, String text) {
        out.append(String.format(
                        Locale.ROOT,
                        "<text x=\"%.1f\" y=\"%.1f\" text-anchor=\"%s\" font-size=\"11\" fill=\"#333\">",
                        x,
                        y,
                        anchor))
                .append(escape(text))
                .append("</text>");
        return this;
    }

    /**
     * A link around the next shapes, named by the label. A chart with links is a group, not an image: an image's
     * content is hidden from screen readers, and a link there could be reached by Tab but not be announced.
     */
    Svg link(String href, String label) {
        links = true;
        out.append("<a href=\"")
                .append(escape(href))
                .append("\" aria-label=\"")
                .append(escape(label))
                .append("\">");
        return this;
    }

    Svg endLink() {
        out.append("</a>");
        return this;
    }

    static String point(double x, double y) {
        return String.format(Locale.ROOT, "%.1f,%.1f ", x, y);
    }

    @Override
    public String toString() {
        String svg = out + "</svg>";
        return links ? svg.replaceFirst("role=\"img\"", "role=\"group\"") : svg;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
