/**
 * Evaluations and their decisions: MID, INTERIM, FINAL and MDO reviews, goal progress, working relationship
 * and motivation, and extensions of the expected sessions with coded reasons.
 */
@NullMarked
package nl.afsluitwijzer.evaluation;

import org.jspecify.annotations.NullMarked;
