package nl.afsluitwijzer.signal.web;

import java.util.List;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.SignalCode;

/** A signal as people read it: title, the numbers behind it, what helps (quoted) and where it comes from. */
record SignalView(SignalCode code, Severity severity, String title, String explanation, List<String> actions,
        List<SourceRef> sources, boolean acknowledged) {

    /** A link to a passage on the Bronnen page. */
    record SourceRef(String id, String label) {
    }
}
