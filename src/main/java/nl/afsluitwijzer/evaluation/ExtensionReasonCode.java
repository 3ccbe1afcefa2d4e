package nl.afsluitwijzer.evaluation;

/** One stored reason of an extension. */
record ExtensionReasonCode(ExtensionReason code) {}
