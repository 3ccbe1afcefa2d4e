/**
 * What the signal module's own pages and API use and no other module needs: the caseload a page at a time with its
 * stored per-treatment signal state, the texts and views of signals, acknowledging a signal with a choice, and each
 * user's remembered caseload order. Not part of the module's API (docs/architecture.md, Module APIs).
 */
@NullMarked
package nl.afsluitwijzer.signal.internal;

import org.jspecify.annotations.NullMarked;
