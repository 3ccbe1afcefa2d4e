/**
 * What the insight module's own pages, API and services use and no other module needs. Not part of the
 * module's API (docs/architecture.md, Module APIs).
 */
@NullMarked
package nl.afsluitwijzer.insight.internal;

import org.jspecify.annotations.NullMarked;
