/**
 * Charts drawn with JFreeChart as inline SVG for pages and PDFs, the one way the application draws charts: the
 * {@code <svg>} element without style attributes (the Content Security Policy blocks them), with a title for screen
 * readers and stable ids; the look all charts share (fonts, text colours, gridlines); and a bar renderer whose bars
 * carry their own tooltip and, where wanted, a link.
 */
@NullMarked
@NamedInterface("chart")
package nl.afsluitwijzer.shared.chart;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
