/**
 * The treatment resource of the REST API v1 (docs/api.md): starting a treatment, reading it whole and changing its
 * phase. It stays in {@code interop} because the resource is a cross-module format: it validates the primary
 * instrument against measurement's catalogue and shows the treatment's measurements and evaluations, which the
 * treatment module cannot use without a cycle. Goals, sessions and discussions are in {@code treatment.api}.
 */
@NullMarked
package nl.afsluitwijzer.interop.api;

import org.jspecify.annotations.NullMarked;
