/**
 * Intervision: the case discussion "Complexe casuïstiek", the live workshop "Dilemma's en kansen" with its
 * anonymous poll, matrix, dot-vote and pledges, and the knowledge base of Norm 3 themes and own lessons.
 * Other modules learn of a finished case discussion through {@link nl.afsluitwijzer.intervision.internal.CaseDiscussionFinished}.
 */
@NullMarked
package nl.afsluitwijzer.intervision;

import org.jspecify.annotations.NullMarked;
