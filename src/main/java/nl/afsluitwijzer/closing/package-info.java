/**
 * Closing: the closing phase with its plan (fading out, Wat heb je geleerd, Behoud van resultaat, return
 * guarantee, ritual, end measurement, warm hand-over), the checklist when a treatment is closed, and the letters.
 */
@NullMarked
package nl.afsluitwijzer.closing;

import org.jspecify.annotations.NullMarked;
