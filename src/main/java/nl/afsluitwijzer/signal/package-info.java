/**
 * Signals: the pure rule engine that turns a treatment history, the practice policy and an as-of
 * date into signals, the acknowledgement of signals by a decision, and the caseload overview built
 * on them. Its input records are plain values so that the treatment module can map onto them.
 */
@NullMarked
package nl.afsluitwijzer.signal;

import org.jspecify.annotations.NullMarked;
