/**
 * The signal rules: one small pure class per row of docs/signals.md's signal table, each reading a
 * {@link nl.afsluitwijzer.signal.rules.HistoryAsOf} and the policy and giving zero or one signal.
 * Each rule's javadoc states its condition, the decisions where the table is open, and its fingerprint.
 */
@NullMarked
package nl.afsluitwijzer.signal.rules;

import org.jspecify.annotations.NullMarked;
