/**
 * Configuration only: the security filter chains, languages, the clock and how API errors are written.
 * It owns no data; it wires the modules together.
 */
package nl.afsluitwijzer.system;
