/**
 * The small shared kernel every module may use: the problem exception that becomes a clear HTTP error, CSV cells,
 * the XHTML-to-PDF renderer (with its page images for previews)
 * and the QR code drawing for links that people open on a phone.
 * It holds no data and no feature logic.
 */
package nl.afsluitwijzer.shared;
