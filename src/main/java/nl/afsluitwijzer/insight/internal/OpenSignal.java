package nl.afsluitwijzer.insight.internal;

import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.SignalCode;

/** An unacknowledged signal of an open treatment on the last day of the period. */
public record OpenSignal(long treatmentId, long therapistId, SignalCode code, Severity severity) {}
