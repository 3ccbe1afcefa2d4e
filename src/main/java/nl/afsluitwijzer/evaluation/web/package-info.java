/** The evaluation form, the evaluations panel on the treatment page and POST /api/v1/treatments/{id}/evaluations. */
@NullMarked
package nl.afsluitwijzer.evaluation.web;

import org.jspecify.annotations.NullMarked;
