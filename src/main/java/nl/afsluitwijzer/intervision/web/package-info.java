/**
 * Pages of the intervision module: the overview, the facilitator's projector views and summaries, the
 * participants' phone pages under /w (no account), and the knowledge base.
 */
@NullMarked
package nl.afsluitwijzer.intervision.web;

import org.jspecify.annotations.NullMarked;
