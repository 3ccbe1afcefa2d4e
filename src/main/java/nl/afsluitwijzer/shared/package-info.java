/**
 * The small shared kernel every module may use: the problem exception that becomes a clear HTTP error, CSV cells,
 * the XHTML-to-PDF renderer (with its page images for previews)
 * the QR code drawing for links that people open on a phone, and
 * the conflict for a second "first save" of a record that exists at most once, the two languages the application
 * speaks; and, in its named interface
 * {@code chart}, the one way charts are drawn ({@link nl.afsluitwijzer.shared.chart}).
 * It holds no data and no feature logic.
 */
@NullMarked
package nl.afsluitwijzer.shared;

import org.jspecify.annotations.NullMarked;
