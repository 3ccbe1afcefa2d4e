/**
 * Practice insights for the manager: indicators of timely closing for a period (computed in one pass by the pure
 * {@link nl.afsluitwijzer.insight.IndicatorCalculator}), waiting times against the Treeknorm and a seeded capacity
 * simulation of the waiting list. {@link nl.afsluitwijzer.insight.Insights} is the module's service;
 * {@link nl.afsluitwijzer.insight.internal.ExpectedCourseCalibration} shows the manager how the expected course and NOT_ON_TRACK
 * held on the practice's closed treatments (docs/expected-course.md, Calibration).
 */
@NullMarked
package nl.afsluitwijzer.insight;

import org.jspecify.annotations.NullMarked;
