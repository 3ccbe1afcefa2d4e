/**
 * Clients, referrals and treatments: the agreements that timely closing needs (expected sessions,
 * goals, closing discussed at the start), sessions, discussions and the treatment's phases.
 * {@link nl.afsluitwijzer.treatment.Treatments} is the module's service; the aggregates guard their own rules.
 */
@NullMarked
package nl.afsluitwijzer.treatment;

import org.jspecify.annotations.NullMarked;
