/**
 * The demo practice: when the installation runs as a demo ({@link nl.afsluitwijzer.practice.DemoMode}), it fills the
 * practice that the practice module created (announced by {@link nl.afsluitwijzer.practice.DemoPracticeCreated}) with the fictitious caseload of the files in
 * {@code demo/} (treatments, evaluations, measurements, letters, intervision), through the other modules' public
 * API, in one transaction at start-up. It depends on the other modules; none depends on it.
 */
@NullMarked
package nl.afsluitwijzer.demo;

import org.jspecify.annotations.NullMarked;
