/**
 * Measurement: the instruments (definitions loaded as data), questionnaire responses, scoring,
 * reliable change and the charts built on them. Other modules score and classify through
 * {@link nl.afsluitwijzer.measurement.InstrumentCatalog} and {@link nl.afsluitwijzer.measurement.Instrument},
 * and record and read a treatment's measurements through {@link nl.afsluitwijzer.measurement.Measurements}.
 */
@NullMarked
package nl.afsluitwijzer.measurement;

import org.jspecify.annotations.NullMarked;
