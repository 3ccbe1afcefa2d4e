/**
 * What the measurement module's own pages and API use and no other module needs: a problem with a client's answers,
 * and the course fitted to a practice's closed treatments. Not part of the module's API (docs/architecture.md, Module
 * APIs).
 */
@NullMarked
package nl.afsluitwijzer.measurement.internal;

import org.jspecify.annotations.NullMarked;
