/** The manager's pages (dashboard, indicators, drill-down, CSV, simulation) and the insights API. */
@NullMarked
package nl.afsluitwijzer.insight.web;

import org.jspecify.annotations.NullMarked;
