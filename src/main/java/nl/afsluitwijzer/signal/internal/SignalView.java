package nl.afsluitwijzer.signal.internal;

import java.util.List;
import nl.afsluitwijzer.signal.Severity;
import nl.afsluitwijzer.signal.SignalCode;

/** A signal as people read it: title, the numbers behind it, what helps (quoted) and where it comes from. */
public record SignalView(
        SignalCode code,
        Severity severity,
        String title,
        String explanation,
        List<String> actions,
        List<SourceRef> sources,
        boolean acknowledged) {

    /** A link to a passage on the Bronnen page. */
    public record SourceRef(String id, String label) {}
}
