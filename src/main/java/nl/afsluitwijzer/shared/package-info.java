/**
 * The small shared kernel every module may use: the problem exception that becomes a clear HTTP error.
 * It holds no data and no feature logic.
 */
package nl.afsluitwijzer.shared;
