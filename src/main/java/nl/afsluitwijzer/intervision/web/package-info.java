/**
 * Pages of the intervision module: the overview, the facilitator's projector views and summaries, the
 * participants' phone pages under /w (no account), and the knowledge base.
 */
package nl.afsluitwijzer.intervision.web;
