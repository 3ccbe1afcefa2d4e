/**
 * Practice insights for the manager: indicators of timely closing for a period (computed in one pass by the pure
 * {@link nl.afsluitwijzer.insight.IndicatorCalculator}), waiting times against the Treeknorm and a seeded capacity
 * simulation of the waiting list. {@link nl.afsluitwijzer.insight.Insights} is the module's service.
 */
@NullMarked
package nl.afsluitwijzer.insight;

import org.jspecify.annotations.NullMarked;
