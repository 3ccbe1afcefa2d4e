/**
 * Measurement: the instruments (definitions loaded as data), questionnaire responses, scoring,
 * reliable change and the charts built on them. Other modules score and classify through
 * {@link nl.afsluitwijzer.measurement.InstrumentCatalog} and {@link nl.afsluitwijzer.measurement.Instrument}.
 */
@NullMarked
package nl.afsluitwijzer.measurement;

import org.jspecify.annotations.NullMarked;
